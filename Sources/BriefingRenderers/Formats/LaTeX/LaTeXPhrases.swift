/// The words the LaTeX briefing adds besides the shared ones (see `BriefingPhrases` in Core/Text): the notes on a
/// table that breaks across pages.
extension BriefingPhrases {
    /// The note at the foot of a table page when the table goes on, in the reader's language.
    static func continuedOnNextPage(in language: String) -> String {
        words(language)[.continuedOnNextPage]
    }

    /// The note above a table's repeated header on the pages after its first.
    static func continuedFromPreviousPage(in language: String) -> String {
        words(language)[.continuedFromPreviousPage]
    }
}

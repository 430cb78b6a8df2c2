/// The words the LaTeX briefing adds besides the shared ones (see `BriefingPhrases` in Core/Text): the notes on a
/// table that breaks across pages.
extension BriefingPhrases {
    /// The note at the foot of a table page when the table goes on, in the reader's language.
    static func continuedOnNextPage(in language: String) -> String {
        switch base(language) {
        case "nb", "no": return "fortsetter på neste side"
        case "nn": return "held fram på neste side"
        case "da": return "fortsættes på næste side"
        default: return "continued on the next page"
        }
    }

    /// The note above a table's repeated header on the pages after its first.
    static func continuedFromPreviousPage(in language: String) -> String {
        switch base(language) {
        case "nb", "no": return "fortsatt fra forrige side"
        case "nn": return "framhald frå førre side"
        case "da": return "fortsat fra forrige side"
        default: return "continued from the previous page"
        }
    }
}

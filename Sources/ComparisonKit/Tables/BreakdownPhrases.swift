/// The words of a budget-breakdown table (`TableBuilder.breakdownTable`) in each reader language: its row heading,
/// the total row and its legend. Kept apart from `Vocabulary` so that the breakdown's few words live beside it.
struct BreakdownPhrases: Sendable {
    /// The table's language's words.
    let words: LanguagePack

    /// The heading above the row labels.
    var componentHeading: String { words[.componentHeading] }
    /// The label of the last row, each figure's total.
    var total: String { words[.total] }
    /// How to read the table.
    var legend: String {
        words[.breakdownLegend]
    }
}

/// The words of a budget-breakdown table (`TableBuilder.breakdownTable`) in each reader language: its row heading,
/// the total row and its legend. Kept apart from `Vocabulary` so that the breakdown's few words live beside it.
struct BreakdownPhrases: Sendable {
    /// The table's language (one of `Vocabulary.supportedLanguages`).
    let language: LanguageCode

    private func pick(_ en: String, _ nb: String, _ da: String) -> String {
        switch language {
        case "nb": return nb
        case "da": return da
        default: return en
        }
    }

    /// The heading above the row labels.
    var componentHeading: String { pick("Component", "Komponent", "Komponent") }
    /// The label of the last row, each figure's total.
    var total: String { pick("Total", "Totalt", "I alt") }
    /// How to read the table.
    var legend: String {
        pick("Each column is one dated figure, in the unit and on the price basis its heading names; numbers in "
                + "brackets cite the sources below.",
             "Hver kolonne er ett datert tall, i enheten og på prisgrunnlaget overskriften oppgir; tall i klammer "
                + "viser til kildene nedenfor.",
             "Hver kolonne er ét dateret tal, i den enhed og på det prisgrundlag, overskriften angiver; tal i "
                + "klammer henviser til kilderne nedenfor.")
    }
}

/// Builds table cells from facts and lists, numbering their citations as it goes.
struct CellBuilder {
    let formatter: ValueFormatter
    let history: HistoryMode
    /// Whether to show the plugin author's reasons and notes (in a one-initiative detail table) or keep cells short.
    let showsNotes: Bool
    var footnotes: FootnoteCollector
    /// The currency (and per-year choice) budget cells convert to; nil to show budgets as written.
    var budgetBasis: BudgetBasis? = nil
    /// The rates budget cells convert with.
    var exchangeRates = ExchangeRates()
    /// What a cell with nothing recorded says: "not recorded", or, in a table of the state on a date, that no
    /// source said anything by then.
    var notRecordedText: String

    var vocabulary: Vocabulary { formatter.vocabulary }

    /// The same builder numbering citations with another collector (one per piece of a table built concurrently).
    func starting(with footnotes: FootnoteCollector) -> CellBuilder {
        var builder = self
        builder.footnotes = footnotes
        return builder
    }

    /// A cell for a fact: its latest claims (or whole history), unknowns, facts that do not apply and disagreements
    /// made visible.
    /// `original` is the initiative's original language, the first fallback for plugin text (reasons, notes) the
    /// reader's language lacks; `language` gives the language a value is shown in when it is not the reader's.
    mutating func cell<Value>(for fact: Fact<Value>, original: LanguageCode, format: (Value) -> String,
                              language: (Value) -> LanguageCode? = { _ in nil },
                              data: (Claim<Value>) -> CellData? = { _ in nil }) -> TableCell {
        guard fact.isRecorded else { return notRecordedCell() }
        let claims = history == .all ? fact.history : fact.current
        let entries = claims.map { claim -> CellEntry in
            let text: String
            var reason: LocalizedText?
            var shownIn: LanguageCode?
            switch claim.content {
            case .known(let value):
                text = format(value)
                shownIn = language(value)
            case .unknown(let why):
                text = vocabulary.notStated
                reason = why
            case .notApplicable(let why):
                text = vocabulary.notApplicable
                reason = why
            }
            var qualifier = qualifier(for: claim)
            if showsNotes {
                for note in [reason, claim.note].compactMap({ $0 }) {
                    let said = vocabulary.marked(note.resolved(in: vocabulary.language, original: original))
                    qualifier = qualifier.map { $0 + ", " + said } ?? said
                }
            }
            return CellEntry(text: text, qualifier: qualifier,
                             footnotes: footnotes.numbers(for: claim.citation), data: data(claim), language: shownIn)
        }
        let shownDisputed = fact.disagreement.map { disputed in
            // A fact has a few claims; one with thousands is looked up by hashing rather than compared pairwise.
            guard claims.count > ShortList.limit else { return disputed.contains { claims.contains($0) } }
            let shown = Set(claims)
            return disputed.contains { shown.contains($0) }
        } ?? false
        let state: CellState
        if shownDisputed {
            state = .disputed
        } else if claims.allSatisfy(\.isNotApplicable) {
            state = .notApplicable
        } else if claims.allSatisfy({ $0.value == nil }) {
            state = .unknown
        } else {
            state = .known
        }
        return TableCell(state: state, entries: entries)
    }

    /// The standing and date of a claim, in that order ("adopted, 2021-04-29"); nil for a plain undated claim.
    func qualifier<Value>(for claim: Claim<Value>) -> String? {
        let status = claim.status == .stated ? nil : vocabulary.claimStatus(claim.status)
        guard let asOf = claim.asOf else { return status }
        let date = formatter.date(asOf)
        return status.map { $0 + ", " + date } ?? date
    }

    /// A cell listing items, each with its own citation and, when `data` gives it, as data too; an empty list is
    /// "not recorded".
    /// `language` gives the language an item's text is shown in when that is not the reader's.
    mutating func listCell<Item>(_ items: [Item], citation: (Item) -> Citation, format: (Item) -> String,
                                 language: (Item) -> LanguageCode? = { _ in nil },
                                 data: (Item) -> CellData? = { _ in nil }) -> TableCell {
        guard !items.isEmpty else { return notRecordedCell() }
        let entries = items.map { item in
            CellEntry(text: format(item), footnotes: footnotes.numbers(for: citation(item)), data: data(item),
                      language: language(item))
        }
        return TableCell(state: .known, entries: entries)
    }

    /// A single cited value.
    mutating func valueCell(_ text: String, citation: Citation, language: LanguageCode? = nil) -> TableCell {
        TableCell(state: .known, entries: [CellEntry(text: text, footnotes: footnotes.numbers(for: citation),
                                                     language: language)])
    }

    func notRecordedCell() -> TableCell {
        TableCell(state: .notRecorded, entries: [CellEntry(text: notRecordedText, footnotes: [])])
    }
}

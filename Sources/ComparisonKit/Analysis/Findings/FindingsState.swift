import Foundation

/// The findings made so far and the cell builder that numbers their citations, in the order the rules run.
struct FindingsState {
    let builder: FindingsBuilder
    let phrases: FindingsPhrases
    var cells: CellBuilder
    private(set) var findings: [Finding] = []
    /// Whether rules may leave out the cells of initiatives a statement counts without naming them (counting them in
    /// `basisLeftOut`), as a briefing's key findings do (``FindingsReport/keyFindings(limit:)``); rules that build
    /// every cell anyway leave that to the choice of key findings.
    var citesNamedOnly = false

    init(builder: FindingsBuilder) {
        self.builder = builder
        phrases = FindingsPhrases(builder.language)
        let rates = builder.codebook.exchangeRates
        let formatter = ValueFormatter(language: builder.language)
        cells = CellBuilder(formatter: formatter, history: .latest, showsNotes: false,
                            footnotes: FootnoteCollector(corpus: builder.corpus, exchangeRates: rates),
                            budgetBasis: builder.budgetBasis, exchangeRates: rates,
                            notRecordedText: builder.corpus.asOf.map { formatter.vocabulary.noSourceYet(formatter.date($0)) }
                                ?? formatter.vocabulary.notRecorded)
    }

    /// Adds a finding; its sentence starts with a capital letter whatever the phrase begins with.
    mutating func add(_ kind: Finding.Kind, topic: String? = nil, _ text: String, _ basis: [FindingBasis],
                      leftOut: Int = 0) {
        findings.append(Finding(kind: kind, topic: topic, text: text.prefix(1).uppercased() + text.dropFirst(),
                                basis: basis, basisLeftOut: leftOut))
    }

    /// The cell of one dimension of one initiative, as a table shows it, and the basis it makes.
    mutating func basis(_ dimension: KnownDimension, of initiative: Initiative) -> (cell: TableCell, basis: FindingBasis) {
        let cell = cells.cell(dimension, of: initiative, in: builder.corpus, codebook: builder.codebook)
        let value = cell.entries.map(\.text).joined(separator: "; ")
        return (cell, FindingBasis(initiativeID: initiative.id, initiativeName: builder.name(initiative),
                                   rowID: dimension.rawValue, rowLabel: builder.dimensionLabel(dimension), value: value,
                                   footnotes: cell.entries.flatMap(\.footnotes)))
    }

    /// The basis of a theme-matrix cell: how strongly an initiative is coded as covering a theme, and why.
    mutating func basis(_ theme: ThemeCoverage.Theme, of initiative: Initiative) -> FindingBasis {
        FindingBasis(initiativeID: initiative.id, initiativeName: builder.name(initiative), rowID: theme.id,
                     rowLabel: builder.themeLabel(theme.id), value: cells.vocabulary.strength(theme.strength),
                     footnotes: cells.footnotes.numbers(for: theme.citations))
    }
}

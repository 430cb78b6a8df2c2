/// Builds comparison tables from a validated corpus, one per view, in the reader's language.
public struct TableBuilder: Sendable {
    /// The loaded initiatives and sources.
    public let corpus: Corpus
    /// The dimensions and themes.
    public let codebook: Codebook
    /// The reader's language.
    public let language: LanguageCode
    /// The run's history mode; a view may override it.
    public let history: HistoryMode

    /// Creates a builder.
    public init(corpus: Corpus, codebook: Codebook, language: LanguageCode, history: HistoryMode = .latest) {
        self.corpus = corpus
        self.codebook = codebook
        self.language = language
        self.history = history
    }

    /// The table for one view over all initiatives (or the given ones), grouped by jurisdiction.
    public func table(for view: ViewDefinition) -> ComparisonTable {
        table(for: view, initiatives: corpus.initiatives, showsNotes: false)
    }

    private func table(for view: ViewDefinition, initiatives: [Initiative], showsNotes: Bool) -> ComparisonTable {
        let history = view.history ?? self.history
        let formatter = ValueFormatter(language: language)
        var cells = CellBuilder(formatter: formatter, history: history, showsNotes: showsNotes,
                                footnotes: FootnoteCollector(corpus: corpus))
        let groups = columnGroups(initiatives)
        let ordered = groups.flatMap { $0.1 }
        let rows: [TableRow]
        let rowHeading: String
        switch view.layout {
        case .dimensions(let ids):
            rowHeading = formatter.vocabulary.dimensionHeading
            rows = ids.compactMap { id in
                guard let dimension = codebook.dimension(id) else { return nil }
                return TableRow(id: id, label: dimension.label.resolved(in: language),
                                cells: ordered.map { cells.cell(dimension.known, of: $0, in: corpus, codebook: codebook) })
            }
        case .themeMatrix:
            rowHeading = formatter.vocabulary.themeHeading
            let coverage = ordered.map(ThemeCoverage.init(of:))
            rows = codebook.themes.map { theme in
                TableRow(id: theme.id, label: theme.label.resolved(in: language),
                         cells: coverage.map { themeCell(theme.id, $0, &cells) })
            }
        }
        return ComparisonTable(
            viewID: view.id, title: view.title.resolved(in: language), language: formatter.vocabulary.language,
            rowHeading: rowHeading,
            columnGroups: groups.map { code, members in
                ColumnGroup(jurisdiction: code, label: formatter.vocabulary.jurisdiction(code),
                            columns: members.map { column(for: $0) })
            },
            rows: rows, footnotes: cells.footnotes.footnotes, legend: formatter.vocabulary.legend(history: history))
    }

    /// Every fact of one initiative with its whole history, the plugin author's notes and the reasons a fact is
    /// unknown: what `show` prints.
    public func detailTable(for initiative: Initiative) -> ComparisonTable {
        let view = ViewDefinition(id: initiative.id, title: initiative.name, layout: .dimensions(codebook.dimensionIDs),
                                  history: .all, location: initiative.location)
        return table(for: view, initiatives: [initiative], showsNotes: true)
    }

    private func column(for initiative: Initiative) -> TableColumn {
        TableColumn(initiativeID: initiative.id,
                    heading: initiative.name.text(in: language) ?? initiative.originalName,
                    jurisdiction: initiative.jurisdiction)
    }

    /// Initiatives grouped by jurisdiction, groups in order of first appearance, members in corpus order.
    private func columnGroups(_ initiatives: [Initiative]) -> [(String, [Initiative])] {
        var order: [String] = []
        var members: [String: [Initiative]] = [:]
        for initiative in initiatives {
            if members[initiative.jurisdiction] == nil { order.append(initiative.jurisdiction) }
            members[initiative.jurisdiction, default: []].append(initiative)
        }
        return order.map { ($0, members[$0] ?? []) }
    }

    private func themeCell(_ themeID: String, _ coverage: ThemeCoverage, _ cells: inout CellBuilder) -> TableCell {
        guard let strength = coverage.strengths[themeID] else { return TableCell(state: .known, entries: []) }
        let via = (coverage.components[themeID] ?? []).map { $0.label ?? $0.title.resolved(in: language) }
        let numbers = cells.footnotes.numbers(for: coverage.citations[themeID] ?? [])
        return TableCell(state: .known, entries: [
            CellEntry(text: cells.vocabulary.strength(strength),
                      qualifier: via.isEmpty ? nil : via.joined(separator: ", "), footnotes: numbers,
                      data: .themeStrength(strength)),
        ])
    }
}

/// Builds comparison tables from a validated corpus, one per view, in the reader's language.
package struct TableBuilder: Sendable {
    /// The loaded initiatives and sources.
    let corpus: Corpus
    /// The dimensions and themes.
    let codebook: Codebook
    /// The reader's language.
    let language: LanguageCode
    /// The run's history mode; a view may override it.
    let history: HistoryMode
    /// How many columns one piece of a table covers when the table is built on all cores (tests vary it: the table
    /// must not depend on it).
    var columnsPerPiece = TablePieces.defaultColumnsPerPiece

    /// Creates a builder.
    package init(corpus: Corpus, codebook: Codebook, language: LanguageCode, history: HistoryMode = .latest) {
        self.corpus = corpus
        self.codebook = codebook
        self.language = language
        self.history = history
    }

    /// The table for one view over all initiatives (or the given ones), grouped by jurisdiction.
    package func table(for view: ViewDefinition) -> ComparisonTable {
        table(for: view, initiatives: corpus.initiatives, showsNotes: false, showsSummary: false)
    }

    /// A view's table over `initiatives`; `showsNotes` adds the plugin author's reasons and notes to the cells, and
    /// `showsSummary` puts a row with each initiative's cited summary above a dimension view's rows.
    private func table(for view: ViewDefinition, initiatives: [Initiative], showsNotes: Bool,
                       showsSummary: Bool) -> ComparisonTable {
        let history = view.history ?? self.history
        let formatter = ValueFormatter(language: language)
        let groups = columnGroups(initiatives)
        let order = groups.flatMap(\.members)
        let builder = CellBuilder(formatter: formatter, history: history, showsNotes: showsNotes,
                                  footnotes: FootnoteCollector(corpus: corpus))
        let corpus = self.corpus
        let codebook = self.codebook
        let language = self.language
        let rowHeading: String
        let rowLabels: [(id: String, label: String)]
        let pieces: TablePieces
        switch view.layout {
        case .dimensions(let ids):
            rowHeading = formatter.vocabulary.dimensionHeading
            let dimensions = ids.compactMap { codebook.dimension($0) }
            let summaryRows = showsSummary ? 1 : 0
            rowLabels = (showsSummary ? [(Self.summaryRowID, formatter.vocabulary.summary)] : [])
                + dimensions.map { ($0.id, $0.label.resolved(in: language)) }
            pieces = TablePieces(rowCount: summaryRows + dimensions.count, columnCount: order.count,
                                 columnsPerPiece: columnsPerPiece, corpus: corpus) { row, columns, footnotes in
                var cells = builder.starting(with: footnotes)
                defer { footnotes = cells.footnotes }
                return columns.map { column in
                    let initiative = initiatives[order[column]]
                    guard row >= summaryRows else { return cells.summaryCell(of: initiative) }
                    return cells.cell(dimensions[row - summaryRows].known, of: initiative, in: corpus, codebook: codebook)
                }
            }
        case .themeMatrix:
            rowHeading = formatter.vocabulary.themeHeading
            let themes = codebook.themes
            rowLabels = themes.map { ($0.id, $0.label.resolved(in: language)) }
            // Each covered theme is matched to its rows once per initiative, so a cell compares row numbers instead
            // of theme ids.
            var themeRows: [String: [Int]] = [:]
            for (row, theme) in themes.enumerated() { themeRows[theme.id, default: []].append(row) }
            let rowsOfTheme = themeRows
            let coverage = concurrentMap(order) { column in
                let coverage = ThemeCoverage(of: initiatives[column])
                let rows = coverage.themes.map { rowsOfTheme[$0.id] ?? [] }
                return (coverage: coverage, rows: rows, firstByRow: ThemeCoverage.firstThemeByRow(rows))
            }
            pieces = TablePieces(rowCount: themes.count, columnCount: order.count,
                                 columnsPerPiece: columnsPerPiece, corpus: corpus) { row, columns, footnotes in
                var cells = builder.starting(with: footnotes)
                defer { footnotes = cells.footnotes }
                return columns.map { column in
                    let covered = ThemeCoverage.theme(inRow: row, rows: coverage[column].rows,
                                                      firstByRow: coverage[column].firstByRow)
                    return Self.themeCell(covered.map { coverage[column].coverage.themes[$0] }, language: language, &cells)
                }
            }
        case .budgetBreakdown(let initiativeID):
            return breakdownTable(for: view, initiativeID: initiativeID)
        }
        return ComparisonTable(
            viewID: view.id, title: view.title.resolved(in: language), language: formatter.vocabulary.language,
            rowHeading: rowHeading,
            columnGroups: groups.map { group in
                ColumnGroup(jurisdiction: group.jurisdiction, label: codebook.jurisdictionName(group.jurisdiction, in: language),
                            columns: group.members.map { column(for: initiatives[$0]) })
            },
            rows: zip(rowLabels, pieces.rows).map { label, cells in TableRow(id: label.id, label: label.label, cells: cells) },
            footnotes: pieces.footnotes, legend: formatter.vocabulary.legend(history: history))
    }

    /// The id of the summary row of a detail table (no dimension has it).
    static let summaryRowID = "summary"

    /// Every fact of one initiative with its whole history, the plugin author's notes and the reasons a fact is
    /// unknown or does not apply, under a first row with its summary and the summary's citation: what `show` prints.
    package func detailTable(for initiative: Initiative) -> ComparisonTable {
        let view = ViewDefinition(id: initiative.id, title: initiative.name, layout: .dimensions(codebook.dimensionIDs),
                                  history: .all, location: initiative.location)
        return table(for: view, initiatives: [initiative], showsNotes: true, showsSummary: true)
    }

    private func column(for initiative: Initiative) -> TableColumn {
        TableColumn(initiativeID: initiative.id,
                    heading: initiative.name.text(in: language) ?? initiative.originalName,
                    jurisdiction: initiative.jurisdiction)
    }

    /// The positions of the initiatives grouped by jurisdiction, groups in order of first appearance, members in
    /// corpus order.
    private func columnGroups(_ initiatives: [Initiative]) -> [(jurisdiction: String, members: [Int])] {
        var groups: [(jurisdiction: String, members: [Int])] = []
        var groupIndex: [String: Int] = [:]
        for position in initiatives.indices {
            let jurisdiction = initiatives[position].jurisdiction
            if let index = groupIndex[jurisdiction] {
                groups[index].members.append(position)
            } else {
                groupIndex[jurisdiction] = groups.count
                groups.append((jurisdiction, [position]))
            }
        }
        return groups
    }

    /// The cell of a theme an initiative covers, or an empty cell when it does not.
    private static func themeCell(_ theme: ThemeCoverage.Theme?, language: LanguageCode,
                                  _ cells: inout CellBuilder) -> TableCell {
        guard let theme else { return TableCell(state: .known, entries: []) }
        let via = theme.components.map { $0.label ?? $0.title.resolved(in: language) }
        let numbers = cells.footnotes.numbers(for: theme.citations)
        return TableCell(state: .known, entries: [
            CellEntry(text: cells.vocabulary.strength(theme.strength),
                      qualifier: via.isEmpty ? nil : via.joined(separator: ", "), footnotes: numbers,
                      data: .themeStrength(theme.strength)),
        ])
    }
}

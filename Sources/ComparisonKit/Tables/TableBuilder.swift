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
    /// The initiatives every table compares (the run's `--select`), on top of each view's own selection.
    let selection: InitiativeSelection
    /// How many columns one piece of a table covers when the table is built on all cores (tests vary it: the table
    /// must not depend on it).
    var columnsPerPiece = TablePieces.defaultColumnsPerPiece

    /// Creates a builder.
    package init(corpus: Corpus, codebook: Codebook, language: LanguageCode, history: HistoryMode = .latest,
                 selection: InitiativeSelection = InitiativeSelection()) {
        self.corpus = corpus
        self.codebook = codebook
        self.language = language
        self.history = history
        self.selection = selection
    }

    /// The table for one view over the initiatives it and the run select (all, when neither selects), grouped by
    /// jurisdiction. A selection that matches nothing gives a table without columns; runs check selections first.
    package func table(for view: ViewDefinition) -> ComparisonTable {
        let selection = view.selection.and(self.selection)
        let initiatives = selection.selectsEverything ? corpus.initiatives
            : corpus.initiatives.filter { selection.matches($0, codebook: codebook) }
        return table(for: view, initiatives: initiatives, showsNotes: false, showsSummary: view.layout == .summaries)
    }

    /// A view's table over `initiatives`; `showsNotes` adds the plugin author's reasons and notes to the cells, and
    /// `showsSummary` puts a row with each initiative's cited summary above a dimension view's rows.
    private func table(for view: ViewDefinition, initiatives: [Initiative], showsNotes: Bool,
                       showsSummary: Bool) -> ComparisonTable {
        let history = view.history ?? self.history
        let formatter = ValueFormatter(language: language)
        let groups = columnGroups(initiatives)
        let order = groups.flatMap(\.members)
        let budgetBasis = view.budgetBasis
        let builder = CellBuilder(formatter: formatter, history: history, showsNotes: showsNotes,
                                  footnotes: FootnoteCollector(corpus: corpus, exchangeRates: codebook.exchangeRates),
                                  budgetBasis: budgetBasis, exchangeRates: codebook.exchangeRates,
                                  notRecordedText: corpus.asOf.map { formatter.vocabulary.noSourceYet(formatter.date($0)) }
                                      ?? formatter.vocabulary.notRecorded)
        let corpus = self.corpus
        let codebook = self.codebook
        let language = self.language
        let rowHeading: String
        let rowLabels: [(id: String, label: String)]
        let pieces: TablePieces
        let title = view.title.resolved(in: language)
        switch view.layout {
        case .dimensions, .summaries:
            let ids: [String] = if case .dimensions(let ids) = view.layout { ids } else { [] }
            rowHeading = formatter.vocabulary.dimensionHeading
            let dimensions = ids.compactMap { codebook.dimension($0) }
            let summaryRows = showsSummary ? 1 : 0
            rowLabels = (showsSummary ? [(Self.summaryRowID, formatter.vocabulary.summary)] : [])
                + dimensions.map { ($0.id, $0.label.resolved(in: language)) }
            pieces = TablePieces(rowCount: summaryRows + dimensions.count, columnCount: order.count,
                                 columnsPerPiece: columnsPerPiece, corpus: corpus,
                                 exchangeRates: codebook.exchangeRates) { row, columns, footnotes in
                var cells = builder.starting(with: footnotes)
                defer { footnotes = cells.footnotes }
                return columns.map { column in
                    let initiative = initiatives[order[column]]
                    guard row >= summaryRows else { return cells.summaryCell(of: initiative) }
                    return cells.cell(dimensions[row - summaryRows].known, of: initiative, in: corpus, codebook: codebook)
                }
            }
        case .indicators(let ids):
            return indicatorTable(for: view, indicatorIDs: ids, history: history, formatter: formatter)
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
                    return Self.themeCell(covered.map { coverage[column].coverage.themes[$0] }, language: language,
                                          original: initiatives[order[column]].originalLanguage, &cells)
                }
            }
        case .participationMatrix:
            rowHeading = formatter.vocabulary.categoryHeading
            let matrix = ParticipationMatrix(order.map { initiatives[$0] },
                                             leadRole: formatter.vocabulary.leadBody,
                                             language: language)
            rowLabels = matrix.rows.map { category in
                category.map { ($0.rawValue, formatter.vocabulary.category($0)) }
                    ?? (ParticipationMatrix.uncategorisedRowID, formatter.vocabulary.categoryNotRecorded)
            }
            pieces = TablePieces(rowCount: matrix.rows.count, columnCount: order.count,
                                 columnsPerPiece: columnsPerPiece, corpus: corpus) { row, columns, footnotes in
                var cells = builder.starting(with: footnotes)
                defer { footnotes = cells.footnotes }
                return columns.map { column in
                    let entry = matrix.columns[column]
                    return cells.participationCell(entry.members[matrix.rows[row]], recordsAnyone: entry.recordsAnyone)
                }
            }
        case .budgetBreakdown(let initiativeID):
            return breakdownTable(for: view, initiativeID: initiativeID)
        }
        let rows = zip(rowLabels, pieces.rows).map { label, cells in TableRow(id: label.id, label: label.label, cells: cells) }
        var legend = self.legend(history: history, formatter: formatter)
        let shownIn = Set(rows.lazy.flatMap(\.cells).flatMap(\.entries).compactMap(\.language))
        if !shownIn.isEmpty { legend += " " + formatter.vocabulary.languageLegend(shownIn.sorted()) }
        return ComparisonTable(
            viewID: view.id, title: title, language: formatter.vocabulary.language,
            rowHeading: rowHeading,
            columnGroups: groups.map { group in
                ColumnGroup(jurisdiction: group.jurisdiction, label: codebook.jurisdictionName(group.jurisdiction, in: language),
                            columns: group.members.map { column(for: initiatives[$0]) })
            },
            rows: rows, footnotes: pieces.footnotes, legend: legend)
    }

    /// The id of the summary row of a detail table (no dimension has it).
    static let summaryRowID = "summary"

    /// Every fact of one initiative with its whole history, the plugin author's notes and the reasons a fact is
    /// unknown or does not apply, under a first row with its summary and the summary's citation: what `show` prints.
    package func detailTable(for initiative: Initiative) -> ComparisonTable {
        // Titled as its column is: the name in the reader's language, else the original name (never English instead).
        let title = LocalizedText(universal: initiative.name.text(in: language) ?? initiative.originalName)
        let view = ViewDefinition(id: initiative.id, title: title, layout: .dimensions(codebook.dimensionIDs),
                                  history: .all, location: initiative.location)
        return table(for: view, initiatives: [initiative], showsNotes: true, showsSummary: true)
    }

    /// An initiative's column, its heading marked when it had not started on the corpus's as-of date.
    private func column(for initiative: Initiative) -> TableColumn {
        var heading = initiative.name.text(in: language) ?? initiative.originalName
        if let date = corpus.asOf, !initiative.hasStarted(by: date) {
            heading += " (" + Vocabulary(language).notYetStarted + ")"
        }
        return TableColumn(initiativeID: initiative.id, heading: heading, jurisdiction: initiative.jurisdiction)
    }

    /// The legend for the history mode, opening with the date the table shows when the corpus is as of one: "As of
    /// 31 December 2020. Latest value of each fact; …".
    func legend(history: HistoryMode, formatter: ValueFormatter) -> String {
        let legend = formatter.vocabulary.legend(history: history)
        guard let date = corpus.asOf else { return legend }
        let asOf = formatter.vocabulary.asOf(formatter.date(date))
        return asOf.prefix(1).uppercased() + asOf.dropFirst() + ". " + legend
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
    private static func themeCell(_ theme: ThemeCoverage.Theme?, language: LanguageCode, original: LanguageCode,
                                  _ cells: inout CellBuilder) -> TableCell {
        guard let theme else { return TableCell(state: .known, entries: []) }
        let via = theme.componentNames.map { cells.vocabulary.marked($0.resolved(in: language, original: original)) }
        let numbers = cells.footnotes.numbers(for: theme.citations)
        return TableCell(state: .known, entries: [
            CellEntry(text: cells.vocabulary.strength(theme.strength),
                      qualifier: via.isEmpty ? nil : via.joined(separator: ", "), footnotes: numbers,
                      data: .themeStrength(theme.strength)),
        ])
    }
}

/// The indicator view: one row per indicator, one column per jurisdiction that has values, each cell the latest
/// value with the year it measures (or the whole series), cited.
extension TableBuilder {
    /// The table of an indicator view. Rows are the listed indicators (every declared one when none is listed);
    /// columns are the jurisdictions with values, in the order the enabled plugins first give one, each in a column
    /// group of its own whose label is the jurisdiction's name (the column's `initiativeID` is the jurisdiction id
    /// and its heading is empty). A value's year is never hidden: a value the source gives without the year it
    /// measures says so. In a table of latest values, a row whose cells measure different years says so after its
    /// label, so that a 2017 figure is never read beside a 2023 one as if they were the same year's.
    func indicatorTable(for view: ViewDefinition, indicatorIDs: [String], history: HistoryMode,
                        formatter: ValueFormatter) -> ComparisonTable {
        let vocabulary = formatter.vocabulary
        let indicators = indicatorIDs.isEmpty ? codebook.indicators : indicatorIDs.compactMap { codebook.indicator($0) }
        // Values by indicator and jurisdiction, in one pass; jurisdictions in order of first value.
        var jurisdictions: [String] = []
        var columnOf: [String: Int] = [:]
        var values: [String: [Int: [IndicatorValue]]] = [:]
        for value in corpus.indicatorValues {
            let column: Int
            if let known = columnOf[value.jurisdiction] {
                column = known
            } else {
                column = jurisdictions.count
                columnOf[value.jurisdiction] = column
                jurisdictions.append(value.jurisdiction)
            }
            values[value.indicatorID, default: [:]][column, default: []].append(value)
        }
        var footnotes = FootnoteCollector(corpus: corpus)
        var rows: [TableRow] = []
        for indicator in indicators {
            let series = values[indicator.id] ?? [:]
            var cells: [TableCell] = []
            var latestYears: Set<PartialDate?> = []
            for column in jurisdictions.indices {
                let cellValues = Self.ordered(series[column] ?? [])
                guard !cellValues.isEmpty else {
                    cells.append(TableCell(state: .notRecorded, entries: [CellEntry(text: corpus.asOf.map {
                        vocabulary.noSourceYet(formatter.date($0))
                    } ?? vocabulary.notRecorded, footnotes: [])]))
                    continue
                }
                let latest = cellValues.last?.measured
                latestYears.insert(latest)
                let shown = history == .all ? cellValues : cellValues.filter { $0.measured == latest }
                cells.append(TableCell(state: .known, entries: shown.map { value in
                    CellEntry(text: Self.text(of: value, formatter: formatter),
                              qualifier: Self.qualifier(of: value, formatter: formatter),
                              footnotes: footnotes.numbers(for: value.citation))
                }))
            }
            var label = indicator.label.resolved(in: language)
            if history == .latest, latestYears.count > 1 { label += " (" + vocabulary.yearsDiffer + ")" }
            rows.append(TableRow(id: indicator.id, label: label, cells: cells))
        }
        return ComparisonTable(
            viewID: view.id, title: view.title.resolved(in: language), language: vocabulary.language,
            rowHeading: vocabulary.indicatorHeading,
            columnGroups: jurisdictions.map { jurisdiction in
                ColumnGroup(jurisdiction: jurisdiction, label: codebook.jurisdictionName(jurisdiction, in: language),
                            columns: [TableColumn(initiativeID: jurisdiction, heading: "", jurisdiction: jurisdiction)])
            },
            rows: rows, footnotes: footnotes.finished().footnotes, legend: legend(history: history, formatter: formatter))
    }

    /// The values of one cell, oldest measurement first (values that do not say which year they measure first, in
    /// the order written).
    private static func ordered(_ values: [IndicatorValue]) -> [IndicatorValue] {
        values.enumerated().sorted { lhs, rhs in
            switch (lhs.element.measured, rhs.element.measured) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }

    /// "88 %", "about 850 000".
    private static func text(of value: IndicatorValue, formatter: ValueFormatter) -> String {
        var text = formatter.number(value.value)
        if value.unit == .percent { text += "\u{00A0}%" }
        if value.accuracy == .approximate { text = formatter.vocabulary.about + " " + text }
        return text
    }

    /// The year measured (or that it is not stated), then the population when the value's is narrower.
    private static func qualifier(of value: IndicatorValue, formatter: ValueFormatter) -> String {
        var qualifier = value.measured.map(formatter.date) ?? formatter.vocabulary.yearNotStated
        if let population = value.population { qualifier += ", " + population.resolved(in: formatter.vocabulary.language) }
        return qualifier
    }
}

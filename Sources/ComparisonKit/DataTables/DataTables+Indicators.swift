extension DataTables {
    /// One row per value of an indicator for a jurisdiction: the figure with the year it measures.
    static let indicatorValues = DataTable(
        name: "indicator_values", title: "One row per value of an indicator for a jurisdiction",
        description: "Context statistics with the year each measures (not the date its source was published); several values of one indicator and jurisdiction make a series. indicator_id is an id of the codebook's indicators file.",
        columns: [
            DataColumn("indicator_id", .text, required: true, "The indicator, an id of the codebook's indicators."),
            DataColumn("jurisdiction", .text, required: true, "The jurisdiction the value describes: an id of the codebook's jurisdictions."),
            DataColumn("value_number", .integer, required: true, "The value's place among the values of this indicator and jurisdiction, in the order the plugins give them, from 1."),
            DataColumn("value", .decimal, required: true, "The figure, exactly as written."),
            DataColumn("unit", .text, required: true, allowedValues: IndicatorUnit.allCases.map(\.rawValue), "percent (a share, 0–100) or count."),
            DataColumn("accuracy", .text, required: true, allowedValues: ValueAccuracy.allCases.map(\.rawValue), "exact, or approximate for a rounded figure."),
            DataColumn("measured", .partialDate, "The year (or month) the figure measures; empty when the source does not say."),
            DataColumn("population", .text, "The population or breakdown, in the reader's language, when narrower than the indicator's; empty otherwise."),
            DataColumn("note", .text, "A remark in the plugin author's words."),
        ] + citationColumns,
        primaryKey: ["indicator_id", "jurisdiction", "value_number"],
        foreignKeys: [citedSource]
    ) { source, row in
        var numbers: [String: [String: Int]] = [:]
        for value in source.corpus.indicatorValues {
            let number = numbers[value.indicatorID, default: [:]][value.jurisdiction, default: 0] + 1
            numbers[value.indicatorID, default: [:]][value.jurisdiction] = number
            row([.text(value.indicatorID), .text(value.jurisdiction), .integer(number), .decimal(value.value),
                 .text(value.unit.rawValue), .text(value.accuracy.rawValue), value.measured.dataValue,
                 source.text(value.population).text, value.note.dataValue]
                + citation(value.citation))
        }
    }
}

import ComparisonKit

extension BriefingDocument {
    /// The tables whose footnotes a briefing's one source list merges: the views, then, when the document opens with
    /// key findings, a table that holds only the findings' footnotes (no rows), so that their numbers join the same
    /// list. Formats that number sources once per briefing (HTML, LaTeX) build their list from it; the findings'
    /// markers then use index `tables.count`.
    package var tablesWithFindingsSources: [ComparisonTable] {
        guard let findings else { return tables }
        return tables + [ComparisonTable(viewID: findings.id, title: findings.title, language: findings.language,
                                         rowHeading: "", columnGroups: [], rows: [], footnotes: findings.footnotes,
                                         legend: findings.legend)]
    }
}

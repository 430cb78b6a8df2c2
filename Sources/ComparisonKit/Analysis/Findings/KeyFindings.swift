/// The few findings a briefing opens with: at most `limit` (about seven) sentences, the most telling rules first,
/// each keeping its citations, renumbered so that the section's source list names only what they cite.
extension FindingsReport {
    /// The rules in the order a reader of a briefing needs them: what sets groups apart and what they share, who
    /// takes part, the money, the time, then disagreements and the rest.
    static let keyOrder: [Finding.Kind] = [
        .groupDifference, .sharedThemes, .involvement, .budgets, .overlap, .disagreement, .singleThemes, .periodEnds, .gap,
    ]

    /// The key findings: findings that rest on cells (a statement about nothing is left out), in `keyOrder`, the
    /// social partners first among the involvement findings, at most `limit` of them.
    /// The section is titled "Key findings" in the report's language.
    public func keyFindings(limit: Int = 7) -> FindingsReport {
        let rank = Dictionary(uniqueKeysWithValues: Self.keyOrder.enumerated().map { ($1, $0) })
        let chosen = findings.enumerated()
            .filter { !$0.element.basis.isEmpty }
            .sorted { lhs, rhs in
                let left = (rank[lhs.element.kind] ?? rank.count, lhs.element.topic == InvolvementGroup.socialPartners.rawValue ? 0 : 1, lhs.offset)
                let right = (rank[rhs.element.kind] ?? rank.count, rhs.element.topic == InvolvementGroup.socialPartners.rawValue ? 0 : 1, rhs.offset)
                return left < right
            }
            .prefix(limit).map(\.element)
        // Renumber the footnotes the chosen findings cite, in order of first citation.
        var renumbered: [Int: Int] = [:]
        for finding in chosen {
            for cell in finding.basis {
                for number in cell.footnotes where renumbered[number] == nil { renumbered[number] = renumbered.count + 1 }
            }
        }
        var report = self
        report.findings = chosen.map { finding in
            var finding = finding
            finding.basis = finding.basis.map { cell in
                var cell = cell
                cell.footnotes = cell.footnotes.compactMap { renumbered[$0] }.sorted()
                return cell
            }
            return finding
        }
        report.footnotes = footnotes.compactMap { footnote in
            guard let number = renumbered[footnote.number] else { return nil }
            var footnote = footnote
            footnote.number = number
            return footnote
        }.sorted { $0.number < $1.number }
        report.title = FindingsPhrases(language).keyTitle
        report.id = "key-findings"
        return report
    }
}

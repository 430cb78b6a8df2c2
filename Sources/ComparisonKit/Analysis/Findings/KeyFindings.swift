/// The few findings a briefing opens with: at most `limit` (about seven) sentences, the most telling rules first,
/// each citing the cells of the initiatives it names, renumbered so that the section's source list names only what
/// they cite.
///
/// A statement names at most `FindingsPhrases.namesPerSentence` initiatives and counts the rest ("… and 3 242
/// more"); in a briefing it cites the cells of those it names, and counts the others in `basisLeftOut`, so that an
/// opening of seven sentences cites tens of sources, not thousands (on the benchmark's 10 000 initiatives the whole
/// basis was 20 MB of key findings); `nordic-compare findings` lists every cell.
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
            .prefix(limit).map { Self.citingNamedInitiatives($0.element) }
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
        let phrases = FindingsPhrases(language)
        if report.findings.contains(where: { $0.basisLeftOut > 0 }) { report.legend += " " + phrases.keyBasisNamedOnly }
        report.title = phrases.keyTitle
        report.id = "key-findings"
        return report
    }

    /// The finding with the cells of the first `FindingsPhrases.namesPerSentence` initiatives of its basis (the
    /// ones its statement names, in the same order), the others counted in `basisLeftOut` (with those a rule already
    /// left out, `FindingsState.citesNamedOnly`).
    private static func citingNamedInitiatives(_ finding: Finding) -> Finding {
        var named: Set<String> = []
        var finding = finding
        let basis = finding.basis
        finding.basis = basis.filter { cell in
            if named.contains(cell.initiativeID) { return true }
            guard named.count < FindingsPhrases.namesPerSentence else { return false }
            named.insert(cell.initiativeID)
            return true
        }
        finding.basisLeftOut += basis.count - finding.basis.count
        return finding
    }
}

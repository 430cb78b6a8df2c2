/// The sentences findings are written in, in the reader's language (its file's phrases, see `LanguagePack`).
///
/// Theme coverage is the plugin author's coding of cited components, so every theme sentence says "coded as
/// covering", never "covers" or "does not cover"; an unknown is a gap, never a "no".
struct FindingsPhrases {
    let vocabulary: Vocabulary
    private var words: LanguagePack { vocabulary.words }

    init(_ language: LanguageCode) { vocabulary = Vocabulary(language) }

    /// At most this many names are written in one sentence; the basis lists every cell (in a briefing's key
    /// findings, the cells of the initiatives named: ``FindingsReport/keyFindings(limit:)``).
    static let namesPerSentence = 8

    /// "A, B and C", cut after `namesPerSentence` names with "and 3 more"; `total` is how many there are when `items`
    /// holds only the first of them.
    func list(_ items: [String], total: Int? = nil) -> String {
        let (names, more) = shown(items, total: total)
        let parts = names + (more.map { [$0] } ?? [])
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " " + words[.and] + " " + parts.last!
    }

    /// The first `namesPerSentence` of `items`, and "3 more" when there are more (`total` of them, when `items`
    /// holds only the first).
    private func shown(_ items: [String], total: Int?) -> (names: [String], more: String?) {
        let names = Array(items.prefix(Self.namesPerSentence))
        let rest = (total ?? items.count) - names.count
        return (names, rest > 0 ? words.format(.more, String(rest)) : nil)
    }

    var title: String { words[.findingsTitle] }

    var keyTitle: String { words[.keyFindingsTitle] }

    var restsOn: String { words[.restsOn] }

    private func conditions(_ conditions: [String]) -> String {
        conditions.isEmpty ? words[.allInitiatives]
            : conditions.joined(separator: words[.andSeparator])
    }

    private func initiatives(_ count: Int) -> String {
        words.plural(.initiativeCount, count: count)
    }

    func selected(_ conditions: [String], count: Int, asOf: String?) -> String {
        let date = asOf.map { ", " + vocabulary.asOf($0) } ?? ""
        return words.format(.selected, self.conditions(conditions), initiatives(count), date)
    }

    func comparedWith(_ conditions: [String], count: Int) -> String {
        words.format(.comparedWith, self.conditions(conditions), initiatives(count))
    }

    var legend: String {
        words[.findingsLegend]
    }

    /// What a briefing's key findings add to the legend when a finding cites only the initiatives it names.
    var keyBasisNamedOnly: String { words[.keyBasisNamedOnly] }

    // MARK: Themes

    func sharedThemes(_ themes: [String], count: Int) -> String {
        words.format(.sharedThemes, String(count), list(themes))
    }

    func noSharedTheme(count: Int) -> String {
        words.format(.noSharedTheme, String(count))
    }

    func uncoded(_ names: [String]) -> String {
        words.format(.uncoded, list(names))
    }

    func singleThemes(_ name: String, themes: [String]) -> String {
        words.format(.singleThemes, name, list(themes))
    }

    func groupDifference(_ themes: [String], covered: String, notCovered: String) -> String {
        words.format(.groupDifference, covered, list(themes), notCovered)
    }

    func groupNoDifference(covered: String, notCovered: String) -> String {
        words.format(.groupNoDifference, covered, notCovered)
    }

    func group(_ names: [String], conditions: [String]) -> String {
        let described = self.conditions(conditions)
        return words.format(.group, described, list(names))
    }

    // MARK: Involvement

    func groupName(_ group: InvolvementGroup) -> String {
        switch group {
        case .socialPartners:
            return words[.involvementSocialPartners]
        case .business: return words[.involvementBusiness]
        case .municipalities: return words[.involvementMunicipalities]
        case .academia: return words[.involvementAcademia]
        }
    }

    /// `named` holds the names of the first `namesPerSentence` (or fewer) of the `involved` initiatives.
    func involvement(_ group: InvolvementGroup, named: [String], involved: Int, of total: Int) -> String {
        words.plural(.involvement, count: involved, String(total), groupName(group), list(named, total: involved))
    }

    func noInvolvement(_ group: InvolvementGroup, of total: Int) -> String {
        words.format(.noInvolvement, String(total), groupName(group))
    }

    func participantsNotRecorded(_ names: [String]) -> String {
        words.format(.participantsNotRecorded, list(names))
    }

    // MARK: Budgets

    /// The largest `namesPerSentence` entries, "; "-separated, then "and 3 more"; `total` is how many are ranked when
    /// `ranked` holds only the first of them.
    func ranking(_ ranked: [String], total: Int? = nil, basis: String) -> String {
        let (names, more) = shown(ranked, total: total)
        return words.format(.ranking, basis, names.joined(separator: "; ") + (more.map { " " + words[.and] + " " + $0 } ?? ""))
    }

    func single(_ entry: String, basis: String) -> String {
        words.format(.single, basis, entry)
    }

    func basis(currency: String, perYear: Bool, priceBasis: String) -> String {
        let unit = perYear ? words.format(.perYearUnit, currency) : currency
        return words.format(.budgetBasis, unit, priceBasis)
    }

    func basesDiffer(_ count: Int) -> String {
        words.format(.basesDiffer, String(count))
    }

    func notRanked(_ entries: [String], total: Int? = nil) -> String {
        words.format(.notRanked, list(entries, total: total))
    }

    func notConverted(_ entries: [String], total: Int? = nil) -> String {
        words.format(.notConvertedList, list(entries, total: total))
    }

    func budgetGaps(_ names: [String], total: Int? = nil) -> String {
        words.format(.budgetGaps, list(names, total: total))
    }

    // MARK: Periods

    func allRunTogether(_ count: Int, span: String) -> String {
        words.format(.allRunTogether, String(count), span)
    }

    func mostRunTogether(_ names: [String], span: String, of total: Int) -> String {
        words.format(.mostRunTogether, String(names.count), String(total), span, list(names))
    }

    func periodEnds(_ entries: [String]) -> String {
        words.format(.periodEnds, entries.joined(separator: "; "))
    }

    func openEnded(_ names: [String]) -> String {
        words.format(.noEnd, list(names))
    }

    func endUnknown(_ names: [String]) -> String {
        words.format(.endUnknown, list(names))
    }

    // MARK: Gaps and disagreements

    func gap(_ dimension: String, count: Int) -> String {
        words.format(.gap, dimension.lowercased(), String(count))
    }

    func disagreement(_ name: String, dimension: String, values: [String]) -> String {
        words.format(.disagreement, dimension.lowercased(), name, values.joined(separator: " / "))
    }

    func acknowledged(_ reason: String) -> String {
        words.format(.acknowledged, reason)
    }
}

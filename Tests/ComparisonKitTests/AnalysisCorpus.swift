import Foundation
@testable import ComparisonKit

/// A small hand-made corpus for the analysis tests: a Norwegian strategy and forum, a Danish partnership and a
/// Nordic declaration, with participants, themes, periods and budgets chosen so that each finding rule has
/// something to find (and something it must not claim). Sample data, not a source of facts.
enum AnalysisCorpus {
    typealias T = TestCorpus

    static let themes = ["ai", "social-partners", "green-transition", "interoperability"]

    static func corpus(disputedMembers: Bool = false) -> Corpus {
        var strategy = T.initiative("no-strategy", plugin: "norway", jurisdiction: "NO", source: "s1", kind: .strategy)
        strategy.period = Fact([T.known(Period(start: T.date("2019"), end: .date(T.date("2025"))), T.cite("s1", plugin: "norway"))])
        strategy.status = Fact([T.known(InitiativeStatus.active, T.cite("s1", plugin: "norway"))])
        strategy.themes = [T.theme("ai"), T.theme("interoperability", .secondary)]
        strategy.budget = Fact([T.unknown("no figure", T.cite("s1", plugin: "norway", locator: "ch. 1"))])

        var forum = T.initiative("no-forum", plugin: "norway", jurisdiction: "NO", source: "s2", kind: .forum)
        forum.period = Fact([T.known(Period(start: T.date("2024"), end: .open), T.cite("s2", plugin: "norway"))])
        forum.participants = [
            Participant(organisation: Organisation(name: "LO", category: .tradeUnion), citation: T.cite("s2", plugin: "norway", locator: "list")),
            Participant(organisation: Organisation(name: "NHO", category: .employersOrganisation), citation: T.cite("s2", plugin: "norway", locator: "list")),
            Participant(organisation: Organisation(name: "KS", category: .municipalSector), citation: T.cite("s2", plugin: "norway", locator: "list")),
        ]
        forum.themes = [T.theme("social-partners"), T.theme("ai", .secondary)]
        forum.budget = Fact([T.known(Budget(amount: .exact(T.decimal("12.5")), currency: "EUR", scale: .million, basis: .current),
                                     T.cite("s2", plugin: "norway"))])

        var partnership = T.initiative("dk-partnership", plugin: "denmark", jurisdiction: "DK", source: "d1", kind: .partnership)
        partnership.period = Fact([T.known(Period(start: T.date("2021-03"), end: .date(T.date("2021-10"))), T.cite("d1", plugin: "denmark"))])
        partnership.participants = [
            Participant(organisation: Organisation(name: "Arbejdsmarkedets parter", category: .socialPartners),
                        citation: T.cite("d1", plugin: "denmark", locator: "members")),
            Participant(organisation: Organisation(name: "Forskerverdenen", category: .academia),
                        citation: T.cite("d1", plugin: "denmark", locator: "members")),
        ]
        partnership.themes = [T.theme("social-partners", .secondary), T.theme("green-transition"), T.theme("ai")]
        partnership.budget = Fact([T.known(Budget(amount: .magnitude(.billion), currency: "DKK"), T.cite("d1", plugin: "denmark"))])
        var members = [T.known(26, T.cite("d1", plugin: "denmark"))]
        if disputedMembers { members.append(T.known(27, T.cite("d2", plugin: "denmark"))) }
        partnership.memberCount = Fact(members)

        var declaration = T.initiative("nordic-declaration", plugin: "nordic", jurisdiction: "NORDIC", source: "n1",
                                       kind: .declaration)
        declaration.period = Fact([T.known(Period(start: T.date("2021"), end: .date(T.date("2024"))), T.cite("n1", plugin: "nordic"))])
        declaration.budget = Fact([T.known(Budget(amount: .exact(T.decimal("30")), currency: "EUR", scale: .million, basis: .current),
                                           T.cite("n1", plugin: "nordic"))])

        return T.corpus([
            T.Part(descriptor: T.descriptor("norway", jurisdiction: "NO"),
                   sources: [T.source("s1", plugin: "norway"), T.source("s2", plugin: "norway")],
                   initiatives: [strategy, forum]),
            T.Part(descriptor: T.descriptor("denmark", jurisdiction: "DK"),
                   sources: [T.source("d1", plugin: "denmark"), T.source("d2", plugin: "denmark")],
                   initiatives: [partnership]),
            T.Part(descriptor: T.descriptor("nordic", jurisdiction: "NORDIC"),
                   sources: [T.source("n1", plugin: "nordic")], initiatives: [declaration]),
        ])
    }

    static var codebook: Codebook { T.codebook(themes: themes) }

    static func report(_ select: [String] = [], against: [String]? = nil, disputedMembers: Bool = false,
                       language: LanguageCode = "en") throws -> FindingsReport {
        let corpus = corpus(disputedMembers: disputedMembers)
        let builder = FindingsBuilder(corpus: corpus, codebook: codebook, language: language)
        let selected = try InitiativeSelection(parsing: select).select(from: corpus.initiatives, codebook: codebook)
        let group = FindingsBuilder.Group(initiatives: selected, conditions: select)
        guard let against else { return builder.report(selected: group) }
        let other = try InitiativeSelection(parsing: against).select(from: corpus.initiatives, codebook: codebook)
        return builder.report(selected: group, against: FindingsBuilder.Group(initiatives: other, conditions: against))
    }
}

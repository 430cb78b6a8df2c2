import Testing
@testable import ComparisonKit

@Suite("Selecting initiatives")
struct SelectionTests {
    let corpus = AnalysisCorpus.corpus()
    let codebook = AnalysisCorpus.codebook

    func ids(_ conditions: [String]) throws -> [String] {
        try InitiativeSelection(parsing: conditions).select(from: corpus.initiatives, codebook: codebook).map(\.id)
    }

    @Test("values of one condition combine with OR, conditions with AND")
    func orWithinAndAcross() throws {
        #expect(try ids(["kind=strategy,partnership"]) == ["no-strategy", "dk-partnership"])
        #expect(try ids(["kind=strategy,partnership", "jurisdiction=NO"]) == ["no-strategy"])
        #expect(try ids([]) == ["no-strategy", "no-forum", "dk-partnership", "nordic-declaration"])
    }

    @Test("a grouping matches its own code; member= matches a country's groupings too")
    func groupings() throws {
        #expect(try ids(["jurisdiction=NO"]) == ["no-strategy", "no-forum"])
        #expect(try ids(["member=NO"]) == ["no-strategy", "no-forum", "nordic-declaration"])
        #expect(try ids(["jurisdiction=NORDIC"]) == ["nordic-declaration"])
    }

    @Test("period overlap: a year, a range, an open end, never an unknown start")
    func periods() throws {
        #expect(try ids(["period=2021"]) == ["no-strategy", "dk-partnership", "nordic-declaration"])
        #expect(try ids(["period=2026..2030"]) == ["no-forum"])
        #expect(throws: SelectionError.self) { try ids(["period=2010..2018"]) }
    }

    @Test("status is the latest stated status; an unstated status matches nothing")
    func status() throws {
        #expect(try ids(["status=active"]) == ["no-strategy"])
    }

    @Test("participant categories")
    func participants() throws {
        #expect(try ids(["participant=trade-union,social-partners"]) == ["no-forum", "dk-partnership"])
    }

    @Test("typos are errors with a did-you-mean; nothing selected names the condition")
    func errors() {
        #expect(throws: SelectionError.unknownKey("knd", suggestion: "kind")) { try InitiativeSelection(parsing: ["knd=strategy"]) }
        #expect(throws: SelectionError.unknownValue("stratgy", key: .kind, allowed: InitiativeKind.allCases.map(\.rawValue),
                                                     suggestion: "strategy")) {
            try InitiativeSelection(parsing: ["kind=stratgy"])
        }
        #expect(throws: SelectionError.missingEquals("kind")) { try InitiativeSelection(parsing: ["kind"]) }
        #expect(throws: SelectionError.emptyValue("kind=a,,b")) { try InitiativeSelection(parsing: ["kind=a,,b"]) }
        #expect(throws: SelectionError.backwardsPeriod("2022..2019")) { try InitiativeSelection(parsing: ["period=2022..2019"]) }
        #expect(throws: SelectionError.badPeriod("21")) { try InitiativeSelection(parsing: ["period=21"]) }
        #expect(throws: SelectionError.matchedNothing(conditions: ["jurisdiction=SE", "kind=forum"],
                                                      unmatched: ["jurisdiction=SE"])) {
            try ids(["jurisdiction=SE", "kind=forum"])
        }
        #expect(throws: SelectionError.matchedNothing(conditions: ["jurisdiction=DK", "kind=forum"], unmatched: [])) {
            try ids(["jurisdiction=DK", "kind=forum"])
        }
    }
}

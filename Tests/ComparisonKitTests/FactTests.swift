import Testing
@testable import ComparisonKit

@Suite("Fact: current value, history and disagreement")
struct FactTests {
    func cite(_ source: String, line: Int) -> Citation {
        TestCorpus.cite(source, plugin: "eu-dep", line: line)
    }

    func claim(_ value: Int, _ source: String, asOf: String? = nil, status: ClaimStatus = .stated,
               line: Int) -> Claim<Int> {
        TestCorpus.known(value, cite(source, line: line), status: status, asOf: asOf)
    }

    /// An EU-like budget history, written out of date order on purpose.
    var history: Fact<Int> {
        Fact([
            claim(7588, "reg-2021-694", asOf: "2021-04-29", status: .adopted, line: 20),
            claim(9200, "com-2018-434", asOf: "2018-06", status: .proposed, line: 10),
            claim(8168, "reg-2023-1781", asOf: "2023-09-13", status: .amended, line: 30),
        ])
    }

    @Test func notRecordedHasNoClaims() {
        let fact = Fact<Int>.notRecorded
        #expect(!fact.isRecorded)
        #expect(fact.current.isEmpty)
        #expect(fact.latestValue == nil)
        #expect(fact.disagreement == nil)
    }

    @Test func currentPicksTheLatestAsOf() {
        #expect(history.current.map(\.value) == [8168])
        #expect(history.current.map(\.status) == [.amended])
        #expect(history.latestValue == 8168)
    }

    @Test func currentIgnoresUndatedClaimsOnceAnyIsDated() {
        let fact = Fact([claim(1, "a", line: 1), claim(2, "b", asOf: "2020", line: 2)])
        #expect(fact.current.map(\.value) == [2])
    }

    @Test func undatedClaimsAreCurrentWhenNothingIsDated() {
        let fact = Fact([claim(26, "itb-2021", line: 1), claim(26, "fm-2021", line: 2)])
        #expect(fact.current.map(\.citation.sourceID) == ["itb-2021", "fm-2021"])
        #expect(fact.latestValue == 26)
        #expect(fact.disagreement == nil)
    }

    @Test func historyIsOldestFirstWithUndatedFirstInWrittenOrder() {
        #expect(history.history.map(\.value) == [9200, 7588, 8168])
        let mixed = Fact([
            claim(3, "c", asOf: "2022", line: 1), claim(1, "a", line: 2), claim(4, "d", asOf: "2021-06", line: 3),
            claim(2, "b", line: 4), claim(5, "e", asOf: "2022", line: 5),
        ])
        #expect(mixed.history.map(\.value) == [1, 2, 4, 3, 5])
    }

    @Test func sameDateDifferentSourcesDifferentValuesDisagree() {
        let fact = Fact([claim(26, "itb-2021", asOf: "2021-03", line: 1), claim(27, "digst-en", asOf: "2021-03", line: 2)])
        #expect(fact.disagreement?.map(\.value) == [26, 27])
        #expect(fact.latestValue == nil)
        #expect(fact.current.count == 2)
    }

    @Test func undatedClaimsFromTwoSourcesCanDisagree() {
        let fact = Fact([claim(26, "itb-2021", line: 1), claim(27, "digst-en", line: 2)])
        #expect(fact.disagreement?.map(\.citation.sourceID) == ["itb-2021", "digst-en"])
    }

    @Test func aDatedHistoryIsNotADisagreement() {
        #expect(history.disagreement == nil)
    }

    @Test func identicalValuesAgree() {
        let fact = Fact([claim(26, "itb-2021", asOf: "2021-03", line: 1), claim(26, "fm-2021", asOf: "2021-03", line: 2)])
        #expect(fact.disagreement == nil)
        #expect(fact.latestValue == 26)
    }

    @Test func oneSourceCorrectingItselfIsNotADisagreement() {
        let fact = Fact([claim(26, "fm-2021", asOf: "2021-03", line: 1), claim(27, "fm-2021", asOf: "2021-03", line: 2)])
        #expect(fact.disagreement == nil)
        #expect(fact.latestValue == nil)
    }

    @Test func anUnknownAgainstAKnownValueDisagrees() {
        let fact = Fact<Int>([TestCorpus.unknown("not in the press release", cite("fm-2021", line: 1)),
                              claim(26, "itb-2021", line: 2)])
        #expect(fact.disagreement?.count == 2)
        #expect(fact.latestValue == 26)
    }

    @Test func latestValueIgnoresUnknownClaims() {
        let fact = Fact<Int>([TestCorpus.unknown(nil, cite("a", line: 1))])
        #expect(fact.isRecorded)
        #expect(fact.latestValue == nil)
        #expect(fact.current.first?.value == nil)
    }

    @Test func claimLocationIsItsCitations() {
        let claim = claim(1, "a", line: 42)
        #expect(claim.location == SourceLocation(file: "plugins/eu-dep/initiatives/facts.yaml", line: 42, column: 3))
    }

    /// Two dates on which the sources disagree: the newer disagreement is the one that matters, and the answer must
    /// not depend on dictionary order.
    @Test
    func disagreementIsDeterministicWhenSeveralDatesConflict() {
        for _ in 0..<200 {
            let fact = Fact([
                claim(1, "a", asOf: "2020", line: 1), claim(2, "b", asOf: "2020", line: 2),
                claim(3, "a", asOf: "2023", line: 3), claim(4, "b", asOf: "2023", line: 4),
            ])
            #expect(fact.disagreement?.map(\.value) == [3, 4])
        }
    }
}

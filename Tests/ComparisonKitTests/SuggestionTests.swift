import Testing
@testable import ComparisonKit

@Suite("Suggestion")
struct SuggestionTests {
    @Test func typosFindTheirWord() {
        #expect(Suggestion.closest(to: "norwya", in: ["denmark", "norway", "eu-dep"]) == "norway")
        #expect(Suggestion.closest(to: "interoperabilty", in: TestCorpus.themeIDs) == "interoperability")
        #expect(Suggestion.closest(to: "budgte", in: ["budget", "budget-breakdown"]) == "budget")
        #expect(Suggestion.closest(to: "EUX", in: CodeLists.currencies.sorted()) == "EUR")
        #expect(Suggestion.closest(to: "membercount", in: KnownDimension.allCases.map(\.rawValue)) == "member-count")
    }

    @Test func comparisonIgnoresCaseButReturnsTheCandidateAsWritten() {
        #expect(Suggestion.closest(to: "NORWAY", in: ["norway"]) == "norway")
        #expect(Suggestion.closest(to: "eur", in: ["EUR"]) == "EUR")
    }

    @Test func unrelatedWordsGiveNothing() {
        #expect(Suggestion.closest(to: "knitting", in: TestCorpus.themeIDs) == nil)
        #expect(Suggestion.closest(to: "colour", in: KnownDimension.allCases.map(\.rawValue)) == nil)
        #expect(Suggestion.closest(to: "sweden", in: ["norway", "denmark", "eu-dep"]) == nil)
        #expect(Suggestion.closest(to: "norway", in: [String]()) == nil)
    }

    @Test func theNearestWinsAndTiesGoToTheFirst() {
        #expect(Suggestion.closest(to: "budgets", in: ["budget-breakdown", "budget"]) == "budget")
        #expect(Suggestion.closest(to: "cat", in: ["bat", "hat"]) == "bat")
        #expect(Suggestion.closest(to: "ai", in: ["al", "ai"]) == "ai")
    }

    @Test func longerWordsTolerateMoreEdits() {
        // A third of the length: 4 edits for a 12-letter word, 2 for a short one.
        #expect(Suggestion.closest(to: "cybersecurty", in: ["cybersecurity-trust"]) == nil)
        #expect(Suggestion.closest(to: "cyber-securty-trst", in: ["cybersecurity-trust"]) == "cybersecurity-trust")
        #expect(Suggestion.closest(to: "nrwy", in: ["norway"]) == "norway")
        #expect(Suggestion.closest(to: "nry", in: ["norway"]) == nil)
    }

    @Test func hintsAreReadyToAppend() {
        #expect(Suggestion.hint(for: "norwya", in: ["norway"]) == "; did you mean 'norway'?")
        #expect(Suggestion.hint(for: "knitting", in: ["norway"]) == "")
    }

    @Test func editDistanceIsLevenshteinUpToTheLimit() {
        #expect(Suggestion.editDistance("kitten", "sitting", limit: 10) == 3)
        #expect(Suggestion.editDistance("", "abc", limit: 10) == 3)
        #expect(Suggestion.editDistance("abc", "", limit: 10) == 3)
        #expect(Suggestion.editDistance("same", "same", limit: 0) == 0)
        #expect(Suggestion.editDistance("kitten", "sitting", limit: 1) == 2)
        #expect(Suggestion.editDistance("a", "abcdef", limit: 2) == 3)
    }

    @Test
    func shortUnrelatedWordsGiveNothing() {
        #expect(Suggestion.closest(to: "se", in: ["dk", "eu-dep"]) == nil)
        #expect(Suggestion.closest(to: "XX", in: ["EU"]) == nil)
    }
}

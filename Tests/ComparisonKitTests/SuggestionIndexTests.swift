import Testing
@testable import ComparisonKit

/// Did-you-mean for many unknown words against one list: the same answers as comparing with every candidate, in
/// work that grows with the list, not with the list times the unknown words. The work is counted, never timed.
@Suite("Suggestion index")
struct SuggestionIndexTests {
    /// The closest candidate the plain way: every candidate compared in order, the first of the nearest kept.
    func everyCandidate(_ word: String, _ candidates: [String]) -> String? {
        let limit = word.count <= 3 ? 1 : max(2, word.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = Suggestion.editDistance(word.lowercased(), candidate.lowercased(), limit: limit)
            if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// Words over a small alphabet (so that many are near one another and ties are common), some in capitals and
    /// some with a letter outside ASCII, drawn from a fixed linear congruential sequence.
    func words(_ count: Int, seed: UInt64) -> [String] {
        let letters = Array("abcø-A")
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 60) % 10
            return String((0..<length).map { position -> Character in
                letters[Int((state >> UInt64(4 * position + 8)) & 0xFF) % letters.count]
            })
        }
    }

    @Test func everyAnswerIsTheOneEveryCandidateGives() {
        let candidates = words(300, seed: 1)
        var index = SuggestionIndex(candidates)
        for word in words(400, seed: 2) + candidates.prefix(20) {
            let found = index.closest(to: word)
            #expect(found == everyCandidate(word, candidates), "\(word)")
        }
    }

    @Test func onlyCandidatesOfAReachableLengthAreCompared() {
        let far = (0..<1_000).map { "initiative-number-\($0)-of-a-long-list" }
        var index = SuggestionIndex(far + ["norway"])
        let found = index.closest(to: "norwya")
        #expect(found == "norway")
        #expect(index.comparisons == 1)
    }

    @Test func aWordSeenBeforeIsAnsweredFromMemory() {
        let candidates = (0..<500).map { "source-\($0)" }
        var index = SuggestionIndex(candidates)
        let first = index.hint(for: "sourse-42")
        #expect(first == "; did you mean 'source-42'?")
        let compared = index.comparisons
        let again = (0..<1_000).map { _ in index.hint(for: "sourse-42") }
        #expect(again.allSatisfy { $0 == first })
        #expect(index.comparisons == compared)
    }

    @Test func aCandidateEqualButForCaseIsFoundWithoutComparing() {
        var index = SuggestionIndex(["Norway", "norway", "denmark"])
        let found = index.closest(to: "NORWAY")
        #expect(found == "Norway")
        #expect(index.comparisons == 0)
    }

    @Test func theWorkStopsAtTheBudgetAndTheFirstWordRefusedSaysSo() throws {
        // 200 unknown names, none near any of 200 declared ones of the same length: comparing them all would take
        // 40 000 comparisons; the budget allows a few hundred.
        let declared = (0..<200).map { "src-\(1000 + $0)" }
        var index = SuggestionIndex(declared, budget: 5_000)
        let hints = (0..<200).map { index.hint(for: "unk-\(5000 + $0)") }
        #expect(index.cellsComputed <= 5_000)
        #expect(index.comparisons < 1_000)
        #expect(hints.filter { $0 == SuggestionIndex.exhaustedHint }.count == 1)
        let refused = try #require(hints.firstIndex(of: SuggestionIndex.exhaustedHint))
        #expect(hints.allSatisfy { $0.isEmpty || $0 == SuggestionIndex.exhaustedHint })
        #expect(hints[(refused + 1)...].allSatisfy { $0.isEmpty })
        // A word answered before the budget ran out, or equal to a candidate, is still answered.
        let exact = index.hint(for: "SRC-1007")
        #expect(exact == "; did you mean 'src-1007'?")
        let near = index.closest(to: "src-1o07")
        #expect(near == nil)
    }

    @Test func theDefaultBudgetGrowsWithTheCandidatesOnly() {
        #expect(SuggestionIndex.defaultBudget(candidateScalars: 0) == 1_000_000)
        #expect(SuggestionIndex.defaultBudget(candidateScalars: 10_000) == 1_000_000 + 2_560_000)
    }

    @Test func anIndexBuiltAtItsFirstUseListsItsCandidatesOnce() {
        var index: SuggestionIndex?
        var calls = 0
        func candidates() -> [String] {
            calls += 1
            return ["norway", "denmark"]
        }
        let before = calls
        let first = SuggestionIndex.hint(for: "norwya", in: &index, candidates: candidates)
        let second = SuggestionIndex.hint(for: "denmrak", in: &index, candidates: candidates)
        #expect(before == 0)
        #expect(first == "; did you mean 'norway'?")
        #expect(second == "; did you mean 'denmark'?")
        #expect(calls == 1)
    }

    @Test func manyUndeclaredSourcesShareOneIndexPerPlugin() {
        // 600 citations of sources the plugin does not declare, against 600 it does: one index for the plugin, so
        // the budget is the plugin's, and the hints stop once, with the note, instead of each citation comparing
        // itself with every declared source.
        let plugin = "sweden"
        var part = TestCorpus.swedishPart()
        part.sources += (0..<600).map { TestCorpus.source("decl-\(10_000 + $0)", plugin: plugin) }
        part.initiatives[0].participants = (0..<600).map { number in
            Participant(organisation: Organisation(name: "Body \(number)"),
                        citation: TestCorpus.cite("gone-\(50_000 + number)", plugin: plugin, line: 100 + number))
        }
        let context = ValidationContext(corpus: TestCorpus.corpus([part, TestCorpus.euPart()]),
                                        codebook: TestCorpus.codebook(), views: TestCorpus.cleanViews)
        let messages = UndeclaredSourceRule().validate(context).map(\.message)
        #expect(messages.count == 600)
        #expect(messages.filter { $0.contains(SuggestionIndex.exhaustedHint) }.count == 1)
    }
}

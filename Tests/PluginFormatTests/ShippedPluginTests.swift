import ComparisonKit
import Foundation
import PluginFormat
import Testing

/// The shipped plugins load cleanly and carry the key facts right.
@Suite struct ShippedPluginTests {
    let corpus: Corpus
    let diagnostics: [Diagnostic]

    init() {
        (corpus, diagnostics) = TestFiles.shippedCorpus()
    }

    @Test func loadWithoutErrors() {
        #expect(!diagnostics.containsErrors, "\(diagnostics)")
        #expect(corpus.plugins.map(\.id) == ["norway", "denmark", "eu-dep"])
        #expect(corpus.initiatives.count == 9)
    }

    @Test func norwayIsNorwayNotFalse() throws {
        let norway = try #require(corpus.plugins.first { $0.id == "norway" })
        #expect(norway.jurisdiction == "NO")
        #expect(corpus.initiatives.filter { $0.pluginID == "norway" }.allSatisfy { $0.jurisdiction == "NO" })
    }

    @Test func digitalEuropeBudgetSplitsSumExactly() throws {
        let programme = try #require(corpus.initiative("eu-digital-europe-programme"))
        let adopted = try #require(programme.budget.claims.first { $0.status == .adopted }?.value)
        let amended = try #require(programme.budget.claims.first { $0.status == .amended }?.value)
        #expect(adopted.amount == .exact(7588))
        #expect(adopted.breakdownTotal == 7588)
        #expect(adopted.breakdown.count == 5)
        #expect(adopted.scale == .million && adopted.currency == "EUR")
        #expect(amended.amount == .exact(8168))
        #expect(amended.breakdownTotal == 8168)
        #expect(amended.breakdown.count == 6)
        let proposal = try #require(programme.budget.claims.first { $0.asOf?.description == "2018-06" }?.value)
        #expect(proposal.amount == .exact(Decimal(string: "9.2")!) && proposal.scale == .billion)
        #expect(proposal.breakdownTotal == Decimal(string: "9.2")!)
        #expect(programme.budget.latestValue == amended)
    }

    /// The budget history of issue 17: every figure carries its price basis, and the EUR 8.2 billion is the 2018
    /// proposal restated in 2018 prices (with a note saying so), not a cut from EUR 9.2 billion.
    @Test func digitalEuropeBudgetHistoryCarriesItsPriceBases() throws {
        let programme = try #require(corpus.initiative("eu-digital-europe-programme"))
        let history = programme.budget.history
        #expect(history.map { $0.asOf?.description } == ["2018-06", "2018-12", "2021-04-29", "2023-09-13"])
        #expect(history.map { $0.value?.basis } == [.current, .constant(year: 2018), .current, .notStated])
        let restated = history[1]
        #expect(restated.value?.amount == .exact(Decimal(string: "8.2")!) && restated.value?.scale == .billion)
        #expect(restated.note?.contains("Restates the Commission's proposal") == true)
        #expect(programme.budget.claims.allSatisfy { $0.value?.basis != nil }, "every budget figure records its basis")
    }

    @Test func digitalEuropeRecordsNorwaysParticipation() throws {
        let programme = try #require(corpus.initiative("eu-digital-europe-programme"))
        let norway = try #require(programme.participants.first { $0.organisation.category == .country })
        #expect(norway.since?.description == "2021-09-24")
    }

    @Test func denmarkHasFiveTracksAndADisputedMembership() throws {
        let partnership = try #require(corpus.initiative("dk-digitalisation-partnership"))
        #expect(partnership.components.map(\.id) == ["spor-1", "spor-2", "spor-3", "spor-4", "spor-5"])
        // Each track has a one-line description in Danish and English (issue 17).
        for track in partnership.components {
            #expect(track.description?.text(in: "da") != nil && track.description?.text(in: "en") != nil, "\(track.id)")
        }
        #expect(partnership.lead.latestValue?.name == "Finansministeriet")
        #expect(partnership.chair.latestValue == "Jim Hagemann Snabe")
        let disputed = try #require(partnership.memberCount.disagreement)
        #expect(Set(disputed.compactMap(\.value)) == [26, 27])
        #expect(Set(disputed.map(\.citation.sourceID)).count == 2)
        #expect(partnership.period.latestValue == Period(start: try PartialDate(parsing: "2021-03"),
                                                        end: .date(try PartialDate(parsing: "2021-10"))))
        guard case .magnitude(.billion)? = partnership.budget.latestValue?.amount else {
            Issue.record("the Danish funding should be billion-scale with no amount")
            return
        }
    }

    @Test func norwegianForumMeetsTwiceAYearUnderTheMinister() throws {
        let forum = try #require(corpus.initiative("no-digitalisation-forum"))
        #expect(forum.kind == .forum)
        #expect(forum.components.count == 4, "the forum's four purposes")
        #expect(forum.meetings.latestValue?.text(in: "en")?.contains("Two a year") == true)
        let names = Set(forum.participants.map(\.organisation.name))
        #expect(names.isSuperset(of: ["LO", "NHO", "KS", "Digitaliseringsdirektoratet", "NAV", "Skattedirektoratet",
                                      "Brønnøysundregistrene"]))
        #expect(forum.budget.claims.allSatisfy { $0.value == nil }, "no source states a budget: it must be unknown")
    }

    @Test func publicSectorStrategyHasSixGoalsAndFiveFocusAreas() throws {
        let strategy = try #require(corpus.initiative("no-public-sector-strategy-2019-2025"))
        #expect(strategy.goals.count == 6)
        #expect(strategy.goals.allSatisfy { $0.deadline?.description == "2025" })
        #expect(strategy.components.count == 5)
    }

    @Test func everyCitationNamesADeclaredSourceAndEveryThemeIsKnown() {
        let (codebook, codebookProblems) = TestFiles.shippedCodebook()
        #expect(codebookProblems.isEmpty, "\(codebookProblems)")
        let problems = Validator().validate(ValidationContext(corpus: corpus, codebook: codebook, views: []))
        #expect(!problems.containsErrors, "\(problems)")
        let warnings = problems.map(\.message)
        #expect(warnings.contains { $0.contains("sources disagree on 'member-count' of 'dk-digitalisation-partnership'") })
        // The Digital Europe Programme's history mixes bases, and says so in its notes.
        #expect(!warnings.contains { $0.contains("price bas") }, "\(warnings)")
    }
}

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
        #expect(corpus.plugins.map(\.id) == ["norway", "denmark", "eu-dep", "nordic"])
        #expect(corpus.initiatives.count == 11)
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
        #expect(restated.note?.resolved(in: "en").contains("Restates the Commission's proposal") == true)
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

    /// Digital North: the nine signatories of 2017-04-25 are its participants and exactly the members of the
    /// Nordic-Baltic grouping it is filed under; the 2018 declarations are its components; Digital North 2.0
    /// succeeds it, for 2021–2024.
    @Test func digitalNorthHasItsNineSignatoriesAndItsSuccessor() throws {
        let north = try #require(corpus.initiative("nordic-digital-north"))
        #expect(north.jurisdiction == "NORDIC-BALTIC" && north.kind == .declaration)
        #expect(north.defaultCitation.sourceID == "ncm-digital-north-2017")
        #expect(north.period.claims.first?.value?.start?.description == "2017-04-25")
        let signatories = north.participants.compactMap(\.organisation.englishName)
        #expect(signatories == ["Norway", "Sweden", "Denmark", "Finland", "Iceland", "Faroe Islands", "Estonia", "Latvia",
                                "Lithuania"])
        #expect(north.participants.allSatisfy { $0.organisation.category == .country && $0.since?.description == "2017-04-25" })
        let (codebook, _) = TestFiles.shippedCodebook()
        #expect(codebook.jurisdiction("NORDIC-BALTIC")?.members == ["NO", "SE", "DK", "FI", "IS", "FO", "EE", "LV", "LT"])
        #expect(north.components.map(\.citation.sourceID) == ["ai-declaration-2018", "nordic-5g-2018"])
        #expect(north.status.claims.map(\.value) == [.active, .superseded])
        #expect(north.status.claims.last?.asOf?.description == "2020-09-29")

        let successor = try #require(corpus.initiative("nordic-digital-north-2"))
        #expect(successor.period.claims.first?.value?.start?.description == "2021")
        #expect(successor.related == ["nordic-digital-north"] && north.related.contains("nordic-digital-north-2"))
        let sources = corpus.sources(ofPlugin: "nordic")
        #expect(sources.map { $0.published?.description } == ["2017-04-25", "2018-05-14", "2018-05-23", "2020-09-29", "2019"])
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

/// The shipped indicators: each value with the year it measures and its source, and the figures no longer in the
/// goal texts and notes where they used to sit.
@Suite struct ShippedIndicatorTests {
    let corpus = TestFiles.shippedCorpus().0

    func values(_ indicator: String) -> [IndicatorValue] {
        corpus.indicatorValues.filter { $0.indicatorID == indicator }
    }

    @Test func statisticsNorwaysSeriesAndTheContactFigureCiteTheStrategy() {
        let series = values("public-online-services-use")
        #expect(series.map { "\($0.value) \($0.measured?.description ?? "-")" } == ["72 2009", "83 2017", "88 2018"])
        let contact = values("public-sector-online-contact")
        #expect(contact.map { "\($0.value) \($0.measured?.description ?? "-") \($0.accuracy)" } == ["90 2017 approximate"])
        for value in series + contact {
            #expect(value.unit == .percent && value.jurisdiction == "NO")
            #expect(value.citation.sourceID == "kmd-strategy-2019")
            #expect(value.citation.locator == "chapter 1, figure 1.2 and the paragraph before it")
        }
    }

    @Test func theAIAndSkillsFiguresAreRoundedAndCited() {
        let ai = values("businesses-using-ai-tools")
        #expect(ai.map { "\($0.value) \($0.accuracy) \($0.citation.sourceID)" } == ["25 approximate nho-krafttak-2024"])
        #expect(ai.first?.measured == nil, "NHO does not say when its survey was carried out")
        let skills = values("people-weak-digital-skills")
        #expect(skills.map { "\($0.value) \($0.unit) \($0.measured?.description ?? "-") \($0.citation.sourceID)" }
                == ["850000 count 2024 fagforbundet-2024"])
    }

    @Test func everyValueNamesADeclaredIndicatorInItsUnit() {
        let (codebook, problems) = TestFiles.shippedCodebook()
        #expect(problems.isEmpty, "\(problems)")
        #expect(codebook.indicators.count == 4)
        for value in corpus.indicatorValues {
            #expect(codebook.indicator(value.indicatorID)?.unit == value.unit, "\(value.indicatorID)")
        }
    }

    @Test func theFiguresAreNoLongerInGoalTextsOrNotes() {
        for initiative in corpus.initiatives {
            for goal in initiative.goals {
                let texts: [String] = goal.text.translations.map(\.text) + (goal.note?.translations.map(\.text) ?? [])
                for text in texts {
                    #expect(!text.contains("850 000") && !text.contains("one business in four")
                            && !text.contains("en av fire") && !text.contains("én av fire") && !text.contains("én af fire"),
                            "\(initiative.id): \(text)")
                }
            }
        }
    }
}

import Foundation
import Testing
@testable import ComparisonKit

@Suite("Findings")
struct FindingsTests {
    func findings(_ kind: Finding.Kind, in report: FindingsReport) -> [Finding] {
        report.findings.filter { $0.kind == kind }
    }

    @Test("themes every selected initiative is coded as covering, with every cell it rests on")
    func sharedThemes() throws {
        let report = try AnalysisCorpus.report(["id=no-strategy,no-forum,dk-partnership"])
        let shared = try #require(findings(.sharedThemes, in: report).first)
        #expect(shared.text == "All 3 selected initiatives are coded as covering Theme ai.")
        #expect(shared.basis.map(\.initiativeID) == ["no-strategy", "no-forum", "dk-partnership"])
        #expect(shared.basis.allSatisfy { $0.rowID == "ai" && !$0.footnotes.isEmpty })
    }

    @Test("an initiative without theme coding is a gap, not a 'does not cover'")
    func uncodedIsAGap() throws {
        let report = try AnalysisCorpus.report()
        let gap = try #require(report.findings.first { $0.text.hasPrefix("No theme coding") })
        #expect(gap.kind == .gap)
        #expect(gap.basis.map(\.initiativeID) == ["nordic-declaration"])
        #expect(!report.findings.contains { $0.text.contains("does not cover") })
    }

    @Test("themes only one initiative is coded as covering")
    func singleThemes() throws {
        let report = try AnalysisCorpus.report()
        #expect(findings(.singleThemes, in: report).map(\.text) == [
            "Only Initiative no-strategy is coded as covering Theme interoperability.",
            "Only Initiative dk-partnership is coded as covering Theme green-transition.",
        ])
    }

    @Test("two groups: what each is coded as covering that the other is not")
    func groupDifference() throws {
        let report = try AnalysisCorpus.report(["jurisdiction=DK"], against: ["jurisdiction=NO", "kind=strategy"])
        let differences = findings(.groupDifference, in: report)
        #expect(differences.count == 2)
        #expect(differences[0].text.hasPrefix("The group jurisdiction=DK (Initiative dk-partnership) is coded as covering "
                                              + "Theme social-partners and Theme green-transition;"))
        #expect(differences[0].basis.map(\.rowID) == ["social-partners", "green-transition"])
        #expect(differences[1].text.contains("is coded as covering Theme interoperability;"))
        #expect(report.againstCount == 1)
    }

    @Test("involvement: the social partners are unions, employers' organisations and their joint representation")
    func involvement() throws {
        let report = try AnalysisCorpus.report()
        let socialPartners = try #require(findings(.involvement, in: report).first)
        #expect(socialPartners.text.hasPrefix("2 of 4 selected initiatives involve the social partners"))
        #expect(socialPartners.text.contains("Initiative no-forum (LO, NHO)"))
        #expect(socialPartners.text.contains("Initiative dk-partnership (Arbejdsmarkedets parter)"))
        #expect(Set(socialPartners.basis.map(\.value)) == ["LO, trade union", "NHO, employers' organisation",
                                                          "Arbejdsmarkedets parter, social partners"])
        // No participants recorded is unknown, never "not involved".
        let unknown = try #require(report.findings.first { $0.text.hasPrefix("No participants are recorded") })
        #expect(unknown.text.contains("Initiative no-strategy and Initiative nordic-declaration"))
    }

    @Test("budgets: exact amounts ranked on one basis; a magnitude is never ranked; an unknown is a gap")
    func budgets() throws {
        let report = try AnalysisCorpus.report()
        // Amounts keep their parts together with non-breaking spaces; compared here as plain spaces.
        let budgets = findings(.budgets, in: report).map { $0.text.replacingOccurrences(of: "\u{00A0}", with: " ") }
        #expect(budgets == [
            "Budgets in EUR, current prices, largest first: Initiative nordic-declaration: EUR 30 million, current prices; "
                + "Initiative no-forum: EUR 12.5 million, current prices.",
            "Not ranked, as no exact amount is stated: Initiative dk-partnership: a billion-scale sum in DKK (amount not stated).",
        ])
        #expect(report.findings.contains { $0.kind == .gap && $0.text == "No budget is stated in the sources for Initiative no-strategy." })
    }

    @Test("budgets rank by exact amount: equal amounts in other scales keep corpus order, and amounts a double cannot tell apart still rank")
    func exactRanking() throws {
        let corpus = AnalysisCorpus.corpus()
        var initiatives = Array(corpus.initiatives[0...1])
        // Two sums that round to the same double, and the same sum written in two scales.
        let amounts: [(Decimal, AmountScale)] = [
            (Decimal(string: "12345678901234567.1")!, .one), (1, .billion), (1_000, .million),
            (Decimal(string: "12345678901234567.2")!, .one),
        ]
        #expect(NSDecimalNumber(decimal: amounts[0].0).doubleValue == NSDecimalNumber(decimal: amounts[3].0).doubleValue)
        let template = initiatives[0]
        initiatives = amounts.enumerated().map { index, amount in
            var initiative = template
            initiative.id = "ranked-\(index)"
            initiative.name = LocalizedText(universal: "Ranked \(index)")
            initiative.budget = Fact([TestCorpus.known(Budget(amount: .exact(amount.0), currency: "EUR", scale: amount.1,
                                                              basis: .current), TestCorpus.cite("s1", plugin: "norway"))])
            return initiative
        }
        let rebuilt = TestCorpus.corpus([
            TestCorpus.Part(descriptor: TestCorpus.descriptor("norway", jurisdiction: "NO"),
                            sources: [TestCorpus.source("s1", plugin: "norway")], initiatives: initiatives),
        ])
        let report = FindingsBuilder(corpus: rebuilt, codebook: AnalysisCorpus.codebook, language: "en")
            .report(selected: .init(initiatives: rebuilt.initiatives, conditions: []))
        let ranking = try #require(findings(.budgets, in: report).first)
        #expect(ranking.basis.map(\.initiativeID) == ["ranked-3", "ranked-0", "ranked-1", "ranked-2"])
    }

    @Test("with a budget basis, budgets are converted before ranking; one without a rate is listed with what is missing")
    func convertedBudgets() throws {
        let corpus = AnalysisCorpus.corpus()
        var initiatives = corpus.initiatives
        initiatives[3].budget = Fact([TestCorpus.known(Budget(amount: .exact(300), currency: "SEK", scale: .million,
                                                              basis: .current), TestCorpus.cite("n1", plugin: "nordic"))])
        let rebuilt = TestCorpus.corpus([
            TestCorpus.Part(descriptor: TestCorpus.descriptor("norway", jurisdiction: "NO"),
                            sources: [TestCorpus.source("s1", plugin: "norway"), TestCorpus.source("s2", plugin: "norway")],
                            initiatives: Array(initiatives[0...1])),
            TestCorpus.Part(descriptor: TestCorpus.descriptor("nordic", jurisdiction: "NORDIC"),
                            sources: [TestCorpus.source("n1", plugin: "nordic", published: "2021")],
                            initiatives: [initiatives[3]]),
        ])
        let builder = FindingsBuilder(corpus: rebuilt, codebook: AnalysisCorpus.codebook, language: "en",
                                      budgetBasis: BudgetBasis(currency: "EUR"))
        let report = builder.report(selected: .init(initiatives: rebuilt.initiatives, conditions: []))
        let budgets = report.findings.filter { $0.kind == .budgets }
            .map { $0.text.replacingOccurrences(of: "\u{00A0}", with: " ") }
        #expect(budgets.count == 2)
        #expect(budgets[0].hasPrefix("The only budget in EUR, current prices is Initiative no-forum: EUR 12.5 million"))
        #expect(budgets[1].hasPrefix("Not ranked, as they could not be converted: Initiative nordic-declaration: SEK 300 million"))
        #expect(budgets[1].contains("no rate of SEK per EUR for 2021"))
    }

    @Test("periods: the busiest years, the ends in order, an open end, an unknown end")
    func periods() throws {
        let report = try AnalysisCorpus.report()
        #expect(findings(.overlap, in: report).map(\.text) == [
            "The most selected initiatives running at once are 3 of 4, during 2021: Initiative no-strategy, "
                + "Initiative dk-partnership and Initiative nordic-declaration.",
        ])
        #expect(findings(.periodEnds, in: report).map(\.text) == [
            "Periods end: 2021: Initiative dk-partnership; 2024: Initiative nordic-declaration; 2025: Initiative no-strategy.",
            "No end is set for Initiative no-forum.",
        ])
        let together = try AnalysisCorpus.report(["id=no-strategy,nordic-declaration"])
        #expect(findings(.overlap, in: together).map(\.text) == [
            "All 2 selected initiatives with a stated period run during 2021–2024.",
        ])
    }

    @Test("a fact no source states for any selected initiative is a gap in the evidence")
    func gaps() throws {
        let report = try AnalysisCorpus.report()
        let texts = findings(.gap, in: report).map(\.text)
        #expect(texts.contains("Gap in the evidence: no source states the chair of any of the 4 selected initiatives."))
        // The member count is known for one initiative: no gap.
        #expect(!texts.contains { $0.contains("members besides the chair") })
    }

    @Test("sources that disagree, one basis per source's value")
    func disagreements() throws {
        let report = try AnalysisCorpus.report(disputedMembers: true)
        let disagreement = try #require(findings(.disagreement, in: report).first)
        #expect(disagreement.text == "Sources disagree on the members besides the chair of Initiative dk-partnership: 26 / 27.")
        #expect(disagreement.basis.map(\.value) == ["26", "27"])
        #expect(disagreement.basis.map(\.footnotes).allSatisfy { $0.count == 1 })
        #expect(findings(.disagreement, in: try AnalysisCorpus.report()).isEmpty)
    }

    @Test("every footnote a finding cites is in the report's sources, and every source is cited")
    func citationsClose() throws {
        for language in ["en", "nb", "da"] {
            let report = try AnalysisCorpus.report(language: language)
            let cited = Set(report.findings.flatMap(\.footnotes))
            #expect(cited == Set(report.footnotes.map(\.number)))
        }
    }

    @Test("the same corpus gives the same findings in every language, with the same bases")
    func localised() throws {
        let english = try AnalysisCorpus.report(language: "en")
        let norwegian = try AnalysisCorpus.report(language: "nb")
        let danish = try AnalysisCorpus.report(language: "da")
        #expect(english.findings.map(\.kind) == norwegian.findings.map(\.kind))
        #expect(english.findings.map(\.kind) == danish.findings.map(\.kind))
        #expect(norwegian.findings.first { $0.kind == .involvement }?.text.hasPrefix("2 av 4 valgte tiltak har partene i arbeidslivet") == true)
        #expect(danish.title == "Resultater")
    }

    @Test("key findings: at most seven, the telling rules first, footnotes renumbered to what they cite")
    func keyFindings() throws {
        let report = try AnalysisCorpus.report(["id=no-strategy,dk-partnership"], against: ["id=no-forum"],
                                               disputedMembers: true)
        let key = report.keyFindings(limit: 3)
        #expect(key.id == "key-findings")
        #expect(key.title == "Key findings")
        #expect(key.findings.count == 3)
        #expect(key.findings.first?.kind == .groupDifference)
        #expect(key.findings.allSatisfy { !$0.basis.isEmpty })
        let cited = Set(key.findings.flatMap(\.footnotes))
        #expect(cited == Set(key.footnotes.map(\.number)))
        #expect(key.footnotes.map(\.number) == Array(1...key.footnotes.count))
        // Each renumbered footnote still names the source the full report cited there.
        for (full, short) in zip(report.findings.filter { $0.kind == .groupDifference }, key.findings) {
            for (fullCell, shortCell) in zip(full.basis, short.basis) {
                let before = fullCell.footnotes.compactMap { number in report.footnotes.first { $0.number == number }?.source }
                let after = shortCell.footnotes.compactMap { number in key.footnotes.first { $0.number == number }?.source }
                #expect(Set(before.map(\.id)) == Set(after.map(\.id)))
            }
        }
        #expect(try AnalysisCorpus.report(language: "da").keyFindings().title == "Hovedresultater")
        // Nothing is left out of findings about a few initiatives, and the legend says nothing of it.
        #expect(key.findings.allSatisfy { $0.basisLeftOut == 0 })
        #expect(key.legend == report.legend)
    }

    @Test("over more initiatives than a sentence names, the key report is still the choice from every finding")
    func keyReportOverManyInitiatives() throws {
        let base = AnalysisCorpus.corpus()
        let forum = try #require(base.initiatives.first { $0.id == "no-forum" })
        let forums = (1...12).map { index in
            var copy = forum
            copy.id = "no-forum-\(index)"
            return copy
        }
        let corpus = TestCorpus.corpus([
            TestCorpus.Part(descriptor: TestCorpus.descriptor("norway", jurisdiction: "NO"),
                            sources: [TestCorpus.source("s1", plugin: "norway"), TestCorpus.source("s2", plugin: "norway")],
                            initiatives: forums),
        ])
        let builder = FindingsBuilder(corpus: corpus, codebook: AnalysisCorpus.codebook, language: "en")
        let group = FindingsBuilder.Group(initiatives: corpus.initiatives, conditions: [])
        let key = builder.keyReport(selected: group)
        #expect(key == builder.report(selected: group).keyFindings())
        let unions = try #require(key.findings.first { $0.topic == InvolvementGroup.socialPartners.rawValue })
        // Eight forums named with their two social partners each; the other four forums' eight cells counted.
        #expect(unions.basis.count == 16 && unions.basisLeftOut == 8)
        #expect(unions.text.contains("and 4 more"), "\(unions.text)")
        // The twelve equal budgets rank in corpus order: eight named and cited, four counted.
        let budgets = try #require(key.findings.first { $0.kind == .budgets })
        #expect(budgets.basis.map(\.initiativeID) == (1...8).map { "no-forum-\($0)" })
        #expect(budgets.basisLeftOut == 4 && budgets.text.contains("and 4 more"), "\(budgets.text)")
    }

    @Test("each group of participants is the categories the README names")
    func involvementGroupsAreTheirCategories() {
        #expect(InvolvementGroup.socialPartners.categories == [.tradeUnion, .employersOrganisation, .socialPartners])
        #expect(InvolvementGroup.business.categories == [.business, .businessAssociation, .employersOrganisation])
        #expect(InvolvementGroup.municipalities.categories == [.municipalSector])
        #expect(InvolvementGroup.academia.categories == [.academia])
    }

    @Test("a sentence names at most eight initiatives or budgets and counts the rest")
    func sentencesNameEightAndCountTheRest() {
        let phrases = FindingsPhrases("en")
        let entries = (1...10).map { "I\($0): EUR \($0) million" }
        let ranking = phrases.ranking(entries, basis: "EUR")
        #expect(ranking.contains("I8: EUR 8 million and 2 more"), "\(ranking)")
        #expect(!ranking.contains("I9"))
        #expect(phrases.ranking(Array(entries.prefix(8)), basis: "EUR").hasSuffix("I8: EUR 8 million."))
        #expect(phrases.list(["A", "B"], total: 12).hasSuffix("and 10 more"))
    }

    @Test("in a briefing, a finding cites the cells of the initiatives it names and counts the others")
    func keyFindingsCiteTheNamedInitiatives() throws {
        var report = try AnalysisCorpus.report()
        let number = try #require(report.footnotes.first?.number)
        let cells = (1...10).flatMap { index in
            ["lead", "participants"].map { row in
                FindingBasis(initiativeID: "i\(index)", initiativeName: "I\(index)", rowID: row, rowLabel: row,
                             value: "v", footnotes: [number])
            }
        }
        report.findings = [Finding(kind: .involvement, topic: "business", text: "Ten initiatives.", basis: cells)]
        let key = report.keyFindings()
        let finding = try #require(key.findings.first)
        // The statement names at most eight (FindingsPhrases.list): their cells, in order; the other two's are counted.
        #expect(finding.basis.map(\.initiativeID) == (1...8).flatMap { ["i\($0)", "i\($0)"] })
        #expect(finding.basisLeftOut == 4)
        #expect(key.footnotes.map(\.number) == [1])
        #expect(key.legend.hasPrefix(report.legend + " "))
        #expect(key.legend.hasSuffix("'nordic-compare findings' lists every cell it rests on."))
        #expect(report.findings[0].basisLeftOut == 0, "the full report keeps every cell")
    }

    @Test("the key findings computed rule by rule, stopping early, are those chosen from every finding", arguments: [1, 3, 7, 20])
    func keyReportStopsEarlyWithTheSameChoice(limit: Int) throws {
        for disputed in [false, true] {
            let corpus = AnalysisCorpus.corpus(disputedMembers: disputed)
            let builder = FindingsBuilder(corpus: corpus, codebook: AnalysisCorpus.codebook, language: "en")
            let group = FindingsBuilder.Group(initiatives: corpus.initiatives, conditions: [])
            #expect(builder.keyReport(selected: group, limit: limit) == builder.report(selected: group).keyFindings(limit: limit))
        }
    }
}


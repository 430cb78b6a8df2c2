import Testing
@testable import ComparisonKit

/// Citations, code lists and initiative ids.
@Suite("Validation: sources, code lists, duplicate initiatives")
struct SourceAndCodeRuleTests {
    let file = TestCorpus.swedishFile

    @Test func anUndeclaredSourceIsAnErrorWithDidYouMean() throws {
        let context = TestCorpus.cleanEditingSwedish { initiative in
            initiative.memberCount = Fact([TestCorpus.known(8, TestCorpus.cite(
                "pres-2024", plugin: "sweden", file: file, line: 14))])
        }
        let diagnostics = UndeclaredSourceRule().validate(context)
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(error.severity == .error)
        #expect(error.location == SourceLocation(file: file, line: 14, column: 3))
        #expect(error.message == "source 'pres-2024' is not declared in plugin 'sweden'; did you mean 'press-2024'? "
                    + "(declare it under 'sources:' in the plugin's plugin.yaml)")
    }

    @Test func aSourceOfAnotherPluginIsNotDeclaredHere() {
        let context = TestCorpus.cleanEditingSwedish { initiative in
            initiative.chair = Fact([TestCorpus.known("Carl-Henric Svanberg", TestCorpus.cite(
                "reg-2021-694", plugin: "sweden", file: file, line: 15))])
        }
        let messages = UndeclaredSourceRule().validate(context).map(\.message)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("source 'reg-2021-694' is not declared in plugin 'sweden'") == true)
    }

    @Test func everyKindOfCitationIsChecked() {
        let context = TestCorpus.cleanEditingSwedish { initiative in
            let bad = { (line: Int) in TestCorpus.cite("missing", plugin: "sweden", file: file, line: line) }
            initiative.defaultCitation = bad(2)
            initiative.status = Fact([TestCorpus.known(.active, bad(3))])
            initiative.participants = [Participant(organisation: Organisation(name: "Vinnova"), citation: bad(4))]
            initiative.goals = [Goal(text: TestCorpus.text(("en", "More AI")), citation: bad(5))]
            initiative.components[0].citation = bad(6)
        }
        let lines = UndeclaredSourceRule().validate(context).map(\.location.line).sorted()
        #expect(lines == [2, 3, 4, 5, 6])
    }

    @Test
    func differentUndeclaredSourcesAtOneLocationAreEachReported() {
        let here = SourceLocation.synthetic("SwedishAIPlugin.swift")
        let context = TestCorpus.cleanEditingSwedish { initiative in
            initiative.chair = Fact([TestCorpus.known("A", Citation(pluginID: "sweden", sourceID: "one", location: here))])
            initiative.meetings = Fact([TestCorpus.known(TestCorpus.text(("en", "monthly")),
                                                         Citation(pluginID: "sweden", sourceID: "two", location: here))])
        }
        #expect(UndeclaredSourceRule().validate(context).count == 2)
    }

    @Test func anUnknownJurisdictionIsAnError() throws {
        let context = TestCorpus.cleanEditingSwedish { $0.jurisdiction = "XX" }
        let error = try #require(CodeListRule().validate(context).first)
        #expect(error.severity == .error)
        #expect(error.location == SourceLocation(file: file, line: 1, column: 1))
        #expect(error.message.hasPrefix("unknown jurisdiction 'XX'; use an id of the codebook's jurisdictions"))
    }

    @Test func aPluginsUnknownJurisdictionIsReportedAtItsManifest() {
        var part = TestCorpus.euPart()
        part.descriptor.jurisdiction = "EUU"
        let context = ValidationContext(corpus: TestCorpus.corpus([TestCorpus.swedishPart(), part]),
                                        codebook: TestCorpus.codebook(), views: [])
        let diagnostics = CodeListRule().validate(context)
        #expect(diagnostics.map(\.location) == [TestCorpus.manifest("eu-dep")])
        #expect(diagnostics.first?.message.contains("unknown jurisdiction 'EUU'") == true)
    }

    @Test func lowerCaseCodesAreNotCodes() {
        let context = TestCorpus.cleanEditingSwedish { $0.jurisdiction = "se" }
        #expect(CodeListRule().validate(context).count == 1)
    }

    @Test func anUnknownCurrencyIsAnErrorWithDidYouMean() throws {
        let context = TestCorpus.cleanEditingEU { initiative in
            initiative.budget.claims[0].content = .known(Budget(amount: .exact(7588), currency: "EUX", scale: .million))
        }
        let diagnostics = CodeListRule().validate(context)
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(error.severity == .error)
        #expect(error.location == SourceLocation(file: TestCorpus.euFile, line: 38, column: 3))
        #expect(error.message.contains("unknown currency code 'EUX'"))
        #expect(error.message.hasSuffix("; did you mean 'EUR'?"))
    }

    @Test func aDuplicateInitiativeAcrossPluginsNamesTheFirstLocation() throws {
        var eu = TestCorpus.euPart()
        eu.initiatives.append(TestCorpus.initiative("se-ai-commission", plugin: "eu-dep", jurisdiction: "EU",
                                                    source: "reg-2021-694", line: 90))
        let context = ValidationContext(corpus: TestCorpus.corpus([TestCorpus.swedishPart(), eu]),
                                        codebook: TestCorpus.codebook(), views: [])
        let diagnostics = DuplicateInitiativeRule().validate(context)
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(error.severity == .error)
        #expect(error.location == SourceLocation(file: TestCorpus.file(of: "se-ai-commission", plugin: "eu-dep"),
                                                 line: 90, column: 1))
        #expect(error.message == "duplicate initiative id 'se-ai-commission' (plugin 'eu-dep'): already defined at "
                    + "\(TestCorpus.swedishFile):1:1 (plugin 'sweden'); initiative ids must be unique across all plugins")
        // The corpus resolves the id to the first definition.
        #expect(context.corpus.initiative("se-ai-commission")?.pluginID == "sweden")
    }
}

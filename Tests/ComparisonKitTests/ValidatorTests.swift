import Testing
@testable import ComparisonKit

@Suite("Validator")
struct ValidatorTests {
    @Test func standardRulesRunInDocumentedOrder() {
        #expect(Validator.standardRules.map(\.identifier) == [
            "duplicate-initiative", "undeclared-source", "code-list", "period", "budget", "mixed-price-basis", "component",
            "theme-reference", "related-initiative", "view-dimension", "indicator-value", "view-initiative", "name-language",
            "label-language", "translation-coverage", "disagreement", "uncovered-theme", "involvement-theme", "ended-status",
            "view-selection",
        ])
    }

    @Test func theCleanCorpusPassesEveryRule() {
        #expect(Validator().validate(TestCorpus.clean()).map(\.description) == [])
    }

    @Test(arguments: Validator.standardRules.map(\.identifier))
    func eachRuleIsSilentOnTheCleanCorpus(_ identifier: String) throws {
        let rule = try #require(Validator.standardRules.first { $0.identifier == identifier })
        #expect(rule.validate(TestCorpus.clean()).map(\.description) == [])
    }

    @Test func outputIsSortedByFileLineAndColumn() {
        // Problems found by rules that run in a different order from the files they point to.
        var context = TestCorpus.cleanEditingSwedish { initiative in
            initiative.jurisdiction = "XX"                               // code-list, line 1 of the Swedish file
            initiative.memberCount = Fact([TestCorpus.known(8, TestCorpus.cite(
                "pres-2024", plugin: "sweden", file: TestCorpus.swedishFile, line: 14))])  // undeclared, line 14
        }
        context.views = [TestCorpus.view("overview", rows: ["budgte"])]  // view-dimension, config/nordic-compare.yaml
        context.codebook = TestCorpus.codebook(themes: TestCorpus.themeIDs + ["privacy"])  // uncovered, config/themes.yaml
        let diagnostics = Validator().validate(context)
        #expect(diagnostics.map(\.location) == diagnostics.map(\.location).sorted())
        #expect(diagnostics.map { "\($0.location.file):\($0.location.line)" } == [
            "config/nordic-compare.yaml:7",
            "config/themes.yaml:14",
            "plugins/sweden/initiatives/se-ai-commission.yaml:1",
            "plugins/sweden/initiatives/se-ai-commission.yaml:14",
        ])
    }

    @Test func sameLocationIsOrderedByMessage() {
        let here = SourceLocation(file: "a.yaml", line: 1, column: 1)
        let sorted = [Diagnostic.error("b", at: here), .warning("a", at: here),
                      .error("z", at: SourceLocation(file: "a.yaml", line: 0, column: 9))].sortedForDisplay()
        #expect(sorted.map(\.message) == ["z", "a", "b"])
    }
}

@Suite("Diagnostic")
struct DiagnosticTests {
    @Test func descriptionIsPathLineColumnSeverityMessage() {
        let location = SourceLocation(file: "plugins/norway/initiatives/forum.yaml", line: 12, column: 7)
        #expect(Diagnostic.error("unknown theme 'aii'", at: location).description
                    == "plugins/norway/initiatives/forum.yaml:12:7: error: unknown theme 'aii'")
        #expect(Diagnostic.warning("theme 'privacy' is covered by no enabled initiative", at: location).description
                    == "plugins/norway/initiatives/forum.yaml:12:7: warning: theme 'privacy' is covered by no enabled initiative")
    }

    @Test func syntheticLocationsPointAtLineOne() {
        #expect(SourceLocation.synthetic("SwedishAIPlugin.swift").description == "SwedishAIPlugin.swift:1:1")
    }

    @Test func errorsOutrankWarnings() {
        #expect(Diagnostic.Severity.warning < .error)
        #expect(!(Diagnostic.Severity.error < .warning))
        let here = SourceLocation.synthetic("x")
        #expect([Diagnostic.warning("w", at: here)].containsErrors == false)
        #expect([Diagnostic.warning("w", at: here), .error("e", at: here)].containsErrors)
    }

    @Test func locationsOrderByFileThenLineThenColumn() {
        let a = SourceLocation(file: "a.yaml", line: 10, column: 1)
        let b = SourceLocation(file: "a.yaml", line: 9, column: 30)
        let c = SourceLocation(file: "b.yaml", line: 1, column: 1)
        let d = SourceLocation(file: "a.yaml", line: 10, column: 2)
        #expect([c, d, a, b].sorted() == [b, a, d, c])
    }
}

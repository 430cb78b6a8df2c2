import Testing
@testable import ComparisonKit

/// Themes, related initiatives, views, names, disagreements and coverage.
@Suite("Validation: references, names, disagreement, coverage")
struct ReferenceRuleTests {
    let file = TestCorpus.swedishFile

    @Test func anUnknownThemeIsAnErrorWithDidYouMean() throws {
        let context = TestCorpus.cleanEditingSwedish { initiative in
            initiative.themes.append(TestCorpus.theme("interoperabilty", .secondary, file: file, line: 25))
        }
        let diagnostics = ThemeReferenceRule().validate(context)
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(error.severity == .error)
        #expect(error.location == SourceLocation(file: file, line: 25, column: 5))
        #expect(error.message == "unknown theme 'interoperabilty'; did you mean 'interoperability'? "
                    + "(themes are declared in the codebook's themes file)")
    }

    @Test func componentThemesAreCheckedToo() {
        let context = TestCorpus.cleanEditingSwedish { initiative in
            initiative.components[0].themes = [TestCorpus.theme("knitting", file: file, line: 21)]
        }
        let diagnostics = ThemeReferenceRule().validate(context)
        #expect(diagnostics.map(\.location.line) == [21])
        #expect(diagnostics.first?.message.hasPrefix("unknown theme 'knitting' (") == true)
    }

    @Test func aMissingRelatedInitiativeIsAWarning() throws {
        let context = TestCorpus.cleanEditingSwedish { $0.related = ["eu-digital-europa"] }
        let diagnostics = RelatedInitiativeRule().validate(context)
        let warning = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.location == SourceLocation(file: file, line: 1, column: 1))
        #expect(warning.message == "'se-ai-commission' is related to 'eu-digital-europa', which no enabled plugin "
                    + "defines; did you mean 'eu-digital-europe'?")
    }

    @Test func aViewNamingAnUnknownDimensionIsAnError() throws {
        var context = TestCorpus.clean()
        context.views.append(TestCorpus.view("budgets", rows: ["budget", "budgte", "colour"]))
        let diagnostics = ViewDimensionRule().validate(context)
        #expect(diagnostics.map(\.severity) == [.error, .error])
        #expect(diagnostics.map(\.message) == [
            "view 'budgets' names unknown dimension 'budgte'; did you mean 'budget'?",
            "view 'budgets' names unknown dimension 'colour'",
        ])
        #expect(diagnostics.first?.location.file == "config/nordic-compare.yaml")
    }

    @Test func aNameMissingInEnglishIsAWarning() throws {
        let context = TestCorpus.cleanEditingSwedish { $0.name = TestCorpus.text(("sv", "AI-kommissionen")) }
        let diagnostics = NameLanguageRule().validate(context)
        let warning = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.message == "'se-ai-commission' has no name in 'en'")
    }

    @Test func aNameMissingInTheOriginalLanguageIsAWarning() {
        let context = TestCorpus.cleanEditingSwedish { $0.name = TestCorpus.text(("en", "AI Commission")) }
        #expect(NameLanguageRule().validate(context).map(\.message) == ["'se-ai-commission' has no name in 'sv'"])
    }

    @Test func aUniversalNameCountsForEveryLanguage() {
        let context = TestCorpus.cleanEditingSwedish { $0.name = LocalizedText(universal: "Vinnova AI") }
        #expect(NameLanguageRule().validate(context).isEmpty)
    }

    @Test func aDisagreementIsAWarning() throws {
        let context = TestCorpus.cleanEditingSwedish { initiative in
            initiative.memberCount.claims.append(TestCorpus.known(
                9, TestCorpus.cite("prop-2023", plugin: "sweden", file: file, line: 15)))
        }
        let diagnostics = DisagreementRule().validate(context)
        let warning = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.location.line == 14)
        #expect(warning.message == "sources disagree on 'member-count' of 'se-ai-commission': 'press-2024', "
                    + "'prop-2023' give different values; tables show all of them")
    }

    @Test func aDatedHistoryIsNotADisagreement() {
        let context = TestCorpus.cleanEditingSwedish { initiative in
            initiative.memberCount = Fact([
                TestCorpus.known(8, TestCorpus.cite("press-2024", plugin: "sweden", line: 14), asOf: "2023-12"),
                TestCorpus.known(9, TestCorpus.cite("prop-2023", plugin: "sweden", line: 15), asOf: "2024-03"),
            ])
        }
        #expect(DisagreementRule().validate(context).isEmpty)
    }

    @Test func anUncoveredThemeIsAWarning() throws {
        var context = TestCorpus.clean()
        context.codebook = TestCorpus.codebook(themes: ["privacy"] + TestCorpus.themeIDs)
        let diagnostics = UncoveredThemeRule().validate(context)
        let warning = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.location == SourceLocation(file: "config/themes.yaml", line: 4, column: 5))
        #expect(warning.message == "theme 'privacy' is covered by no enabled initiative")
    }

    @Test func anEmptyCorpusLeavesThemesUnreported() {
        let context = ValidationContext(corpus: TestCorpus.corpus([]), codebook: TestCorpus.codebook(), views: [])
        #expect(UncoveredThemeRule().validate(context).isEmpty)
    }
}

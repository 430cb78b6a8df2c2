import Testing
@testable import ComparisonKit

/// `validate` tells a plugin's author, per plugin, how many texts a briefing shows lack each briefing language, and
/// where the first few are.
@Suite("Validation: texts in the briefing languages")
struct TranslationCoverageRuleTests {
    static func context(languages: [LanguageCode], _ edit: (inout Initiative) -> Void) -> ValidationContext {
        var context = TestCorpus.cleanEditingSwedish(edit)
        context.languages = languages
        return context
    }

    @Test func aPluginsTextsThatLackALanguageAreCountedPerLanguageWithTheirPlaces() throws {
        let context = Self.context(languages: ["en", "nb", "da"]) { initiative in
            initiative.summary = TestCorpus.text(("sv", "En kommission."), ("en", "A commission."), ("nb", "En kommisjon."))
            initiative.goals = [Goal(text: TestCorpus.text(("sv", "Ett mål."), ("en", "A goal.")),
                                     note: LocalizedText(universal: "A plain remark: its language is not said."),
                                     citation: initiative.defaultCitation)]
        }
        let warnings = TranslationCoverageRule().validate(context).filter { $0.message.contains("'sweden'") }
        let warning = try #require(warnings.first)
        #expect(warnings.count == 1, "one warning per plugin")
        #expect(warning.severity == .warning)
        // The summary lacks only Danish; the plain note lacks all three; the goal (sv and en) lacks nb and da.
        #expect(warning.message.contains("lack 'da'"), "\(warning.message)")
        #expect(warning.message.contains("lack 'nb'"), "\(warning.message)")
        #expect(warning.message.contains("1 lack 'en'"), "\(warning.message)")
        #expect(warning.message.contains(TestCorpus.swedishFile + ":"), "names the places: \(warning.message)")
        #expect(warning.message.contains("{ en: …, nb: …, da: … }"))
    }

    @Test func onlyTheConfiguredLanguagesAreAskedFor() {
        let context = Self.context(languages: ["en"]) { initiative in
            initiative.summary = TestCorpus.text(("en", "A commission."))
        }
        #expect(TranslationCoverageRule().validate(context).allSatisfy { !$0.message.contains("lack 'nb'") })
    }

    @Test func aPlainTitleReadsTheSameInEveryLanguageButPlainProseDoesNot() {
        let title = Self.context(languages: ["en", "nb"]) { initiative in
            initiative.summary = TestCorpus.text(("en", "A commission."), ("nb", "En kommisjon."))
            initiative.components[0].title = LocalizedText(universal: "AI")
        }
        var displayed: [(LocalizedText, Bool, ComparisonKit.SourceLocation)] = []
        TranslationCoverageRule.forEachDisplayedText(of: title.corpus.initiatives[0]) { displayed.append(($0, $1, $2)) }
        #expect(!displayed.contains {
            $0.0 == LocalizedText(universal: "AI") && $0.1
        })
        let prose = Self.context(languages: ["en", "nb"]) { initiative in
            initiative.summary = LocalizedText(universal: "A commission.")
        }
        #expect(TranslationCoverageRule().validate(prose).contains { $0.message.contains("'sweden'") })
    }
}

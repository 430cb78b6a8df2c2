import Foundation
import Testing
@testable import ComparisonKit

/// The language files (`Sources/LanguageFiles/Languages/<code>.json`): the tool's languages are exactly the files
/// present, English declares exactly the phrases `Phrase` names, and every other file has exactly those phrases with
/// English's placeholders and one form per plural category of its own rule. Adding a language is adding its file;
/// this suite is the test that says what it lacks.
@Suite struct LanguageFileTests {
    /// The folder of the language files.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/LanguageFiles/Languages")

    /// A file's text, from the repository.
    static func text(_ code: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(code + ".json"), encoding: .utf8)
    }

    /// Compiles `json` as a language file checked against English; the problems, or none.
    static func problems(_ json: String) -> [String] {
        do {
            let file = try JSONDecoder().decode(LanguageFile.self, from: Data(json.utf8))
            _ = try LanguagePack(file, reference: LanguagePacks.english)
            return []
        } catch let error as LanguageFileError {
            return error.problems
        } catch {
            return ["\(error)"]
        }
    }

    @Test func theToolsLanguagesAreExactlyTheFilesPresentEnglishFirst() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
        let codes = files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
        #expect(LanguagePacks.codes.sorted() == codes,
                "register every file of Sources/LanguageFiles/Languages in LanguageFiles.all, and only those")
        #expect(LanguagePacks.codes.first == "en")
        #expect(Vocabulary.supportedLanguages == LanguagePacks.codes)
        #expect(files.allSatisfy { $0.hasSuffix(".json") }, "only language files in \(Self.folder.path): \(files)")
    }

    @Test func theEnglishFileDeclaresExactlyThePhrasesTheToolWrites() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(Self.text("en").utf8)) as? [String: Any])
        let phrases = try #require(json["phrases"] as? [String: Any])
        let keys = Set(Phrase.allCases.map { String(describing: $0) })
        #expect(Set(phrases.keys).subtracting(keys).sorted() == [], "in en.json but not in Phrase")
        #expect(keys.subtracting(phrases.keys).sorted() == [], "in Phrase but not in en.json")
    }

    @Test(arguments: LanguagePacks.codes)
    func everyLanguageFileHasEveryPhraseWithEnglishsPlaceholdersAndItsPluralForms(code: String) throws {
        do {
            let pack = try LanguagePacks.compile(code)
            #expect(pack.code == code)
            #expect(pack.months.count == 12)
        } catch {
            Issue.record("\(error)")
        }
        // The file's language names include every language the tool writes in, for the legend of marked text.
        let names = LanguagePacks.pack(for: code).languageNames
        #expect(LanguagePacks.codes.filter { names[$0] == nil } == [], "\(code).json: languageNames lacks these")
    }

    @Test func aMissingAnExtraAWronglyFilledAndAnIncompletePluralPhraseAreEachNamed() throws {
        var json = try Self.text("sv")
        for (old, new) in [("\"notRecorded\": \"inte registrerat\",\n", ""),
                           ("\"notStated\":", "\"notStatedd\": \"x\",\n    \"notStated\":"),
                           ("\"asOf\": \"per den {date}\"", "\"asOf\": \"per den {datum}\""),
                           ("\"rate\": {\"one\": \"kurs\", \"other\": \"kurser\"}", "\"rate\": \"kurs\""),
                           ("\"perYear\": {\"one\": \"per år under {count} år\", ", "\"perYear\": {"),
                           ("\"changesFromTo\": \"Förändringar från {from} till {to}\"",
                            "\"changesFromTo\": \"Förändringar från {from till {to}\"")] {
            let edited = json.replacingOccurrences(of: old, with: new)
            try #require(edited != json, "sv.json no longer has \(old)")
            json = edited
        }
        let problems = Self.problems(json)
        #expect(problems.count == 6, "\(problems)")
        for key in ["'notRecorded' is missing", "'notStatedd' is not a phrase", "'asOf' has the placeholders",
                    "'rate' must be plural", "'perYear' gives the plural forms", "'changesFromTo' has an unbalanced brace"] {
            #expect(problems.contains { $0.contains(key) }, "no problem says \(key): \(problems)")
        }
        #expect(Self.problems(try Self.text("sv")) == [])
    }

    @Test func aFileWithoutItsConventionsIsRefusedWithEachOneNamed() throws {
        var json = try Self.text("sv")
        json = json.replacingOccurrences(of: "\"plural\": {\"one\": \"n = 1\"}", with: "\"plural\": {\"one\": \"n is 1\"}")
        json = json.replacingOccurrences(of: "\"januari\", ", with: "")
        json = json.replacingOccurrences(of: "\"order\": [\"amount\", \"scale\", \"currency\"]",
                                         with: "\"order\": [\"amount\", \"amount\", \"currency\"]")
        let problems = Self.problems(json)
        for part in ["plural: cannot read the condition 'n is 1'", "dates.months: 11 names", "money.order"] {
            #expect(problems.contains { $0.contains(part) }, "no problem says \(part): \(problems)")
        }
    }

    @Test func pluralRulesReadCLDRConditionsForWholeCounts() throws {
        let english = try PluralRule(["one": "n = 1"])
        #expect([0, 1, 2, 21].map { PluralRule.categories[english.category(of: $0)] } == ["other", "one", "other", "other"])
        // Icelandic, as CLDR writes it: one for 1, 21, 31 … but not 11.
        let icelandic = try PluralRule(["one": "t = 0 and i % 10 = 1 and i % 100 != 11 or t != 0"])
        #expect([1, 11, 21, 111, 2].map { PluralRule.categories[icelandic.category(of: $0)] }
                == ["one", "other", "one", "other", "other"])
        // Polish, as CLDR writes it: few and many, with ranges and lists.
        let few = try PluralRule(["one": "i = 1 and v = 0", "few": "v = 0 and i % 10 = 2..4 and i % 100 != 12..14",
                                  "many": "v = 0 and i != 1 and i % 10 = 0,1 or v = 0 and i % 10 = 5..9 "
                                      + "or v = 0 and i % 100 = 12..14"])
        #expect([1, 2, 12, 22, 5, 11].map { PluralRule.categories[few.category(of: $0)] }
                == ["one", "few", "many", "few", "many", "many"])
        #expect(few.usedCategories == ["one", "few", "many", "other"])
        #expect(throws: LanguageFileError.self) { try PluralRule(["other": "n = 1"]) }
        #expect(throws: LanguageFileError.self) { try PluralRule(["one": "n == 1"]) }
    }

    @Test func swedishIsWrittenWithItsOwnWordsNumbersDatesAndPlurals() throws {
        let swedish = ValueFormatter(language: "sv")
        #expect(swedish.vocabulary.language == "sv")
        #expect(swedish.vocabulary.notStated == "anges inte i källorna")
        #expect(swedish.number(Decimal(string: "7588.25")!) == "7\u{00A0}588,25")
        #expect(swedish.date(try PartialDate(parsing: "2021-03-16")) == "16\u{00A0}mars\u{00A0}2021")
        #expect(swedish.budget(Budget(amount: .exact(7588), currency: "EUR", scale: .million))
                == "7\u{00A0}588\u{00A0}mn\u{00A0}euro")
        #expect(swedish.vocabulary.comparedSubtitle(initiatives: 1, jurisdictions: ["Sverige"]) == "1 initiativ från Sverige")
        #expect(swedish.vocabulary.comparedSubtitle(initiatives: 3, jurisdictions: ["Sverige", "Norge", "Danmark"],
                                                    asOf: "31\u{00A0}december\u{00A0}2020")
                == "3 initiativ från Sverige, Norge och Danmark, per den 31\u{00A0}december\u{00A0}2020")
        #expect(swedish.vocabulary.languageLegend(["da"]) == "‹da› danska: text som inte finns på svenska, visad på det språk den finns på.")
        #expect(Vocabulary.supportedLanguage(meantBy: "SV-se") == "sv")
        #expect(Vocabulary.supportedLanguage(meantBy: "swe") == "sv")
        // English's plural forms still differ where Swedish's do not.
        let english = Vocabulary("en")
        #expect(english.perYear(over: 1) == "per year over 1 year" && english.perYear(over: 7) == "per year over 7 years")
        #expect(swedish.vocabulary.perYear(over: 1) == "per år under 1 år")
    }
}

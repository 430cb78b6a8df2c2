import Foundation
import TestSupport
import Testing

/// The configuration's briefing languages, as the real executable reads them: what `validate` asks the plugins for,
/// and what a Norwegian briefing shows where a plugin lacks Norwegian.
@Suite struct BriefingLanguageTests {
    /// The shipped project with its configuration's `languages:` line replaced.
    static func project(languages: String?) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.copyShippedProject()
        guard let languages else { return folder }
        let path = folder.url.appendingPathComponent("config/nordic-compare.yaml")
        let text = try String(contentsOf: path, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "languages: [en, nb, da]", with: "languages: " + languages)
        try #require(edited != text, "the shipped configuration names its briefing languages")
        try Data(edited.utf8).write(to: path)
        return folder
    }

    @Test func anUnsupportedBriefingLanguageIsAnErrorAtItsPlaceWithADidYouMean() throws {
        let folder = try Self.project(languages: "[en, nb, dk]")
        let result = try CommandRunner.run(["validate"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.standardError.contains("config/nordic-compare.yaml:13:21:"), "\(result.standardError)")
        #expect(result.standardError.contains("unsupported briefing language 'dk'"), "\(result.standardError)")
        #expect(result.standardError.contains("did you mean 'da'?"), "\(result.standardError)")
    }

    @Test func validateCountsPerPluginTheTextsThatLackABriefingLanguage() throws {
        let folder = try Self.project(languages: nil)
        let file = folder.url.appendingPathComponent("plugins/denmark/initiatives/digitalisation-partnership.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let withoutNorwegian = text.replacingOccurrences(of: "      nb: medlem som administrerende direktør i IT-Branchen\n",
                                                         with: "")
        try #require(withoutNorwegian != text)
        try Data(withoutNorwegian.utf8).write(to: file)
        let result = try CommandRunner.run(["validate"], in: folder.url)
        #expect(result.status == 0, "a warning, not an error: \(result.standardError)")
        #expect(result.standardError.contains("warning: plugin 'denmark': texts a briefing shows lack its languages: "
                                              + "1 lack 'nb' (plugins/denmark/initiatives/digitalisation-partnership.yaml:"),
                "\(result.standardError)")
        // The Norwegian briefing shows the Danish original, marked, and its legend says what the mark means.
        let shown = try CommandRunner.run(["--view", "governance", "--lang", "nb", "-q"], in: folder.url)
        #expect(shown.standardOutput.contains("medlem som administrerende direktør for IT-Branchen ‹da›"))
        #expect(shown.standardOutput.contains("‹da› dansk: tekst som ikke finnes på norsk"))
    }

    /// Swedish, added as one language file: the real executable accepts it as a briefing language and as `--lang`,
    /// writes its words in every format, and shows plugin text that has no Swedish in its original language, marked.
    @Test func aSwedishBriefingIsWrittenInSwedish() throws {
        let folder = try Self.project(languages: "[en, sv]")
        let validated = try CommandRunner.run(["validate"], in: folder.url)
        #expect(validated.status == 0, "sv is a briefing language: \(validated.standardError)")
        #expect(validated.standardError.contains("lack 'sv'"), "\(validated.standardError)")

        let result = try CommandRunner.run(["run", "--lang", "sv", "--format", "markdown,html,latex", "--output", "out",
                                            "-q"], in: folder.url)
        try #require(result.status == 0, "\(result.standardError)")
        func read(_ name: String) throws -> String {
            try String(contentsOf: folder.url.appendingPathComponent("out/" + name), encoding: .utf8)
        }
        let html = try read("briefing.html")
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"))
        for words in ["<h1>Digitaliseringsinitiativ i jämförelse</h1>", "Innehåll", "<h2>Källor", "Nyaste källa",
                      "Alla daterade värden för varje uppgift", "anges inte i källorna",
                      "7\u{00A0}588\u{00A0}mn\u{00A0}euro, löpande priser", "(beslutad, 29\u{00A0}april\u{00A0}2021)",
                      "‹da› danska: text som inte finns på svenska"] {
            #expect(html.contains(words), "the Swedish HTML lacks \(words)")
        }
        for english in ["not stated in the sources", ">Sources<", ">Contents<", "Newest source", "current prices"] {
            #expect(!html.contains(english), "the Swedish HTML has the tool's English \(english)")
        }
        let latex = try read("briefing.tex")
        #expect(latex.contains("\\usepackage[swedish]{babel}"))
        #expect(latex.contains("fortsätter på nästa sida"))
        #expect(try read("overview.md").contains("anges inte i källorna"))
    }
}

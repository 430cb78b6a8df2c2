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
}

import Foundation
import Testing

/// The closing "note: N warnings" line, from the real executable: printed by the commands whose output goes into a
/// briefing (`print`, `run`), with how many disagreements are acknowledged, and by no other; an acknowledged
/// disagreement is a note that `validate --strict` lets pass.
@Suite struct WarningNoteTests {
    /// A copy of the shipped project with one more theme, which no initiative covers: one warning, besides the
    /// shipped plugins' acknowledged disagreement.
    static func projectWithAWarning() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.copyShippedProject()
        let themes = folder.url.appendingPathComponent("config/themes.yaml")
        let text = try String(contentsOf: themes, encoding: .utf8)
        try Data((text + "  - id: space\n    label: { en: Space, nb: Rom, da: Rum }\n").utf8).write(to: themes)
        return folder
    }

    @Test func theShippedPluginsPassStrictValidationWithTheirDisagreementAcknowledged() throws {
        let strict = try CommandRunner.run(["validate", "--strict"])
        #expect(strict.status == 0, "\(strict.standardError)")
        #expect(strict.standardOutput == "ok: 4 plugins, 11 initiatives: 0 errors, 0 warnings, 1 acknowledged\n")
        #expect(strict.standardError.contains(": note: sources disagree on 'member-count' of "
                                              + "'dk-digitalisation-partnership'"), "\(strict.standardError)")
        #expect(strict.standardError.contains("(acknowledged: IT-Branchen's article counts 26"), "\(strict.standardError)")
        // Still shown with both sources.
        let shown = try CommandRunner.run(["show", "dk-digitalisation-partnership"])
        let row = try #require(shown.standardOutput.split(separator: "\n").first { $0.hasPrefix("| Members besides the chair") })
        #expect(row.contains("| 26 [") && row.contains("<br>27 (") && row.contains("sources disagree"))
    }

    @Test func withNothingToSeeTheCommandsEndQuietly() throws {
        let result = try CommandRunner.run([])
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty, "\(result.standardError)")
    }

    @Test(arguments: [["print"], ["run", "--format", "csv", "--view", "overview"]])
    func aBriefingCommandNotesItsWarningsAndTheAcknowledgedOnes(arguments: [String]) throws {
        let folder = try Self.projectWithAWarning()
        var arguments = arguments
        if arguments[0] == "run" { arguments += ["--output", folder.url.appendingPathComponent("out").path] }
        let result = try CommandRunner.run(arguments, in: folder.url)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError == "note: 1 warning (and 1 acknowledged); run 'nordic-compare validate' to see them.\n")
        let strict = try CommandRunner.run(["validate", "--strict"], in: folder.url)
        #expect(strict.status == 1)
        #expect(strict.standardError.contains("warning: theme 'space' is covered by no enabled initiative"))
    }

    @Test(arguments: [["list"], ["list", "views"], ["show", "dk-digitalisation-partnership"]])
    func aCommandForWhichWarningsDoNotMatterSaysNothingOfThem(arguments: [String]) throws {
        let folder = try Self.projectWithAWarning()
        let result = try CommandRunner.run(arguments, in: folder.url)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty, "\(result.standardError)")
    }
}

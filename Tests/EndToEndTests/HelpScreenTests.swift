import Foundation
import Testing

/// Every `--help` screen, word for word, against reviewed text files in `Golden/help/` (as swift-argument-parser's
/// own `MathExampleTests` pin its examples' help): a change to any help text shows up as a diff to review.
/// Regenerate with NORDIC_COMPARE_UPDATE_GOLDEN=1 swift test --filter HelpScreenTests, then read the files.
@Suite struct HelpScreenTests {
    /// Each command path, as typed after `nordic-compare`, with the name of its golden file.
    static let screens: [(path: [String], file: String)] = [
        ([], "nordic-compare.txt"),
        (["print"], "print.txt"),
        (["run"], "run.txt"),
        (["findings"], "findings.txt"),
        (["list"], "list.txt"),
        (["show"], "show.txt"),
        (["diff"], "diff.txt"),
        (["validate"], "validate.txt"),
        (["new"], "new.txt"),
        (["new", "project"], "new-project.txt"),
        (["new", "plugin"], "new-plugin.txt"),
        (["new", "initiative"], "new-initiative.txt"),
        (["schema"], "schema.txt"),
    ]

    @Test(arguments: screens.map(\.file))
    func theHelpScreenIsTheReviewedOne(file: String) throws {
        let path = try #require(Self.screens.first { $0.file == file }).path
        let result = try CommandRunner.run(path + ["--help"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty, "\(result.standardError)")
        Repository.golden.check(Array(result.standardOutput.utf8), "help/" + file)
    }

    /// `help COMMAND` and `COMMAND -h` give the same screen as `COMMAND --help`.
    @Test(arguments: screens.map(\.file))
    func everySpellingOfHelpGivesTheSameScreen(file: String) throws {
        let path = try #require(Self.screens.first { $0.file == file }).path
        let long = try CommandRunner.run(path + ["--help"])
        #expect(try CommandRunner.run(path + ["-h"]).standardOutput == long.standardOutput)
        #expect(try CommandRunner.run(["help"] + path).standardOutput == long.standardOutput)
    }

    /// No help line says its default twice (the parser adds "(default: …)" for options with a default value).
    @Test(arguments: screens.map(\.file))
    func noDefaultIsGivenTwice(file: String) throws {
        let path = try #require(Self.screens.first { $0.file == file }).path
        let text = try CommandRunner.run(path + ["--help"]).standardOutput
        // Options are listed one per paragraph; join wrapped lines so a default split across lines is seen.
        let joined = text.replacingOccurrences(of: "\n                          ", with: " ")
        for line in joined.split(separator: "\n") {
            let defaults = line.components(separatedBy: "default:").count - 1
            #expect(defaults <= 1, "\(line)")
        }
    }

    /// The golden folder holds a file for each screen and nothing else, so a screen removed leaves no stale file.
    @Test func theFolderHoldsExactlyTheScreens() {
        let names = (try? FileManager.default.contentsOfDirectory(
            atPath: Repository.goldenFolder.appendingPathComponent("help").path)) ?? []
        #expect(names.filter { !$0.hasPrefix(".") }.sorted() == Self.screens.map(\.file).sorted())
    }
}

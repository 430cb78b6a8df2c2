import Foundation
import Testing

/// The README's promises stay true: its sample table is what the tool prints today.
@Suite struct ReadmeTests {
    @Test func theSampleTableIsTheCurrentOverview() throws {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        let overview = try String(contentsOf: Repository.goldenFolder.appendingPathComponent("overview.md"), encoding: .utf8)
        #expect(readme.contains(overview.trimmingCharacters(in: .whitespacesAndNewlines)),
                "README's sample table is out of date: paste Tests/EndToEndTests/Golden/overview.md into it")
    }

    @Test func theTwoCommandsAreTheOnesCIRuns() throws {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        let ci = try String(contentsOf: Repository.root.appendingPathComponent(".ci/run"), encoding: .utf8)
        #expect(readme.contains("swift run nordic-compare "))
        #expect(readme.contains("swift test "))
        #expect(ci.split(separator: "\n").contains("swift test"))
    }

    /// Each command of "Answering questions" (a `sh` block) is followed by a `text` block of lines its output holds.
    @Test func theAnswersAreWhatTheCommandsPrintToday() throws {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Answering questions").dropFirst().first?
            .components(separatedBy: "\n## ").first)
        let blocks = section.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        var checked = 0
        for (command, answer) in zip(blocks, blocks.dropFirst()) where command.hasPrefix("sh\n") && answer.hasPrefix("text\n") {
            let words = command.dropFirst(3).trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").map(String.init)
            try #require(words.first == "nordic-compare")
            let result = try CommandRunner.run(Array(words.dropFirst()))
            #expect(result.status == 0)
            for line in answer.dropFirst(5).split(separator: "\n") {
                #expect(result.standardOutput.contains(line), "README's answer to '\(words.joined(separator: " "))' is out of date: \(line)")
            }
            checked += 1
        }
        #expect(checked == 3)
    }
}

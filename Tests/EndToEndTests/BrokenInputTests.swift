import Foundation
import Testing

/// Bad input through the real executable: precise locations, a non-zero exit, and nothing written.
@Suite struct BrokenInputTests {
    @Test func malformedPluginFileGivesItsLocationAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        try folder.copyShippedProject()
        let file = "plugins/denmark/initiatives/digitalisation-partnership.yaml"
        var text = try String(contentsOf: folder.url.appendingPathComponent(file), encoding: .utf8)
        text = text.replacingOccurrences(of: "kind: partnership", with: "kind: \"partnership")
        try folder.write(file, text)
        let result = try CommandRunner.run(["run", "--output", "out"], in: folder.url)
        #expect(result.status == 1)
        let firstLine = result.standardError.split(separator: "\n").first.map(String.init) ?? ""
        #expect(firstLine.hasPrefix("\(file):"), "got: \(result.standardError)")
        #expect(firstLine.contains(": error: "))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("out").path))
    }

    @Test func everyErrorOfARunIsReportedTogether() throws {
        let folder = try TemporaryFolder()
        try folder.copyShippedProject()
        let norway = "plugins/norway/initiatives/digitalisation-forum.yaml"
        var forum = try String(contentsOf: folder.url.appendingPathComponent(norway), encoding: .utf8)
        forum = forum.replacingOccurrences(of: "kind: forum", with: "kind: forun")
        try folder.write(norway, forum)
        let denmark = "plugins/denmark/initiatives/digitalisation-partnership.yaml"
        var partnership = try String(contentsOf: folder.url.appendingPathComponent(denmark), encoding: .utf8)
        partnership = partnership.replacingOccurrences(of: "\nchair:", with: "\nchiar:")
        try folder.write(denmark, partnership)
        let result = try CommandRunner.run(["validate"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(norway):4:7: error: unknown initiative kind 'forun'; expected one of: "))
        #expect(result.standardError.contains("initiative; did you mean 'forum'?\n"))
        #expect(result.standardError.contains("\(denmark):"))
        #expect(result.standardError.contains("unknown key 'chiar'"))
        #expect(result.standardError.contains("did you mean 'chair'?"))
    }

    @Test func failedRunLeavesEarlierOutputUntouched() throws {
        let folder = try TemporaryFolder()
        try folder.copyShippedProject()
        let first = try CommandRunner.run(["run", "--output", "out"], in: folder.url)
        #expect(first.status == 0)
        let before = try Data(contentsOf: folder.url.appendingPathComponent("out/overview.md"))
        try folder.write("plugins/eu-dep/plugin.yaml", "format: 1\nplugin: [unclosed\n")
        let second = try CommandRunner.run(["run", "--output", "out"], in: folder.url)
        #expect(second.status == 1)
        #expect(second.standardError.contains("plugins/eu-dep/plugin.yaml:"))
        let after = try Data(contentsOf: folder.url.appendingPathComponent("out/overview.md"))
        #expect(before == after)
        #expect(folder.listing("out").allSatisfy { !$0.contains(".partial") })
    }
}

/// Outputs that cannot be written: a clear error naming the path, exit 1, and earlier output left as it was.
@Suite struct OutputFailureTests {
    @Test func aFolderInTheWayOfAnOutputFileStopsTheRunBeforeAnyFileIsReplaced() throws {
        let folder = try TemporaryFolder()
        try folder.copyShippedProject()
        let first = try CommandRunner.run(["run", "--format", "markdown", "--output", "out"], in: folder.url)
        #expect(first.status == 0)
        let before = try Data(contentsOf: folder.url.appendingPathComponent("out/overview.md"))
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("out/budgets.json/keep"),
                                                withIntermediateDirectories: true)
        let second = try CommandRunner.run(["run", "--format", "markdown,csv,json", "--output", "out", "--lang", "nb"],
                                           in: folder.url)
        #expect(second.status == 1)
        #expect(second.standardError.contains("out/budgets.json:1:1: error: cannot write output: a folder is in the way"),
                "got: \(second.standardError)")
        let after = try Data(contentsOf: folder.url.appendingPathComponent("out/overview.md"))
        #expect(before == after)
        #expect(!folder.listing("out").contains { $0.contains(".partial") || $0.hasSuffix(".csv") })
    }

    @Test func anOutputFolderThatIsAFileIsReported() throws {
        let folder = try TemporaryFolder()
        try folder.copyShippedProject()
        _ = try folder.write("out", "not a folder\n")
        let result = try CommandRunner.run(["run", "--output", "out"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.standardError.contains("out:1:1: error: cannot write output: cannot create the output folder"),
                "got: \(result.standardError)")
        #expect(try String(contentsOf: folder.url.appendingPathComponent("out"), encoding: .utf8) == "not a folder\n")
    }
}

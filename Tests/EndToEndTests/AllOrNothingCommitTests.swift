import BriefingRenderers
@testable import ComparisonRunner
import Foundation
import Testing

/// A set of outputs that cannot all be replaced (one old file is immutable) is replaced not at all: the files
/// already exchanged are put back, and one error names the file and says the earlier output was left as it was.
@Suite struct AllOrNothingCommitTests {
    private static let reason = "chattr +i is not permitted here (it needs root or CAP_LINUX_IMMUTABLE, and a file system that keeps the flag)"

    @Test(.enabled(if: ImmutableFlag.isPermitted, Comment(rawValue: reason)))
    func anOldFileThatCannotBeReplacedLeavesTheWholeSetOld() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("out")
        for name in ["a.md", "b.md", "c.md"] { try folder.write("out/" + name, "old \(name)\n") }
        let locked = out.appendingPathComponent("b.md").path
        try #require(ImmutableFlag.set(true, locked))
        defer { ImmutableFlag.set(false, locked) }
        let before = HostileFolder.snapshot(out)

        let files = ["a.md", "d.md", "b.md", "c.md"].map { RenderedFile(relativePath: $0, text: "new \($0)\n") }
        let error = try #require(throws: OutputWriteError.self) { try OutputWriter.write(files, to: out.path) }

        #expect(error.description == "\(locked):1:1: error: cannot write output: the file could not be replaced "
            + "(Operation not permitted); no output was replaced: the earlier output was left as it was")
        #expect(HostileFolder.snapshot(out) == before)
    }

    /// An output folder in which nothing can be created: one located error, and the folder as it was.
    @Test(.enabled(if: ImmutableFlag.isPermitted, Comment(rawValue: reason)))
    func anOutputFolderThatCannotBeWrittenToIsReportedAndLeftAlone() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("out")
        try folder.write("out/a.md", "old a.md\n")
        try #require(ImmutableFlag.set(true, out.path))
        defer { ImmutableFlag.set(false, out.path) }
        let before = HostileFolder.snapshot(out)

        let error = try #require(throws: OutputWriteError.self) {
            try OutputWriter.write([RenderedFile(relativePath: "a.md", text: "new\n")], to: out.path)
        }

        #expect(error.description == "\(out.path):1:1: error: cannot write output: cannot create a temporary folder in "
            + "the output folder (Operation not permitted)")
        #expect(HostileFolder.snapshot(out) == before)
    }

    /// The real executable: a rerun in another language, with one JSON file (written last) immutable.
    @Test(.enabled(if: ImmutableFlag.isPermitted, Comment(rawValue: reason)))
    func aRerunThatCannotReplaceOneFileLeavesEveryEarlierFile() throws {
        let folder = try TemporaryFolder()
        try folder.copyShippedProject()
        let first = try CommandRunner.run(["run", "--format", "markdown,csv,json", "--output", "out"], in: folder.url)
        #expect(first.status == 0, "got: \(first.standardError)")
        let out = folder.url.appendingPathComponent("out")
        let locked = out.appendingPathComponent("governance.json").path
        try #require(ImmutableFlag.set(true, locked))
        defer { ImmutableFlag.set(false, locked) }
        let before = HostileFolder.snapshot(out)

        let second = try CommandRunner.run(["run", "--format", "markdown,csv,json", "--output", "out", "--lang", "nb"],
                                           in: folder.url)

        #expect(second.status == 1)
        #expect(second.standardError.contains(
            "out/governance.json:1:1: error: cannot write output: the file could not be replaced (Operation not "
                + "permitted); no output was replaced: the earlier output was left as it was"),
            "got: \(second.standardError)")
        #expect(HostileFolder.snapshot(out) == before)
    }

    /// When putting back fails too, the message says exactly which files are this run's and which are as before.
    @Test func aSetThatCouldNotBePutBackIsNamedFileByFile() {
        let failure = PartialCommit(folder: "out", failing: "c.md", reason: "the file could not be replaced (Operation not permitted)",
                                    set: ["a.md", "b.md", "c.md", "d.md"], stillNew: ["b.md"])
        #expect(failure.error.description == "out/c.md:1:1: error: cannot write output: the file could not be replaced "
            + "(Operation not permitted), and the files already replaced could not all be put back, so out now mixes "
            + "two runs: this run's: b.md; as they were before it: a.md, c.md, d.md")
    }
}

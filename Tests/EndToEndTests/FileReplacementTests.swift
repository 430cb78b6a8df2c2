@testable import ComparisonRunner
import Foundation
import Testing

/// Output files put in place over earlier ones: in one step, whole, relative to the two folders, never through a
/// link, and undoably.
@Suite struct FileReplacementTests {
    /// An output folder and a staging folder in it, opened as the writer opens them.
    private struct Folders {
        let folder: TemporaryFolder
        let output: DirectoryHandle
        let staging: DirectoryHandle

        init() throws {
            folder = try TemporaryFolder()
            try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("out/stage"),
                                                    withIntermediateDirectories: true)
            output = try DirectoryHandle(path: folder.url.appendingPathComponent("out").path)
            staging = try DirectoryHandle("stage", in: output)
        }

        func path(_ name: String) -> String { folder.url.appendingPathComponent("out/" + name).path }

        @discardableResult
        func write(_ name: String, _ text: String) throws -> String { try folder.write("out/" + name, text) }

        func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }
    }

    @Test func aNewNameIsRenamed() throws {
        let folders = try Folders()
        try folders.write("stage/0-0", "new\n")
        #expect(FileReplacement.move("0-0", in: folders.staging, to: "a.md", in: folders.output) == .success(.renamed))
        #expect(try folders.read("a.md") == "new\n")
        #expect(folders.folder.listing("out") == ["a.md", "stage"])
    }

    @Test func anExistingFileIsExchangedAndKeptUnderTheTemporaryName() throws {
        let folders = try Folders()
        try folders.write("a.md", "old\n")
        try folders.write("stage/0-0", "new\n")
        #expect(FileReplacement.move("0-0", in: folders.staging, to: "a.md", in: folders.output) == .success(.exchanged))
        #expect(try folders.read("a.md") == "new\n")
        #expect(try folders.read("stage/0-0") == "old\n")
    }

    @Test func everyMoveCanBeUndone() throws {
        let folders = try Folders()
        try folders.write("a.md", "old\n")
        try folders.write("stage/0-0", "new a\n")
        try folders.write("stage/0-1", "new b\n")
        let exchanged = try FileReplacement.move("0-0", in: folders.staging, to: "a.md", in: folders.output).get()
        let renamed = try FileReplacement.move("0-1", in: folders.staging, to: "b.md", in: folders.output).get()
        #expect(FileReplacement.undo(renamed, "0-1", in: folders.staging, from: "b.md", in: folders.output))
        #expect(FileReplacement.undo(exchanged, "0-0", in: folders.staging, from: "a.md", in: folders.output))
        #expect(try folders.read("a.md") == "old\n")
        #expect(folders.folder.listing("out") == ["a.md", "stage", "stage/0-0", "stage/0-1"])
        #expect(try folders.read("stage/0-0") == "new a\n")
    }

    @Test func aReaderOfTheOldFileKeepsReadingItWhole() throws {
        let folders = try Folders()
        let old = String(repeating: "old line\n", count: 10_000)
        try folders.write("a.md", old)
        let reader = try #require(FileHandle(forReadingAtPath: folders.path("a.md")))
        defer { try? reader.close() }
        try folders.write("stage/0-0", "new\n")
        _ = try FileReplacement.move("0-0", in: folders.staging, to: "a.md", in: folders.output).get()
        #expect(String(decoding: try reader.readToEnd() ?? Data(), as: UTF8.self) == old)
        #expect(try folders.read("a.md") == "new\n")
    }

    @Test func aMissingTemporaryFileIsAnErrorThatLeavesTheFinalFileAlone() throws {
        let folders = try Folders()
        try folders.write("a.md", "old\n")
        let result = FileReplacement.move("0-0", in: folders.staging, to: "a.md", in: folders.output)
        #expect(result == .failure(SystemError(code: ENOENT)))
        #expect(try folders.read("a.md") == "old\n")
    }

    /// A link at the final name, to a file or to a folder, existing or not, is itself replaced; what it points to
    /// is left as it was.
    @Test(arguments: ["file", "folder", "nothing"])
    func aSymbolicLinkAtTheFinalNameIsReplacedAndItsTargetKept(_ target: String) throws {
        let folders = try Folders()
        let file = try folders.folder.write("elsewhere/kept.md", "kept\n")
        let destination = switch target {
        case "file": file
        case "folder": folders.folder.url.appendingPathComponent("elsewhere").path
        default: folders.folder.url.appendingPathComponent("missing/a.md").path
        }
        try FileManager.default.createSymbolicLink(atPath: folders.path("a.md"), withDestinationPath: destination)
        try folders.write("stage/0-0", "new\n")
        _ = try FileReplacement.move("0-0", in: folders.staging, to: "a.md", in: folders.output).get()
        #expect(folders.output.kind(of: "a.md") == .regular)
        #expect(try folders.read("a.md") == "new\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "kept\n")
        #expect(folders.folder.listing("elsewhere") == ["kept.md"])
        #expect(!FileManager.default.fileExists(atPath: folders.folder.url.appendingPathComponent("missing").path))
    }

    /// The real executable run twice into one folder, the second time in another language: every file is the new
    /// one, and nothing temporary is left.
    @Test func aRerunReplacesEveryOutputAndLeavesNoTemporaryFile() throws {
        let folder = try TemporaryFolder()
        try folder.copyShippedProject()
        let first = try CommandRunner.run(["run", "--format", "markdown,csv,json", "--output", "out"], in: folder.url)
        #expect(first.status == 0, "got: \(first.standardError)")
        let written = folder.listing("out")
        // 38 outputs, the manifest and the snapshot of the inputs.
        #expect(written.count == 40 && written.allSatisfy { !$0.hasPrefix(".") }, "got: \(written)")
        let second = try CommandRunner.run(["run", "--format", "markdown,csv,json", "--output", "out", "--lang", "nb"],
                                           in: folder.url)
        #expect(second.status == 0, "got: \(second.standardError)")
        #expect(folder.listing("out") == written)
        let overview = try String(contentsOf: folder.url.appendingPathComponent("out/overview.md"), encoding: .utf8)
        #expect(overview.hasPrefix("## Oversikt"), "got: \(overview.prefix(80))")
    }
}

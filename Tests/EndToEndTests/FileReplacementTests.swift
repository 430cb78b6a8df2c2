@testable import ComparisonRunner
import Foundation
import Testing

/// Output files put in place over earlier ones: in one step, whole, and with nothing left behind.
@Suite struct FileReplacementTests {
    @Test func aNewNameIsRenamed() throws {
        let folder = try TemporaryFolder()
        let temporary = try folder.write(".a.md.partial-1", "new\n")
        let final = folder.url.appendingPathComponent("a.md").path
        #expect(FileReplacement.move(temporary, to: final) == .success(.renamed))
        #expect(try String(contentsOfFile: final, encoding: .utf8) == "new\n")
        #expect(folder.listing() == ["a.md"])
    }

    @Test func anExistingFileIsExchangedAndRemoved() throws {
        let folder = try TemporaryFolder()
        let final = try folder.write("a.md", "old\n")
        let temporary = try folder.write(".a.md.partial-1", "new\n")
        #if os(Linux)
        #expect(FileReplacement.move(temporary, to: final) == .success(.exchanged))
        #else
        #expect((try? FileReplacement.move(temporary, to: final).get()) != nil)
        #endif
        #expect(try String(contentsOfFile: final, encoding: .utf8) == "new\n")
        #expect(folder.listing() == ["a.md"])
    }

    @Test func aReaderOfTheOldFileKeepsReadingItWhole() throws {
        let folder = try TemporaryFolder()
        let old = String(repeating: "old line\n", count: 10_000)
        let final = try folder.write("a.md", old)
        let reader = try #require(FileHandle(forReadingAtPath: final))
        defer { try? reader.close() }
        let temporary = try folder.write(".a.md.partial-1", "new\n")
        _ = try FileReplacement.move(temporary, to: final).get()
        #expect(String(decoding: try reader.readToEnd() ?? Data(), as: UTF8.self) == old)
        #expect(try String(contentsOfFile: final, encoding: .utf8) == "new\n")
    }

    @Test func aMissingTemporaryFileIsAnErrorThatLeavesTheFinalFileAlone() throws {
        let folder = try TemporaryFolder()
        let final = try folder.write("a.md", "old\n")
        let missing = folder.url.appendingPathComponent(".a.md.partial-1").path
        let result = FileReplacement.move(missing, to: final)
        #expect(result == .failure(FileReplacement.Errno(code: ENOENT)))
        #expect(try String(contentsOfFile: final, encoding: .utf8) == "old\n")
    }

    @Test func aSymbolicLinkAtTheFinalNameIsReplacedAndItsTargetKept() throws {
        let folder = try TemporaryFolder()
        let target = try folder.write("elsewhere.md", "kept\n")
        let final = folder.url.appendingPathComponent("a.md").path
        try FileManager.default.createSymbolicLink(atPath: final, withDestinationPath: target)
        let temporary = try folder.write(".a.md.partial-1", "new\n")
        _ = try FileReplacement.move(temporary, to: final).get()
        let type = try FileManager.default.attributesOfItem(atPath: final)[.type] as? FileAttributeType
        #expect(type == .typeRegular)
        #expect(try String(contentsOfFile: final, encoding: .utf8) == "new\n")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "kept\n")
    }

    /// The real executable run twice into one folder, the second time in another language: every file is the new
    /// one, and no temporary file is left.
    @Test func aRerunReplacesEveryOutputAndLeavesNoTemporaryFile() throws {
        let folder = try TemporaryFolder()
        try folder.copyShippedProject()
        let first = try CommandRunner.run(["run", "--format", "markdown,csv,json", "--output", "out"], in: folder.url)
        #expect(first.status == 0, "got: \(first.standardError)")
        let written = folder.listing("out")
        let second = try CommandRunner.run(["run", "--format", "markdown,csv,json", "--output", "out", "--lang", "nb"],
                                           in: folder.url)
        #expect(second.status == 0, "got: \(second.standardError)")
        #expect(folder.listing("out") == written)
        let overview = try String(contentsOf: folder.url.appendingPathComponent("out/overview.md"), encoding: .utf8)
        #expect(overview.hasPrefix("## Oversikt"), "got: \(overview.prefix(80))")
    }
}

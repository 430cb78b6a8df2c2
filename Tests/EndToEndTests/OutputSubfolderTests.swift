import BriefingRenderers
@testable import ComparisonRunner
import Foundation
import Testing

/// Files a run writes into a folder inside the output folder (the data package's `data/`): the folder is created when
/// missing, and a link, file or anything else in its way is refused, before any file is moved, without following it.
@Suite struct OutputSubfolderTests {
    private static let files = [RenderedFile(relativePath: "top.md", text: "top\n"),
                                RenderedFile(relativePath: "data/a.csv", text: "a\r\n"),
                                RenderedFile(relativePath: "data/b.json", text: "{}\n")]

    @Test func theFolderIsCreatedAndTheFilesGoInIt() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("out")
        let written = try OutputWriter.write(Self.files, to: out.path)
        #expect(written == Self.files.map { out.appendingPathComponent($0.relativePath).path })
        #expect(try String(contentsOf: out.appendingPathComponent("data/a.csv"), encoding: .utf8) == "a\r\n")
        // A rerun replaces the files in the folder that is now there.
        _ = try OutputWriter.write([RenderedFile(relativePath: "data/a.csv", text: "again\r\n")], to: out.path)
        #expect(try String(contentsOf: out.appendingPathComponent("data/a.csv"), encoding: .utf8) == "again\r\n")
        #expect(try String(contentsOf: out.appendingPathComponent("data/b.json"), encoding: .utf8) == "{}\n")
    }

    @Test func aLinkInTheWayOfTheFolderIsRefusedAndNotFollowed() throws {
        let folder = try TemporaryFolder()
        try folder.write("outside/victim.txt", "must stay\n")
        let out = folder.url.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let outside = folder.url.appendingPathComponent("outside")
        try HostileFolder.link(out.appendingPathComponent("data"), to: outside.path)
        let before = HostileFolder.snapshot(outside)

        #expect {
            _ = try OutputWriter.write(Self.files, to: out.path)
        } throws: { error in
            let message = String(describing: error)
            return message.hasPrefix(out.path + "/data:1:1: error: cannot write output: a link is in the way")
        }
        #expect(HostileFolder.snapshot(outside) == before)
        // All or nothing: the file that had no obstacle was not written either.
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("top.md").path))
    }

    @Test func aFileInTheWayOfTheFolderIsRefused() throws {
        let folder = try TemporaryFolder()
        try folder.write("out/data", "a user's file\n")
        let out = folder.url.appendingPathComponent("out")
        #expect {
            _ = try OutputWriter.write(Self.files, to: out.path)
        } throws: { error in
            String(describing: error).contains("out/data:1:1: error: cannot write output: a file is in the way of the folder")
        }
        #expect(try String(contentsOf: out.appendingPathComponent("data"), encoding: .utf8) == "a user's file\n")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("top.md").path))
    }

    @Test func aFolderCreatedForAFailedCommitIsRemoved() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("out")
        // The second file's name is taken by a folder, so the commit fails after data/ was created for the first.
        try FileManager.default.createDirectory(at: out.appendingPathComponent("late"), withIntermediateDirectories: true)
        #expect(throws: OutputWriteError.self) {
            _ = try OutputWriter.write([RenderedFile(relativePath: "data/a.csv", text: "a\r\n"),
                                        RenderedFile(relativePath: "late", text: "x\n")], to: out.path)
        }
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("data").path))
    }

    @Test(arguments: ["../escape.csv", "data/../x.csv", "/abs.csv", "data//a.csv", "data/", "./a.csv"])
    func aPathThatLeavesTheFolderOrIsNotPlainIsRefused(path: String) throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("out")
        #expect(throws: OutputWriteError.self) {
            _ = try OutputWriter.write([RenderedFile(relativePath: path, text: "x\n")], to: out.path)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("escape.csv").path))
    }
}

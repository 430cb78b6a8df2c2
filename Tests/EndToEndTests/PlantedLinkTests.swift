import BriefingRenderers
@testable import ComparisonRunner
import Foundation
import Testing

/// Someone with write access to a shared output folder plants links and files at names a run might use for its
/// temporary files: nothing is followed, reused or removed that the tool did not create, and nothing outside the
/// output folder changes.
@Suite struct PlantedLinkTests {
    private static let files = [RenderedFile(relativePath: "a.md", text: "new a\n"),
                                RenderedFile(relativePath: "b.csv", text: "new b\n")]

    /// A folder with `outside/` (a file and a folder that must stay as they are) and an output folder `out/`.
    private struct Scene {
        let folder: TemporaryFolder
        var outside: URL { folder.url.appendingPathComponent("outside") }
        var out: URL { folder.url.appendingPathComponent("out") }

        init() throws {
            folder = try TemporaryFolder()
            try folder.write("outside/victim.txt", "must stay\n")
            try folder.write("outside/dir/inner.txt", "must stay too\n")
            try folder.write("outside/dir/.lock", "")
            try folder.write("outside/dir/0-0", "looks like a temporary file\n")
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        }

        func plant(_ name: String, to destination: String) throws {
            try HostileFolder.link(out.appendingPathComponent(name), to: destination)
        }
    }

    /// The old scheme `.<name>.partial-<pid>` for this very process (which the old clean-up skipped), for its
    /// neighbours and for pid 1, the new scheme's folder name, and the names used inside a staging folder.
    @Test func aLinkAtAnyTemporaryLookingNameIsNeitherFollowedNorReused() throws {
        let scene = try Scene()
        let before = HostileFolder.snapshot(scene.outside)
        let pid = ProcessInfo.processInfo.processIdentifier
        let victim = scene.outside.appendingPathComponent("victim.txt").path
        var planted: [String] = []
        for file in Self.files {
            for id in [pid, pid - 1, pid + 1, 1] {
                planted.append(".\(file.relativePath).partial-\(id)")
                try scene.plant(planted.last!, to: victim)
            }
        }
        for name in ["0-0", "0-1", "1-0", ".lock"] {
            planted.append(name)
            try scene.plant(name, to: victim)
        }
        let hex = String(repeating: "0123456789abcdef", count: 2)
        planted.append(".nordic-compare-\(hex).partial")
        try scene.plant(planted.last!, to: scene.outside.appendingPathComponent("dir").path)

        let written = try OutputWriter.write(Self.files, to: scene.out.path)

        #expect(written == Self.files.map { scene.out.appendingPathComponent($0.relativePath).path })
        #expect(HostileFolder.snapshot(scene.outside) == before)
        for file in Self.files {
            let url = scene.out.appendingPathComponent(file.relativePath)
            #expect(HostileFolder.kind(url) == "file")
            #expect(try Data(contentsOf: url) == Data(file.contents))
        }
        // The planted links are someone's files, not the tool's: left where they were.
        #expect(HostileFolder.names(scene.out) == (planted + Self.files.map(\.relativePath)).sorted())
    }

    /// Files a user (or an older version of the tool) left, whose names match some temporary-file pattern, are
    /// not the tool's to remove; nor is anything that only resembles a staging folder.
    @Test func userFilesMatchingTemporaryPatternsAreKept() throws {
        let scene = try Scene()
        let pid = ProcessInfo.processInfo.processIdentifier
        let hex = String(repeating: "0123456789abcdef", count: 2)
        let kept = [".a.md.partial-2147483646", ".a.md.partial-\(pid)", ".notes.partial-draft", "0-0",
                    ".nordic-compare-\(hex).partial", ".nordic-compare-\(hex.uppercased()).partial/.lock",
                    ".nordic-compare-\(hex.dropLast()).partial/.lock", ".nordic-compare-\(hex)0.partial/.lock"]
        for name in kept { try scene.folder.write("out/" + name, "a user's file\n") }
        let before = HostileFolder.snapshot(scene.out)

        _ = try OutputWriter.write(Self.files, to: scene.out.path)

        var after = HostileFolder.snapshot(scene.out)
        for file in Self.files { after[file.relativePath] = nil }
        #expect(after == before)
    }

    /// The real executable, which holds no lock of this test: a killed run's staging folder is removed, one whose
    /// lock a live run (here, this test) holds is kept, and a link with a staging folder's name is not followed.
    @Test func onlyStagingFoldersOfRunsThatNoLongerLiveAreRemoved() throws {
        let scene = try Scene()
        try scene.folder.copyShippedProject()
        let abandoned = ".nordic-compare-" + String(repeating: "a", count: 32) + ".partial"
        let live = ".nordic-compare-" + String(repeating: "b", count: 32) + ".partial"
        let linked = ".nordic-compare-" + String(repeating: "c", count: 32) + ".partial"
        let notOurs = ".nordic-compare-" + String(repeating: "d", count: 32) + ".partial"
        for name in [abandoned, live, notOurs] {
            try scene.folder.write("out/\(name)/.lock", "")
            try scene.folder.write("out/\(name)/0-0", "half a file\n")
        }
        try scene.folder.write("out/\(abandoned)/3-12", "half another\n")
        try scene.plant("\(abandoned)/1-0", to: scene.outside.appendingPathComponent("victim.txt").path)
        try scene.folder.write("out/\(notOurs)/notes.txt", "a user's file\n")
        try scene.plant(linked, to: scene.outside.appendingPathComponent("dir").path)
        let outsideBefore = HostileFolder.snapshot(scene.outside)

        let lock = open(scene.out.appendingPathComponent("\(live)/.lock").path, O_RDWR | O_CLOEXEC)
        try #require(lock >= 0)
        defer { close(lock) }
        try #require(flock(lock, LOCK_EX) == 0)

        let result = try CommandRunner.run(["run", "--format", "markdown", "--output", "out"], in: scene.folder.url)
        #expect(result.status == 0, "got: \(result.standardError)")
        let names = HostileFolder.names(scene.out)
        #expect(!names.contains(abandoned))
        #expect(names.contains(live) && HostileFolder.names(scene.out.appendingPathComponent(live)) == [".lock", "0-0"])
        #expect(names.contains(linked) && HostileFolder.kind(scene.out.appendingPathComponent(linked)) == "link")
        #expect(HostileFolder.names(scene.out.appendingPathComponent(notOurs)) == ["notes.txt"])
        #expect(HostileFolder.snapshot(scene.outside) == outsideBefore)
        #expect(names.filter { !$0.hasPrefix(".") } == ["budgets.md", "dep-budget.md", "governance.md", "indicators.md",
                                                        "key-findings.md", "overview.md", "participation.md", "positions.md",
                                                        "run-inputs.tar", "run-manifest.json", "summaries.md", "themes.md"])
    }

    /// The output folder's own path is the user's choice and may go through links (to a larger disk, say): the
    /// files land in the folder it leads to. Only what is inside the folder is never followed.
    @Test func anOutputFolderReachedThroughALinkIsUsed() throws {
        let scene = try Scene()
        let linked = scene.folder.url.appendingPathComponent("linked-out")
        try HostileFolder.link(linked, to: scene.out.path)
        let written = try OutputWriter.write(Self.files, to: linked.path)
        #expect(written.count == 2)
        #expect(HostileFolder.names(scene.out) == ["a.md", "b.csv"])
        #expect(HostileFolder.kind(linked) == "link")
    }
}

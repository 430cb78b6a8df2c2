import Foundation
import Testing

/// `run` writes run-manifest.json and the run-inputs.tar snapshot beside its outputs, and `diff --since-run` reads them
/// back: with the real executable on a small project in a temporary folder, and the system's tar and sha256sum as
/// the second opinion.
@Suite struct RunManifestTests {
    /// A project with plugin `p` (one initiative, `initiatives/a.yaml`), run once into `out/`.
    private func projectRunOnce(formats: String = "markdown,csv,json") throws -> FixtureProject {
        let project = try FixtureProject(enable: ["p"])
        try project.folder.write("plugins/p/plugin.yaml", FixtureProject.oneFileManifest)
        try project.folder.write("plugins/p/initiatives/a.yaml", FixtureProject.oneInitiative)
        let result = try CommandRunner.run(["run", "--format", formats, "--output", "out"], in: project.folder.url)
        #expect(result.status == 0, "stderr: \(result.standardError)")
        return project
    }

    private func manifest(in project: FixtureProject) throws -> [String: Any] {
        let data = try Data(contentsOf: project.folder.url.appendingPathComponent("out/run-manifest.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Runs a system tool and returns its standard output.
    private func tool(_ path: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(path) \(arguments)")
        return String(decoding: data, as: UTF8.self)
    }

    /// The SHA-256 of a file as coreutils' sha256sum computes it: a second implementation, not the tool's own.
    private func sha256sum(_ path: String) throws -> String {
        String(try tool("/usr/bin/sha256sum", [path]).prefix(64))
    }

    /// The paths in a tar archive, as GNU tar lists them.
    private func tarListing(_ archive: URL) throws -> [String] {
        try tool("/usr/bin/tar", ["-tf", archive.path]).split(separator: "\n").map(String.init)
    }

    @Test func theManifestListsEveryFileWrittenAndReadWithItsSHA256() throws {
        let project = try projectRunOnce()
        let out = project.folder.url.appendingPathComponent("out")
        let manifest = try manifest(in: project)
        #expect(manifest["kind"] as? String == "nordic-compare run manifest")
        #expect(manifest["configuration"] as? String == "config/nordic-compare.yaml")
        #expect(manifest["asOf"] is NSNull)
        #expect(manifest["formats"] as? [String] == ["markdown", "csv", "json"])
        #expect(manifest["languages"] as? [String] == ["en"])
        // The views the briefing holds: the configured one (a summaries view only when the configuration lists one).
        #expect(manifest["views"] as? [String] == ["overview"])
        #expect((manifest["configurationDigest"] as? String)?.count == 64)
        let outputs = try #require(manifest["outputs"] as? [[String: Any]])
        // Every file in the output folder but the manifest and the snapshot, each with its real size and digest.
        let written = project.folder.listing("out").filter { $0 != "run-manifest.json" && $0 != "run-inputs.tar" }
        #expect(Set(outputs.compactMap { $0["path"] as? String }) == Set(written))
        // One view in three formats (four files) and the key findings in Markdown and JSON.
        #expect(outputs.count == 6)
        for file in outputs {
            let path = out.appendingPathComponent(try #require(file["path"] as? String)).path
            #expect(file["sha256"] as? String == (try sha256sum(path)), "\(path)")
            let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
            #expect(file["size"] as? Int == size, "\(path)")
        }
        // Every file read, at its project path, and its copy in the snapshot byte for byte, as tar extracts it.
        #expect(manifest["snapshot"] as? String == "run-inputs.tar")
        let extracted = project.folder.url.appendingPathComponent("extracted")
        try FileManager.default.createDirectory(at: extracted, withIntermediateDirectories: true)
        _ = try tool("/usr/bin/tar", ["-xf", out.appendingPathComponent("run-inputs.tar").path, "-C", extracted.path])
        let inputs = try #require(manifest["inputs"] as? [[String: Any]])
        #expect(inputs.compactMap { $0["path"] as? String } == [
            "config/nordic-compare.yaml", "config/dimensions.yaml", "config/themes.yaml",
            "plugins/p/plugin.yaml", "plugins/p/initiatives/a.yaml",
        ])
        #expect(inputs.compactMap { $0["role"] as? String } == ["configuration", "codebook", "codebook", "plugin", "plugin"])
        for file in inputs {
            let path = try #require(file["path"] as? String)
            let original = project.folder.url.appendingPathComponent(path).path
            let copy = extracted.appendingPathComponent(path).path
            #expect(FileManager.default.contentsEqual(atPath: original, andPath: copy), "\(path)")
            #expect(file["sha256"] as? String == (try sha256sum(original)), "\(path)")
        }
    }

    @Test func aRerunReplacesTheManifestAndTheSnapshotWhole() throws {
        let project = try projectRunOnce()
        // The plugin's initiative moves to another file: the snapshot must not keep the old one.
        try FileManager.default.moveItem(at: project.folder.url.appendingPathComponent("plugins/p/initiatives/a.yaml"),
                                         to: project.folder.url.appendingPathComponent("plugins/p/initiatives/b.yaml"))
        try project.folder.write("plugins/p/plugin.yaml",
                                 FixtureProject.oneFileManifest.replacingOccurrences(of: "a.yaml", with: "b.yaml"))
        let result = try CommandRunner.run(["run", "--format", "markdown", "--output", "out"], in: project.folder.url)
        #expect(result.status == 0, "stderr: \(result.standardError)")
        let archived = try tarListing(project.folder.url.appendingPathComponent("out/run-inputs.tar"))
        #expect(archived.contains("plugins/p/initiatives/b.yaml") && !archived.contains("plugins/p/initiatives/a.yaml"),
                "\(archived)")
        let manifest = try manifest(in: project)
        #expect(manifest["formats"] as? [String] == ["markdown"])
        #expect((manifest["inputs"] as? [[String: Any]])?.last?["path"] as? String == "plugins/p/initiatives/b.yaml")
        // No staging folder is left, and the earlier outputs that this run did not write stay as they were.
        #expect(!project.folder.listing("out").contains { $0.hasPrefix(".nordic-compare-") })
        #expect(project.folder.listing("out").contains("overview.csv"))
    }

    @Test func aPathTooLongForAUstarHeaderIsKeptWhole() throws {
        let project = try FixtureProject(enable: ["p"])
        let long = "initiatives/" + String(repeating: "a-very-long-folder-name/", count: 8) + String(repeating: "x", count: 120) + ".yaml"
        try project.folder.write("plugins/p/plugin.yaml",
                                 FixtureProject.oneFileManifest.replacingOccurrences(of: "initiatives/a.yaml", with: long))
        try project.folder.write("plugins/p/" + long, FixtureProject.oneInitiative)
        var result = try CommandRunner.run(["run", "--format", "markdown", "--output", "out"], in: project.folder.url)
        #expect(result.status == 0, "stderr: \(result.standardError)")
        #expect(try tarListing(project.folder.url.appendingPathComponent("out/run-inputs.tar")).contains("plugins/p/" + long))
        try project.folder.write("plugins/p/" + long, FixtureProject.oneInitiative + "status:\n  - value: planned\n")
        result = try CommandRunner.run(["diff", "--since-run", "out/run-manifest.json"], in: project.folder.url)
        #expect(result.status == 0, "stderr: \(result.standardError)")
        #expect(result.standardOutput.contains("| plugins/p/\(long) | changed |"))
        #expect(result.standardOutput.contains("| The example strategy: Status — latest value changed |"))
    }

    @Test func aLinkPlantedAtTheSnapshotsNameIsReplacedNeverFollowed() throws {
        let project = try FixtureProject(enable: ["p"])
        try project.folder.write("plugins/p/plugin.yaml", FixtureProject.oneFileManifest)
        try project.folder.write("plugins/p/initiatives/a.yaml", FixtureProject.oneInitiative)
        try project.folder.write("outside/keep.txt", "must stay\n")
        let outside = project.folder.url.appendingPathComponent("outside")
        let before = HostileFolder.snapshot(outside)
        try FileManager.default.createDirectory(at: project.folder.url.appendingPathComponent("out"),
                                                withIntermediateDirectories: true)
        let planted = project.folder.url.appendingPathComponent("out/run-inputs.tar")
        try HostileFolder.link(planted, to: outside.path)
        let result = try CommandRunner.run(["run", "--format", "markdown", "--output", "out"], in: project.folder.url)
        #expect(result.status == 0, "stderr: \(result.standardError)")
        #expect(HostileFolder.kind(planted) == "file")
        #expect(HostileFolder.snapshot(outside) == before)
    }

    @Test func diffSinceRunListsAChangedPluginFileAndItsFactDifference() throws {
        let project = try projectRunOnce()
        try project.folder.write("plugins/p/initiatives/a.yaml",
                                 FixtureProject.oneInitiative + "status:\n  - value: planned\n    as-of: 2024\n")
        try project.folder.write("config/extra.yaml", "not read by the run\n")
        let result = try CommandRunner.run(["diff", "--since-run", "out/run-manifest.json"], in: project.folder.url)
        #expect(result.status == 0, "stderr: \(result.standardError)")
        let output = result.standardOutput
        #expect(output.hasPrefix("## Files changed since the run of out/run-manifest.json\n"))
        #expect(output.contains("| plugins/p/initiatives/a.yaml | changed |"))
        #expect(!output.contains("plugin.yaml |"), "an unchanged file is not listed")
        #expect(!output.contains("extra.yaml"), "a file the run does not read is not an input")
        #expect(output.contains("## Changes in facts since that run\n"))
        #expect(output.contains("| The example strategy: Status — latest value changed | not recorded | planned (2024) [1] |"),
                "\(output)")
    }

    @Test func diffSinceRunInJSONIsOneObjectWithBothTables() throws {
        let project = try projectRunOnce(formats: "markdown")
        try project.folder.write("plugins/p/initiatives/a.yaml", FixtureProject.oneInitiative + "# edited\n")
        let result = try CommandRunner.run(["diff", "--since-run", "out/run-manifest.json", "--format", "json"],
                                           in: project.folder.url)
        #expect(result.status == 0, "stderr: \(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let files = try #require(object["changedFiles"] as? [String: Any])
        let rows = try #require(files["rows"] as? [[String: Any]])
        #expect(rows.compactMap { $0["id"] as? String } == ["changed-file/plugins/p/initiatives/a.yaml"])
        #expect((object["changes"] as? [String: Any])?["view"] as? String == "changes")
    }

    @Test func aTamperedOrMissingSnapshotIsRefusedWithThePathAndWhatToDo() throws {
        let project = try projectRunOnce(formats: "markdown")
        // The snapshot rebuilt by tar with one file changed.
        let archive = project.folder.url.appendingPathComponent("out/run-inputs.tar")
        let scratch = project.folder.url.appendingPathComponent("scratch")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        _ = try tool("/usr/bin/tar", ["-xf", archive.path, "-C", scratch.path])
        try project.folder.write("scratch/plugins/p/initiatives/a.yaml",
                                 FixtureProject.oneInitiative.replacingOccurrences(of: "strategy", with: "forum"))
        _ = try tool("/usr/bin/tar", ["--format=ustar", "-cf", archive.path, "-C", scratch.path, "config", "plugins"])
        var result = try CommandRunner.run(["diff", "--since-run", "out/run-manifest.json"], in: project.folder.url)
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("out/run-inputs.tar:1:1: error: the snapshot's copy of "
                                              + "'plugins/p/initiatives/a.yaml' does not match the SHA-256 in "
                                              + "out/run-manifest.json"), "\(result.standardError)")
        #expect(result.standardError.contains("rerun `nordic-compare run`"))

        try FileManager.default.removeItem(at: archive)
        result = try CommandRunner.run(["diff", "--since-run", "out/run-manifest.json"], in: project.folder.url)
        #expect(result.status == 1)
        #expect(result.standardError.contains("out/run-inputs.tar:1:1: error: cannot read the snapshot of the inputs "
                                              + "that out/run-manifest.json describes"), "\(result.standardError)")
    }

    @Test func aFileThatIsNotARunManifestIsRefused() throws {
        let project = try projectRunOnce(formats: "json")
        for path in ["out/overview.json", "config/nordic-compare.yaml"] {
            let result = try CommandRunner.run(["diff", "--since-run", path], in: project.folder.url)
            #expect(result.status == 1)
            #expect(result.standardError.contains("\(path):1:1: error: is not a run manifest: name the "
                                                  + "run-manifest.json that `nordic-compare run` wrote"), "\(result.standardError)")
        }
    }

    @Test(arguments: [["--from", "2020"], ["--to", "2021"], ["--old", "."]])
    func sinceRunGoesAlone(_ other: [String]) throws {
        let result = try CommandRunner.run(["diff", "--since-run", "output/run-manifest.json"] + other)
        #expect(result.status == 64)
        #expect(result.standardError.contains("--since-run compares with the run that wrote the manifest; leave out"))
    }
}

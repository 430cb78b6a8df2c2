import Foundation
import Testing

/// Every input the run reads is opened without blocking and must be a regular file: a FIFO named as the
/// configuration, a codebook file, a manifest or a data file is refused at once with a located error (it once
/// blocked the run for ever, waiting for a writer). Run through the real executable, killed if it hangs.
@Suite struct InputFileKindTests {
    private static let fifoMessage = "it is a FIFO (named pipe), not a regular file"

    /// A valid project with plugin `p` (its manifest lists `initiatives/a.yaml` on line 10).
    static func project() throws -> FixtureProject {
        let project = try FixtureProject(enable: ["p"])
        try project.write("plugins/p/plugin.yaml", bytes: Array(FixtureProject.oneFileManifest.utf8))
        try project.write("plugins/p/initiatives/a.yaml", bytes: Array(FixtureProject.oneInitiative.utf8))
        return project
    }

    /// The project, with its file at `path` (relative to the project) replaced by a FIFO; the result of
    /// `nordic-compare validate` in it.
    private func validate(withFIFOAt path: String, arguments: [String] = []) throws -> CommandResult {
        let project = try Self.project()
        let url = project.folder.url.appendingPathComponent(path)
        try? FileManager.default.removeItem(at: url)
        #expect(mkfifo(url.path, 0o644) == 0)
        return try CommandRunner.run(["validate"] + arguments, in: project.folder.url, deadline: 20)
    }

    @Test func aFIFOAsADataFileIsRefusedAtTheManifestLine() throws {
        let result = try validate(withFIFOAt: "plugins/p/initiatives/a.yaml")
        #expect(result.status == 1, "status \(result.status): \(result.standardError)")
        #expect(result.standardError.contains(
            "plugins/p/plugin.yaml:10:5: error: 'initiatives/a.yaml' cannot be read: \(Self.fifoMessage)\n"),
            "\(result.standardError)")
    }

    @Test func aFIFOAsTheManifestIsRefused() throws {
        let result = try validate(withFIFOAt: "plugins/p/plugin.yaml")
        #expect(result.status == 1, "status \(result.status): \(result.standardError)")
        #expect(result.standardError.contains(
            "plugins/p/plugin.yaml:1:1: error: 'plugin.yaml' cannot be read: \(Self.fifoMessage)\n"), "\(result.standardError)")
    }

    @Test func aFIFOAsTheConfigurationIsRefused() throws {
        let result = try validate(withFIFOAt: "config/nordic-compare.yaml")
        #expect(result.status == 1, "status \(result.status): \(result.standardError)")
        #expect(result.standardError.contains(
            "config/nordic-compare.yaml:1:1: error: cannot read the file: \(Self.fifoMessage)\n"), "\(result.standardError)")
    }

    @Test func aFIFOAsAConfigurationNamedOnTheCommandLineIsRefused() throws {
        let result = try validate(withFIFOAt: "other.yaml", arguments: ["--config", "other.yaml"])
        #expect(result.status == 1, "status \(result.status): \(result.standardError)")
        #expect(result.standardError.contains("other.yaml:1:1: error: cannot read the file: \(Self.fifoMessage)\n"),
                "\(result.standardError)")
    }

    @Test(arguments: [("dimensions", 5, 15), ("themes", 6, 11)])
    func aFIFOAsACodebookFileIsRefusedAtTheConfigurationLine(file: String, line: Int, column: Int) throws {
        let result = try validate(withFIFOAt: "config/\(file).yaml")
        #expect(result.status == 1, "status \(result.status): \(result.standardError)")
        #expect(result.standardError.contains("config/nordic-compare.yaml:\(line):\(column): error: 'config/\(file).yaml' "
            + "cannot be read as a \(file) file: \(Self.fifoMessage)\n"), "\(result.standardError)")
    }
}

/// A `plugin.yaml` that is a symbolic link out of its plugin folder is refused like a data file would be, and
/// nothing of the file it points to is quoted.
@Suite struct ManifestContainmentTests {
    @Test func aManifestLinkedFromOutsideIsRefusedUnread() throws {
        let project = try InputFileKindTests.project()
        let manifest = project.folder.url.appendingPathComponent("plugins/p/plugin.yaml")
        let secret = try project.write("secret.yaml", bytes: Array("format: 1\nplugin: the-secret-text\n".utf8))
        try FileManager.default.removeItem(at: manifest)
        try FileManager.default.createSymbolicLink(atPath: manifest.path, withDestinationPath: secret)
        let diagnostics = try project.diagnostics()
        #expect(diagnostics.filter { $0.contains(": error: ") } == [
            "plugins/p/plugin.yaml:1:1: error: 'plugin.yaml' is a symbolic link that points outside the plugin folder; "
                + "refusing to read it",
        ])
        #expect(!diagnostics.joined().contains("the-secret-text"))
    }
}

import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Without `--config`, the real executable finds `config/nordic-compare.yaml` in the current folder or the nearest
/// folder above it, says so when it is not the current folder's, and refuses one that another user could have put
/// there (as git's `safe.directory` does).
@Suite struct ConfigurationSearchTests {
    /// A copy of the shipped project in a temporary folder, the project folder being `project/` inside it.
    static func project() throws -> (folder: TemporaryFolder, project: URL) {
        let folder = try TemporaryFolder()
        let project = folder.url.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: false)
        for name in ["config", "plugins"] {
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent(name),
                                             to: project.appendingPathComponent(name))
        }
        return (folder, project)
    }

    static var isRoot: Bool { geteuid() == 0 }

    @Test func listPluginsWorksFromThePluginsFolderOfTheRepository() throws {
        let result = try CommandRunner.run(["list", "plugins"], in: Repository.root.appendingPathComponent("plugins"))
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.split(separator: "\n").map { $0.split(separator: "\t")[0] }
                == ["norway", "denmark", "eu-dep", "nordic"])
        let config = Repository.root.appendingPathComponent("config/nordic-compare.yaml").standardizedFileURL.path
        #expect(result.standardError == "note: using \(config), the configuration of "
                + Repository.root.standardizedFileURL.path + "\n")
    }

    @Test func theCurrentFoldersConfigurationIsUsedWithoutANote() throws {
        let (folder, project) = try Self.project()
        defer { withExtendedLifetime(folder) {} }
        let result = try CommandRunner.run(["list", "views"], in: project)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty, "\(result.standardError)")
    }

    @Test func aRunFromDeepInsideWritesToTheProjectsOutputFolder() throws {
        let (folder, project) = try Self.project()
        defer { withExtendedLifetime(folder) {} }
        let deep = project.appendingPathComponent("plugins/denmark/initiatives")
        let result = try CommandRunner.run(["run", "--format", "csv", "--view", "overview"], in: deep)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.components(separatedBy: "note: using ").count == 2, "\(result.standardError)")
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("output/overview.csv").path))
        #expect(!FileManager.default.fileExists(atPath: deep.appendingPathComponent("output").path))
    }

    @Test func theNearestConfigurationWins() throws {
        let (folder, project) = try Self.project()
        defer { withExtendedLifetime(folder) {} }
        let inner = project.appendingPathComponent("plugins/inner")
        try FileManager.default.createDirectory(at: inner.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: project.appendingPathComponent("config"), to: inner.appendingPathComponent("config"))
        let config = inner.appendingPathComponent("config/nordic-compare.yaml")
        let text = try String(contentsOf: config, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "plugins-folder: ../plugins", with: "plugins-folder: ../..")
            .replacingOccurrences(of: "plugins: [norway, denmark, eu-dep, nordic]", with: "plugins: [denmark]").utf8)
            .write(to: config)
        let result = try CommandRunner.run(["list", "plugins"], in: inner.appendingPathComponent("sub"))
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("denmark\t") && result.standardOutput.split(separator: "\n").count == 1)
        #expect(result.standardError.contains("the configuration of \(inner.path)"), "\(result.standardError)")
    }

    @Test func outsideAnyProjectTheMessageSaysHowToGoOn() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner.run(["list"], in: folder.url)
        #expect(result.status == 64)
        #expect(result.standardOutput.isEmpty)
        for words in ["no config/nordic-compare.yaml in \(folder.url.path) or any folder above it",
                      "run the command inside a project", "pass --config FILE", "'nordic-compare new project DIR'"] {
            #expect(result.standardError.contains(words), "\(result.standardError)")
        }
        #expect(!result.standardError.contains("Usage:"), "\(result.standardError)")
    }

    @Test func aProjectFolderEveryoneCanWriteToIsRefused() throws {
        let (folder, project) = try Self.project()
        defer { withExtendedLifetime(folder) {} }
        #expect(chmod(project.path, 0o777) == 0)
        let result = try CommandRunner.run(["list"], in: project.appendingPathComponent("plugins"))
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("refusing the configuration \(project.path)/config/nordic-compare.yaml: "
                                              + "\(project.path) can be written by every user"), "\(result.standardError)")
        #expect(result.standardError.contains("--config \(project.path)/config/nordic-compare.yaml"))
    }

    @Test(.enabled(if: isRoot, "only root can give a folder to another user"))
    func aConfigurationFolderOfAnotherUserIsRefusedUntilNamed() throws {
        let (folder, project) = try Self.project()
        defer { withExtendedLifetime(folder) {} }
        let config = project.appendingPathComponent("config")
        #expect(chown(config.path, 4242, 4242) == 0)
        let refused = try CommandRunner.run(["validate"], in: project)
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("\(config.path) belongs to uid 4242, and you are root (uid 0)"),
                "\(refused.standardError)")
        #expect(refused.standardError.contains("If you trust it, name it: --config"), "\(refused.standardError)")
        let named = try CommandRunner.run(["validate", "--config", "config/nordic-compare.yaml"], in: project)
        #expect(named.status == 0, "\(named.standardError)")
    }

    @Test(.enabled(if: isRoot, "only root can give a folder to another group"))
    func aGroupWritableFolderIsRefusedUnlessTheGroupIsTheOwnersOwn() throws {
        let (folder, project) = try Self.project()
        defer { withExtendedLifetime(folder) {} }
        #expect(chmod(project.path, 0o775) == 0)
        // root's own group (gid 0, named root, no other members) is private to root: accepted.
        #expect(chown(project.path, 0, 0) == 0)
        let own = try CommandRunner.run(["list"], in: project)
        #expect(own.status == 0, "\(own.standardError)")
        #expect(chown(project.path, 0, 4242) == 0)
        let shared = try CommandRunner.run(["list"], in: project)
        #expect(shared.status == 1)
        #expect(shared.standardError.contains("\(project.path) can be written by the group"), "\(shared.standardError)")
    }
}

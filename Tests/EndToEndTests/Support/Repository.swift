import Foundation
import Testing
import TestSupport

/// Paths into this repository's checkout, found from this source file, so tests read the real shipped files.
enum Repository {
    /// The repository root.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped default configuration.
    static var defaultConfig: String { root.appendingPathComponent("config/nordic-compare.yaml").path }

    /// The folder of golden files for rendered output.
    static var goldenFolder: URL { root.appendingPathComponent("Tests/EndToEndTests/Golden") }

    /// The golden files of the shipped plugins' output, read where they are in the source tree.
    static let golden = GoldenFiles(sourceFolder: goldenFolder, name: "Tests/EndToEndTests/Golden", testTarget: "EndToEndTests")

    /// The built `nordic-compare` executable, next to the test bundle.
    static var executable: URL {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("nordic-compare"),
            Bundle.main.bundleURL.appendingPathComponent("nordic-compare"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("nordic-compare"),
        ]
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            let url = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("nordic-compare")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }
}

/// A temporary folder that a test owns and removes.
final class TemporaryFolder {
    /// The folder.
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("nordic-compare-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes a text file (creating folders) and returns its path.
    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    /// Copies the shipped config, codebook and plugins into this folder, so a test can break a copy.
    func copyShippedProject() throws {
        for name in ["config", "plugins"] {
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent(name),
                                             to: url.appendingPathComponent(name))
        }
    }

    /// Rewrites the copied `config/nordic-compare.yaml` with `edit` and returns the new text; requires that the edit
    /// changes it, so that a test never runs the shipped configuration while believing it broke it.
    @discardableResult
    func editConfiguration(_ edit: (String) throws -> String) throws -> String {
        let path = url.appendingPathComponent("config/nordic-compare.yaml")
        let text = try String(contentsOf: path, encoding: .utf8)
        let edited = try edit(text)
        try #require(edited != text, "the edit does not change the configuration")
        try Data(edited.utf8).write(to: path)
        return edited
    }

    /// Every file below the folder, relative, sorted.
    func listing(_ relativeFolder: String = "") -> [String] {
        let base = url.appendingPathComponent(relativeFolder)
        let items = (try? FileManager.default.subpathsOfDirectory(atPath: base.path)) ?? []
        return items.sorted()
    }
}

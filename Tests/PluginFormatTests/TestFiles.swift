import ComparisonKit
import Foundation
import PluginFormat

/// The repository checkout, found from this file, so tests read the real shipped plugins.
enum TestFiles {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Loads the shipped plugins the way a run does, returning the corpus and every diagnostic.
    static func shippedCorpus() -> (Corpus, [Diagnostic]) {
        let plugins = root.appendingPathComponent("plugins").path
        let discovery = PluginDiscovery(pluginsFolder: plugins, namedAt: .synthetic("test"))
        var registry = PluginRegistry()
        for plugin in discovery.plugins { registry.register(plugin) }
        let enabled = ["norway", "denmark", "eu-dep", "nordic"].map { CorpusLoader.Enablement(pluginID: $0, location: .synthetic("test")) }
        return CorpusLoader.load(enabled, from: registry)
    }

    /// The shipped codebook.
    static func shippedCodebook() -> (Codebook, [Diagnostic]) {
        CodebookLoader.load(dimensionsPath: root.appendingPathComponent("config/dimensions.yaml").path,
                            themesPath: root.appendingPathComponent("config/themes.yaml").path,
                            jurisdictionsPath: root.appendingPathComponent("config/jurisdictions.yaml").path,
                            indicatorsPath: root.appendingPathComponent("config/indicators.yaml").path)
    }
}

/// A scratch plugins folder that a test fills with files and removes afterwards.
final class ScratchPlugins {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("nc-plugins-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Writes a file below the folder.
    @discardableResult
    func write(_ path: String, _ text: String) throws -> String {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// A minimal valid manifest for a plugin in folder `id` listing the given initiative files.
    func manifest(_ id: String, initiatives: [String] = ["initiatives/a.yaml"], jurisdiction: String = "SE") throws {
        try write("\(id)/plugin.yaml", """
            format: 1
            plugin:
              id: \(id)
              name: { en: Test, sv: Test }
              jurisdiction: \(jurisdiction)
              version: 1.0.0
            sources:
              doc:
                title: A document
                publisher: A publisher
                published: 2024-05
                language: sv
            initiatives:
            \(initiatives.map { "  - \($0)" }.joined(separator: "\n"))

            """)
    }

    /// Opens and loads one plugin folder, returning its contribution's diagnostics (or the manifest's).
    func load(_ id: String) -> (PluginContribution?, [Diagnostic]) {
        switch YAMLPlugin.open(folder: root.appendingPathComponent(id).path) {
        case .failure(let failure): return (nil, failure.diagnostics)
        case .success(let plugin):
            let contribution = plugin.load()
            return (contribution, contribution.diagnostics)
        }
    }
}

/// A minimal valid initiative file with `extra` lines appended.
func initiativeYAML(id: String = "se-test", _ extra: String = "") -> String {
    """
    format: 1
    id: \(id)
    kind: strategy
    language: sv
    source: doc
    name: { sv: Teststrategi, en: Test strategy }
    \(extra)

    """
}

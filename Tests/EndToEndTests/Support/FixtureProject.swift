import ComparisonKit
import ComparisonRunner
import Foundation

/// A bad-input fixture laid out as a small project in a temporary folder: the fixture's own files, plus the
/// shipped codebook and a run configuration enabling its plugins when the fixture brings no configuration.
final class FixtureProject {
    let folder: TemporaryFolder
    /// Lines of `expected.txt`: each must be the start of one diagnostic the run reports.
    let expected: [String]

    /// A valid manifest of plugin `p` with one source, `doc`, listing `initiatives/a.yaml` on line 10: what the
    /// tests that build a project around one file start from.
    static let oneFileManifest = """
        format: 1
        plugin:
          id: p
          name: { en: Testland, sv: Testland }
          jurisdiction: SE
          version: 1.0.0
        sources:
          doc: { title: Ett exempeldokument, publisher: Exempelverket, published: 2024-05-02, language: sv }
        initiatives:
          - initiatives/a.yaml

        """

    /// A valid initiative file for `oneFileManifest`'s `initiatives/a.yaml`, citing its source `doc`.
    static let oneInitiative = """
        format: 1
        id: se-example
        kind: strategy
        language: sv
        source: doc
        name: { sv: Exempelstrategin, en: The example strategy }

        """

    /// The folder of checked-in fixtures.
    static let fixturesFolder = Repository.root.appendingPathComponent("Tests/EndToEndTests/Fixtures")

    /// The names of the checked-in fixtures, sorted.
    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixturesFolder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Lays out the named fixture (or an empty project) and its configuration.
    init(_ name: String? = nil, enable: [String]? = nil) throws {
        folder = try TemporaryFolder()
        var expectedLines: [String] = []
        var enabled = enable
        if let name {
            let source = FixtureProject.fixturesFolder.appendingPathComponent(name)
            for item in try FileManager.default.contentsOfDirectory(atPath: source.path) where item != "expected.txt" {
                try FileManager.default.copyItem(at: source.appendingPathComponent(item),
                                                 to: folder.url.appendingPathComponent(item))
            }
            let text = try String(contentsOf: source.appendingPathComponent("expected.txt"), encoding: .utf8)
            for line in text.split(separator: "\n").map(String.init) {
                if line.hasPrefix("# enable: ") {
                    enabled = line.dropFirst("# enable: ".count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                } else if !line.hasPrefix("#"), !line.isEmpty {
                    expectedLines.append(line)
                }
            }
        }
        expected = expectedLines
        try writeConfiguration(enabling: enabled)
    }

    private func writeConfiguration(enabling enabled: [String]?) throws {
        let config = folder.url.appendingPathComponent("config")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        for name in ["dimensions.yaml", "themes.yaml"] {
            let target = config.appendingPathComponent(name)
            if !FileManager.default.fileExists(atPath: target.path) {
                try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("config/\(name)"), to: target)
            }
        }
        let runFile = config.appendingPathComponent("nordic-compare.yaml")
        guard !FileManager.default.fileExists(atPath: runFile.path) else { return }
        let plugins = enabled ?? folder.listing("plugins").filter { !$0.contains("/") }
        try folder.write("config/nordic-compare.yaml", """
            format: 1
            plugins-folder: ../plugins
            plugins: [\(plugins.joined(separator: ", "))]
            codebook:
              dimensions: dimensions.yaml
              themes: themes.yaml
            views:
              - id: overview
                title: { en: Overview, nb: Oversikt, da: Oversigt }
                rows: [kind, name, period, status, budget]

            """)
    }

    /// Writes a file into the project (for generated cases).
    @discardableResult
    func write(_ path: String, bytes: [UInt8]) throws -> String {
        let url = folder.url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Runs the real pipeline on the project, as `nordic-compare validate` would, and returns every diagnostic
    /// as printed, with paths relative to the project folder (tests run in parallel, so no working folder is
    /// changed).
    func diagnostics() throws -> [String] {
        let root = folder.url.path + "/"
        let config = root + "config/nordic-compare.yaml"
        return try Runner.prepare(RunOptions(configPath: config)).diagnostics.map { diagnostic in
            diagnostic.description.replacingOccurrences(of: root, with: "")
        }
    }
}

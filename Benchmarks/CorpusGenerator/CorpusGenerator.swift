import Foundation

/// How large a corpus to generate, and from which seed.
public struct CorpusParameters: Sendable, Hashable {
    /// The number of country plugins.
    public var plugins: Int
    /// The number of initiatives in each plugin.
    public var initiativesPerPlugin: Int
    /// The seed: the same parameters always give the same bytes.
    public var seed: UInt64

    /// Creates parameters.
    public init(plugins: Int, initiativesPerPlugin: Int, seed: UInt64) {
        self.plugins = plugins
        self.initiativesPerPlugin = initiativesPerPlugin
        self.seed = seed
    }
}

/// One file of a generated corpus: a path relative to the corpus folder, and its bytes.
public struct GeneratedFile: Sendable, Hashable {
    /// The path relative to the corpus folder, `/`-separated.
    public var relativePath: String
    /// The file's UTF-8 bytes.
    public var contents: [UInt8]
}

/// What was written.
public struct CorpusSummary: Sendable {
    /// The corpus folder.
    public var folder: String
    /// The run configuration to pass to `nordic-compare --config`.
    public var configPath: String
    /// Every file written, relative to the folder, sorted.
    public var files: [String]
    /// The bytes of the plugin files (manifests and initiatives).
    public var pluginBytes: Int
    /// The bytes of every file, configuration and codebook included.
    public var totalBytes: Int
    /// The number of plugins.
    public var plugins: Int
    /// The number of initiatives.
    public var initiatives: Int
}

/// Writes synthetic country plugins shaped like the shipped ones: names in two languages, participants,
/// components with themes, budgets with histories and breakdowns, goals, and a source (often with a locator) on
/// every fact. The corpus folder holds `config/` (run configuration and a copy of the shipped codebook) and
/// `plugins/<id>/` (a `plugin.yaml` and one file per initiative under `initiatives/`).
///
/// Output depends only on the parameters: each plugin draws from its own SplitMix64 stream derived from the seed
/// and its index, so plugins can be generated concurrently and a corpus of N plugins is a prefix of one of N+1.
/// A generated corpus passes `nordic-compare validate` with no errors. About one initiative in sixteen has two
/// sources that disagree on its member count, as the shipped Danish plugin does; those are warnings.
public enum CorpusGenerator {
    /// The run configuration's path inside a corpus folder.
    public static let configRelativePath = "config/nordic-compare.yaml"

    /// The plugin ids, in the order the configuration enables them.
    public static func pluginIDs(_ parameters: CorpusParameters) -> [String] {
        (0..<parameters.plugins).map(pluginID)
    }

    /// Every file of the corpus, sorted by path (for tests and in-memory use).
    public static func files(_ parameters: CorpusParameters) -> [GeneratedFile] {
        var files = sharedFiles(parameters)
        for index in 0..<parameters.plugins { files += pluginFiles(index: index, parameters) }
        return files.sorted { $0.relativePath < $1.relativePath }
    }

    /// Writes the corpus into `folder` (created if missing), plugins concurrently.
    public static func write(_ parameters: CorpusParameters, to folder: String) throws -> CorpusSummary {
        precondition(parameters.plugins >= 0 && parameters.initiativesPerPlugin >= 0)
        let shared = sharedFiles(parameters)
        try writeFiles(shared, to: folder)
        let results = ResultBox(count: parameters.plugins)
        DispatchQueue.concurrentPerform(iterations: parameters.plugins) { index in
            let files = pluginFiles(index: index, parameters)
            do {
                try writeFiles(files, to: folder)
                results.set(index, .success((files.map(\.relativePath), files.reduce(0) { $0 + $1.contents.count })))
            } catch {
                results.set(index, .failure(error))
            }
        }
        var paths = shared.map(\.relativePath)
        var pluginBytes = 0
        for result in results.values {
            let (written, bytes) = try result.get()
            paths += written
            pluginBytes += bytes
        }
        return CorpusSummary(
            folder: folder, configPath: folder + "/" + configRelativePath, files: paths.sorted(),
            pluginBytes: pluginBytes, totalBytes: pluginBytes + shared.reduce(0) { $0 + $1.contents.count },
            plugins: parameters.plugins, initiatives: parameters.plugins * parameters.initiativesPerPlugin)
    }

    // MARK: - Files

    private static func writeFiles(_ files: [GeneratedFile], to folder: String) throws {
        var created = Set<String>()
        for file in files {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(file.relativePath)
            let parent = url.deletingLastPathComponent().path
            if created.insert(parent).inserted {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            }
            try Data(file.contents).write(to: url)
        }
    }

    /// The configuration and the codebook.
    static func sharedFiles(_ parameters: CorpusParameters) -> [GeneratedFile] {
        var yaml = YAMLTextWriter()
        yaml.line(0, "# A generated corpus: \(parameters.plugins) plugins with \(parameters.initiativesPerPlugin) "
                  + "initiatives each, seed \(parameters.seed).")
        yaml.line(0, "format: 1")
        yaml.line(0, "plugins-folder: ../plugins")
        yaml.line(0, "plugins:")
        for id in pluginIDs(parameters) { yaml.line(2, "- " + id) }
        yaml.text += """
            codebook:
              dimensions: dimensions.yaml
              themes: themes.yaml
            language: en
            languages: []          # the generated prose is plain text in no language: ask for no translations
            formats: [markdown, csv, json]
            output: ../output
            history: latest
            views:
              - id: overview
                title: { en: Overview, nb: Oversikt, da: Oversigt }
                rows: [kind, name, period, status, lead, chair, budget]
              - id: themes
                title: { en: Theme coverage, nb: Tematisk dekning, da: Tematisk dækning }
                type: theme-matrix
              - id: budgets
                title: { en: Budgets, nb: Budsjetter, da: Budgetter }
                rows: [budget, budget-breakdown]
                history: all
              - id: governance
                title: { en: Governance and participants, nb: Styring og deltakere, da: Styring og deltagere }
                rows: [lead, chair, member-count, meetings, participants]

            """
        return [
            GeneratedFile(relativePath: configRelativePath, contents: Array(yaml.text.utf8)),
            GeneratedFile(relativePath: "config/dimensions.yaml", contents: Array(GeneratedCodebook.dimensionsYAML.utf8)),
            GeneratedFile(relativePath: "config/themes.yaml", contents: Array(GeneratedCodebook.themesYAML.utf8)),
        ]
    }

    static func pluginID(_ index: Int) -> String {
        country(index).code.lowercased() + "-" + padded(index + 1, 4)
    }

    private static func country(_ pluginIndex: Int) -> WordBank.Country {
        WordBank.countries[pluginIndex % WordBank.countries.count]
    }

    /// One plugin's manifest and initiative files.
    static func pluginFiles(index: Int, _ parameters: CorpusParameters) -> [GeneratedFile] {
        var random = SplitMix64.stream(seed: parameters.seed, part: UInt64(index))
        var plugin = PluginWriter(index: index, id: pluginID(index), country: country(index),
                                  initiatives: parameters.initiativesPerPlugin,
                                  previousPluginFirstInitiative: index > 0 && parameters.initiativesPerPlugin > 0
                                      ? PluginWriter.initiativeID(plugin: pluginID(index - 1), number: 1)
                                      : nil)
        return plugin.files(using: &random)
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// Results filled by concurrent workers, by index.
private final class ResultBox: @unchecked Sendable {
    private var slots: [Result<([String], Int), any Error>]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: .success(([], 0)), count: count)
    }

    func set(_ index: Int, _ value: Result<([String], Int), any Error>) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Result<([String], Int), any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}

import BriefingRenderers
import ComparisonKit
import ComparisonRunner
import Foundation
import PluginFormat
import ProcessTuning
import StandardRenderers
import YAMLKit

/// Why the benchmark stopped.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs the real pipeline over a corpus, phase by phase, and the libyaml floor over the same bytes.
struct PipelineBenchmark {
    /// The run configuration of the corpus.
    let configPath: String
    /// The formats `run` writes (the end-to-end phase, the back-to-back pairs and `render_and_write`).
    let formats: [String]
    /// The formats rendered one at a time, each a phase of its own (`render_<format>`).
    let renderFormats: [String]
    let repetitions: Int
    /// Where outputs are written (a temporary folder the caller removes).
    let outputFolder: String
    /// Whether each repetition starts with the caches emptied (the scaling check's setting).
    var evictsCaches = false

    /// Everything measured.
    struct Report {
        var files: Int
        var corpusBytes: Int
        var initiatives: Int
        var plugins: Int
        var warnings: Int
        var phases: [PhaseResult]
        var peakResetWorks: Bool
        var floorSeconds: Double
        var endToEndSeconds: Double
        var peakRSSBytes: Int?
        /// The floor and end to end timed back to back.
        var pairs: PairedRuns

        /// The quickest whole run, over the end-to-end phase and the back-to-back pairs.
        var fastestEndToEndSeconds: Double { fastest("end_to_end", pairs.endToEndSamples) }
        /// The quickest floor, over the floor phase and the back-to-back pairs.
        var fastestFloorSeconds: Double { fastest("libyaml_events", pairs.floorSamples) }
        /// The quickest whole run over the quickest floor. Other work on a shared machine only ever adds time, and
        /// here it comes in bursts that slow even libyaml alone by up to 1.9×, so the quickest sample of each is
        /// the one nearest the machine's own speed; this ratio moves least from one benchmark run to the next.
        var fastestOverFloor: Double {
            fastestFloorSeconds > 0 ? fastestEndToEndSeconds / fastestFloorSeconds : 0
        }

        /// Attaches instruction counts (from a run under callgrind) to the phases they were counted for, and derives
        /// the derived phases' counts the way their times are derived.
        mutating func attachInstructions(_ counts: [String: Int]) {
            for index in phases.indices {
                if let count = counts[phases[index].name] { phases[index].instructionSamples = [count] }
            }
            if let decode = phases.firstIndex(where: { $0.name == "decode" }),
               let sequential = counts["load_sequential"], let read = counts["read_files"],
               let floor = counts["libyaml_events"] {
                phases[decode].instructionSamples = [max(0, sequential - read - floor)]
            }
        }

        private func fastest(_ phase: String, _ paired: [Double]) -> Double {
            ((phases.first { $0.name == phase }?.samples ?? []) + paired).min() ?? 0
        }
    }

    func run(log: (String) -> Void) throws -> Report {
        let rendered = try Self.renderers(named: renderFormats)
        var timer = PhaseTimer(repetitions: repetitions, evictsCaches: evictsCaches)
        if !timer.peakResetWorks {
            log("note: /proc/self/clear_refs cannot reset the peak; peaks are since the process started")
        }
        let options = RunOptions(configPath: configPath, formats: formats, outputFolder: outputFolder)

        // The corpus: the configuration, the codebook and every YAML file of each enabled plugin. The probe run
        // is dropped before anything is measured, so it does not count towards any phase's memory.
        let (configuration, files, initiatives, plugins, warnings) = try {
            let probe = try prepare(options)
            guard let run = probe.run else { throw BenchmarkFailure("the run could not be prepared") }
            return (run.configuration, corpusFiles(run.configuration), run.corpus.initiatives.count,
                    run.corpus.plugins.count, probe.diagnostics.count)
        }()
        let corpusBytes = files.reduce(0) { $0 + fileSize($1) }
        log("corpus: \(files.count) files, \(corpusBytes) bytes, \(plugins) plugins, \(initiatives) initiatives, "
            + "\(warnings) warnings")

        // End to end first, while the process holds nothing else: what `nordic-compare run` does.
        // `run` keeps its corpus until the process exits rather than freeing it, so the run is released only after
        // the clock has stopped.
        var finished: RunPreparation?
        let endToEnd = try timer.measure("end_to_end", "prepare + tables + render + write (as `run`)",
                                         inputBytes: corpusBytes, afterEach: { if finished != nil { finished = nil } }) {
            let preparation = try prepare(options)
            guard let run = preparation.run else { throw BenchmarkFailure("no run") }
            let bytes = try run.writeOutputs(tableMemoryFreed: AllocatorTuning.returnFreedMemory).reduce(0) { $0 + fileSize($1) }
            finished = preparation
            return bytes
        }
        log("end to end: \(format(endToEnd.seconds)) s")

        // The stages, one at a time on one thread, to see where the time goes.
        var buffers: [[UInt8]] = []
        let read = try timer.measure("read_files", "read every corpus file into memory", inputBytes: corpusBytes) {
            buffers = []
            buffers = try files.map(readFile)
            return nil
        }
        let floor = try timer.measure("libyaml_events", "floor: libyaml event parse only, one thread",
                                      inputBytes: corpusBytes) {
            var events = 0
            for bytes in buffers { events += try YAMLParser.scanEvents(bytes) }
            return nil
        }
        log("floor: \(format(floor.seconds)) s")
        timer.measure("libyaml_events_parallel", "libyaml event parse only, files spread over all cores",
                      inputBytes: corpusBytes) {
            let all = buffers
            DispatchQueue.concurrentPerform(iterations: all.count) { index in
                _ = try? YAMLParser.scanEvents(all[index])
            }
            return nil
        }
        // Each document is dropped once built, as the pipeline drops it once read: holding every document at once
        // would measure page faults for memory the pipeline never needs.
        try timer.measure("parse_tree", "YAMLKit: libyaml events to a located YAMLDocument, one thread",
                          inputBytes: corpusBytes) {
            var nodes = 0
            for (path, bytes) in zip(files, buffers) { nodes += try YAMLParser.parse(bytes, file: path).nodeCount }
            return nil
        }
        buffers = []
        let pluginFolders = configuration.enabledPlugins.map { configuration.pluginsFolder + "/" + $0.pluginID }
        let sequential = try timer.measure("load_sequential", "read + parse + decode + assemble every plugin, one thread",
                                           inputBytes: corpusBytes) {
            var contributions: [PluginContribution] = []
            for folder in pluginFolders {
                switch YAMLPlugin.open(folder: folder) {
                case .success(let plugin): contributions.append(plugin.load())
                case .failure(let failure): throw BenchmarkFailure("\(folder): \(failure.diagnostics)")
                }
            }
            return nil
        }
        // Valid files never build the node tree, so what loading adds is measured against libyaml's own parse.
        timer.derive("decode", "loading beyond reading and libyaml (derived: load_sequential − read_files − libyaml_events, wall and CPU)",
                     inputBytes: corpusBytes, seconds: sequential.seconds - read.seconds - floor.seconds,
                     cpuSeconds: sequential.cpuSeconds - read.cpuSeconds - floor.cpuSeconds,
                     from: "load_sequential - read_files - libyaml_events")
        timer.measure("load_concurrent", "discover plugins, then load them concurrently (as `run`)",
                      inputBytes: corpusBytes) {
            let (corpus, _) = loadConcurrently(configuration)
            return corpus.initiatives.count
        }

        // The rest of the pipeline on one prepared run.
        let prepared = try prepare(options)
        guard let run = prepared.run else { throw BenchmarkFailure("no run") }
        timer.measure("validate", "every validation rule over the corpus", inputBytes: corpusBytes) {
            let context = ValidationContext(corpus: run.corpus, codebook: run.codebook, views: run.views)
            return Validator().validate(context).count
        }
        var document: BriefingDocument?
        timer.measure("build_tables", "the tables of every view, with footnotes", inputBytes: corpusBytes) {
            document = nil
            document = run.document()
            return nil
        }
        guard let document else { throw BenchmarkFailure("no document") }
        try timer.measure("findings", "every finding rule over every initiative (as `findings`)", inputBytes: corpusBytes) {
            do {
                return try run.findings().findings.count
            } catch {
                throw BenchmarkFailure("findings failed: \(error)")
            }
        }
        for renderer in rendered {
            try timer.measure(Self.renderPhaseName(renderer.formatName), "render \(renderer.formatName) (bytes counted, not kept)",
                              inputBytes: corpusBytes) {
                let sink = CountingSink()
                renderer.write(document, to: sink)
                if let failure = sink.failure { throw BenchmarkFailure("render \(renderer.formatName) failed: \(failure)") }
                return sink.byteCount
            }
        }
        try timer.measure("render_and_write", "every format at once on all cores, streamed to disk (as `run`)",
                          inputBytes: corpusBytes) {
            try OutputWriter.write(document, with: run.renderers, to: outputFolder).reduce(0) { $0 + fileSize($1) }
        }

        // Last, the floor and end to end back to back (the corpus bytes held in memory throughout).
        let pairs = try PairedRuns.measure(repetitions: repetitions, buffers: files.map(readFile), endToEnd: {
            let preparation = try prepare(options)
            guard let run = preparation.run else { throw BenchmarkFailure("no run") }
            _ = try run.writeOutputs(tableMemoryFreed: AllocatorTuning.returnFreedMemory)
            finished = preparation
        }, release: { finished = nil })
        log(String(format: "paired: median end to end over floor %.2f", pairs.medianRatio))

        return Report(files: files.count, corpusBytes: corpusBytes, initiatives: initiatives, plugins: plugins,
                      warnings: warnings, phases: timer.results, peakResetWorks: timer.peakResetWorks,
                      floorSeconds: floor.seconds, endToEndSeconds: endToEnd.seconds, peakRSSBytes: endToEnd.peakRSSBytes,
                      pairs: pairs)
    }

    // MARK: - Helpers

    /// The renderers of the formats named, in the order given; every shipped format for `all`.
    static func renderers(named names: [String]) throws -> [any BriefingRenderer] {
        let registry = RendererRegistry.standard
        let wanted = names == ["all"] ? registry.formatNames : names
        return try wanted.map { name in
            guard let renderer = registry.renderer(named: name) else {
                throw BenchmarkFailure("unknown format '\(name)' to render; known: "
                                       + registry.formatNames.joined(separator: ", ") + ", or all")
            }
            return renderer
        }
    }

    /// The phase that renders one format: `render_markdown`, `render_latex_fragment`.
    static func renderPhaseName(_ formatName: String) -> String {
        "render_" + formatName.replacingOccurrences(of: "-", with: "_")
    }

    private func prepare(_ options: RunOptions) throws -> RunPreparation {
        let preparation: RunPreparation
        do {
            preparation = try Runner.prepare(options)
        } catch {
            throw BenchmarkFailure(error.message)
        }
        if preparation.hasErrors {
            let errors = preparation.diagnostics.filter { $0.severity == .error }
            throw BenchmarkFailure("the corpus has \(errors.count) errors, such as:\n"
                                   + errors.prefix(5).map(\.description).joined(separator: "\n"))
        }
        return preparation
    }

    /// What `Runner.prepare` does to load plugins: discover the folders, register them, load concurrently.
    private func loadConcurrently(_ configuration: RunConfiguration) -> (Corpus, [Diagnostic]) {
        let discovery = PluginDiscovery(pluginsFolder: configuration.pluginsFolder,
                                        namedAt: configuration.pluginsFolderLocation)
        var registry = PluginRegistry()
        for plugin in discovery.plugins { registry.register(plugin) }
        return CorpusLoader.load(configuration.enabledPlugins, from: registry)
    }

    /// The configuration, the codebook, and every YAML file in each enabled plugin's folder, in a stable order.
    private func corpusFiles(_ configuration: RunConfiguration) -> [String] {
        var files = [configuration.path, configuration.dimensionsPath, configuration.themesPath]
        for plugin in configuration.enabledPlugins {
            let folder = configuration.pluginsFolder + "/" + plugin.pluginID
            let found = (FileManager.default.subpaths(atPath: folder) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
            files += found.map { folder + "/" + $0 }
        }
        return files
    }

    private func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    private func readFile(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw BenchmarkFailure("cannot read \(path)") }
        return [UInt8](data)
    }
}

func format(_ seconds: Double) -> String {
    String(format: seconds < 0.1 ? "%.4f" : "%.3f", seconds)
}

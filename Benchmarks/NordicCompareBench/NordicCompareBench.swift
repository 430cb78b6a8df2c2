import ArgumentParser
import ComparisonRunner
import CorpusGenerator
import Foundation
import ProcessTuning

/// `nordic-compare-bench`: generates synthetic corpora and measures the pipeline on them (see Benchmarks/README.md).
@main
struct NordicCompareBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nordic-compare-bench",
        abstract: "Measure the nordic-compare pipeline against libyaml's own parse time.",
        discussion: """
            Build it in release mode: swift run -c release nordic-compare-bench --plugins 100 \
            --initiatives-per-plugin 100 --seed 1 --json results.json
            """,
        subcommands: [Bench.self, Generate.self, Scaling.self],
        defaultSubcommand: Bench.self
    )

    /// Tunes the allocator as `nordic-compare` does, then runs the command.
    static func main() {
        AllocatorTuning.limitHeapsToCores()
        main(nil)
    }
}

/// The options that size a generated corpus.
struct CorpusOptions: ParsableArguments {
    @Option(help: "The number of country plugins to generate.")
    var plugins = 100

    @Option(help: "The number of initiatives in each generated plugin.")
    var initiativesPerPlugin = 100

    @Option(help: "The generator's seed: the same seed gives the same bytes.")
    var seed: UInt64 = 1

    var parameters: CorpusParameters {
        CorpusParameters(plugins: plugins, initiativesPerPlugin: initiativesPerPlugin, seed: seed)
    }

    func validate() throws {
        guard plugins >= 1 else { throw ValidationError("--plugins must be at least 1") }
        guard initiativesPerPlugin >= 1 else { throw ValidationError("--initiatives-per-plugin must be at least 1") }
    }
}

/// The formats a benchmark writes as `run` does, and the formats it renders one at a time.
struct FormatOptions: ParsableArguments {
    @Option(help: "The formats `run` writes in the end-to-end phase, the back-to-back pairs and render_and_write, comma-separated.")
    var formats = "markdown,csv,json"

    @Option(help: "The formats rendered one at a time, each a phase of its own (render_<format>), comma-separated; all for every format the tool ships.")
    var renderFormats = "all"

    var runFormats: [String] { Self.list(formats) }
    var renderedFormats: [String] { Self.list(renderFormats) }

    func validate() throws {
        do {
            _ = try PipelineBenchmark.renderers(named: renderedFormats)
        } catch let failure as BenchmarkFailure {
            throw ValidationError(failure.description)
        }
    }

    private static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// Writes a line to standard error.
func logLine(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// `nordic-compare-bench generate`: write a corpus.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic corpus: config/ and plugins/ under the output folder.")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "The folder to write the corpus into (created if missing).")
    var output: String

    func run() throws {
        let summary = try CorpusGenerator.write(corpus.parameters, to: output)
        print("wrote \(summary.files.count) files, \(summary.totalBytes) bytes (\(summary.plugins) plugins, "
              + "\(summary.initiatives) initiatives) to \(summary.folder)")
        print("run it with: nordic-compare run --config \(summary.configPath)")
    }
}

/// `nordic-compare-bench` (default): generate or take a corpus, measure every phase, print and save the results.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the benchmark (the default command).")

    @OptionGroup var corpus: CorpusOptions

    @Option(name: .customLong("corpus"), help: "Measure this existing corpus (a folder with config/nordic-compare.yaml) instead of generating one.")
    var corpusDirectory: String?

    @Option(help: "Write the results as JSON to this file.")
    var json: String?

    @Option(help: "How many times each phase runs; the median is reported.")
    var repetitions = 3

    @OptionGroup var formatOptions: FormatOptions

    @Flag(help: "Keep the generated corpus (its folder is printed).")
    var keepCorpus = false

    mutating func run() throws {
        let work = FileManager.default.temporaryDirectory
            .appendingPathComponent("nordic-compare-bench-\(ProcessInfo.processInfo.processIdentifier)").path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: keepCorpus ? work + "/output" : work) }

        let configPath: String
        var parameters: CorpusParameters?
        var generateSeconds: Double?
        if let corpusDirectory {
            configPath = corpusDirectory + "/" + CorpusGenerator.configRelativePath
        } else {
            let clock = ContinuousClock()
            let start = clock.now
            let summary = try CorpusGenerator.write(corpus.parameters, to: work + "/corpus")
            let elapsed = start.duration(to: clock.now)
            generateSeconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            configPath = summary.configPath
            parameters = corpus.parameters
            logLine("generated \(summary.initiatives) initiatives in \(summary.plugins) plugins "
                + "(\(summary.totalBytes) bytes) in \(format(generateSeconds ?? 0)) s at \(summary.folder)")
        }

        let benchmark = PipelineBenchmark(
            configPath: configPath, formats: formatOptions.runFormats, renderFormats: formatOptions.renderedFormats,
            repetitions: repetitions, outputFolder: work + "/output")
        let report: PipelineBenchmark.Report
        do {
            report = try benchmark.run(log: logLine)
        } catch let failure as BenchmarkFailure {
            logLine("error: \(failure.description)")
            throw ExitCode(1)
        }
        print(ReportFormatting.table(report))
        if let json {
            let data = try ReportFormatting.json(report, parameters: parameters, corpus: corpusDirectory ?? (work + "/corpus"),
                                                 generateSeconds: generateSeconds, repetitions: repetitions)
            try data.write(to: URL(fileURLWithPath: json))
            logLine("wrote \(json)")
        }
        if keepCorpus, corpusDirectory == nil { logLine("kept the corpus at \(work)/corpus") }
    }
}

/// `nordic-compare-bench scaling`: measure a small and a larger generated corpus with every format and check that
/// no phase grows faster than the corpus.
struct Scaling: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that every phase grows linearly: 1 000 against 10 000 initiatives by default, every format.",
        discussion: """
            Generates both corpora, runs every phase of the benchmark on each, and prints each phase's time on the \
            larger over its time on the smaller (the quickest samples; the medians and CPU seconds beside them). \
            A phase whose ratio is over --tolerance times the ratio of the initiatives (13 for 10 times the \
            initiatives at the default 1.3) is flagged, and the command then exits with status 1. Times under 5 ms \
            count as 5 ms, so that a phase too quick to time is not flagged for noise.
            """)

    @Option(help: "Plugins in the smaller corpus.")
    var smallPlugins = 10

    @Option(help: "Plugins in the larger corpus.")
    var largePlugins = 100

    @Option(help: "Initiatives in each generated plugin, in both corpora.")
    var initiativesPerPlugin = 100

    @Option(help: "The generator's seed.")
    var seed: UInt64 = 1

    @Option(help: "How many times each phase runs on each corpus.")
    var repetitions = 3

    @OptionGroup var formatOptions: FormatOptions

    @Option(help: "How much faster than the initiatives a phase may grow before it is flagged.")
    var tolerance = 1.3

    @Option(help: "Write the check's result as JSON to this file.")
    var json: String?

    @Flag(help: ArgumentHelp(
        "Judge growth by instructions counted under Valgrind's callgrind rather than by time.",
        discussion: "Exact and independent of the caches and of other work on the machine, but each corpus is run "
            + "once more under callgrind, about fifty times slower than natively: use --render-formats to limit it."))
    var countInstructions = false

    func validate() throws {
        guard smallPlugins >= 1, initiativesPerPlugin >= 1 else {
            throw ValidationError("--small-plugins and --initiatives-per-plugin must be at least 1")
        }
        guard largePlugins > smallPlugins else { throw ValidationError("--large-plugins must be more than --small-plugins") }
        guard tolerance > 0 else { throw ValidationError("--tolerance must be more than 0") }
        if countInstructions, InstructionCounting.valgrindPath == nil {
            throw ValidationError(InstructionCounting.missingValgrind)
        }
    }

    func run() throws {
        let work = FileManager.default.temporaryDirectory
            .appendingPathComponent("nordic-compare-bench-scaling-\(ProcessInfo.processInfo.processIdentifier)").path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }

        var measured: [(CorpusParameters, PipelineBenchmark.Report)] = []
        for plugins in [smallPlugins, largePlugins] {
            let parameters = CorpusParameters(plugins: plugins, initiativesPerPlugin: initiativesPerPlugin, seed: seed)
            let folder = work + "/corpus-\(plugins)"
            let summary = try CorpusGenerator.write(parameters, to: folder)
            logLine("generated \(summary.initiatives) initiatives in \(summary.plugins) plugins (\(summary.totalBytes) bytes)")
            var benchmark = PipelineBenchmark(
                configPath: summary.configPath, formats: formatOptions.runFormats,
                renderFormats: formatOptions.renderedFormats, repetitions: repetitions, outputFolder: work + "/output")
            // A phase on the smaller corpus must not start with its input still cached from the phase before.
            benchmark.evictsCaches = true
            do {
                var report = try benchmark.run(log: logLine)
                if countInstructions {
                    let rendered = try PipelineBenchmark.renderers(named: formatOptions.renderedFormats).map(\.formatName)
                    report.attachInstructions(try InstructionCounting.count(
                        corpus: folder, formats: formatOptions.runFormats, renderFormats: rendered, work: work,
                        log: logLine))
                }
                measured.append((parameters, report))
            } catch let failure as BenchmarkFailure {
                logLine("error: \(failure.description)")
                throw ExitCode(1)
            } catch let failure as InstructionCounting.Failure {
                logLine("error: \(failure.description)")
                throw ExitCode(1)
            }
            try? FileManager.default.removeItem(atPath: folder)
        }
        let check = ScalingCheck(small: measured[0], large: measured[1], tolerance: tolerance)
        print(check.table())
        if let json {
            let rendered = try PipelineBenchmark.renderers(named: formatOptions.renderedFormats).map(\.formatName)
            try check.json(repetitions: repetitions, formats: formatOptions.runFormats, renderFormats: rendered)
                .write(to: URL(fileURLWithPath: json))
            logLine("wrote \(json)")
        }
        if !check.flagged.isEmpty { throw ExitCode(1) }
    }
}

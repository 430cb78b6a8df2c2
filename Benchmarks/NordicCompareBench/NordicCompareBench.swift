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
        subcommands: [Bench.self, Generate.self],
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

    @Option(help: "The formats to render, comma-separated.")
    var formats = "markdown,csv,json"

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
            log("generated \(summary.initiatives) initiatives in \(summary.plugins) plugins "
                + "(\(summary.totalBytes) bytes) in \(format(generateSeconds ?? 0)) s at \(summary.folder)")
        }

        let benchmark = PipelineBenchmark(
            configPath: configPath, formats: formats.split(separator: ",").map { String($0) },
            repetitions: repetitions, outputFolder: work + "/output")
        let report: PipelineBenchmark.Report
        do {
            report = try benchmark.run(log: log)
        } catch let failure as BenchmarkFailure {
            log("error: \(failure.description)")
            throw ExitCode(1)
        }
        print(ReportFormatting.table(report))
        if let json {
            let data = try ReportFormatting.json(report, parameters: parameters, corpus: corpusDirectory ?? (work + "/corpus"),
                                                 generateSeconds: generateSeconds, repetitions: repetitions)
            try data.write(to: URL(fileURLWithPath: json))
            log("wrote \(json)")
        }
        if keepCorpus, corpusDirectory == nil { log("kept the corpus at \(work)/corpus") }
    }

    private func log(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

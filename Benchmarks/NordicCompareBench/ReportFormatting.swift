import CorpusGenerator
import Foundation

/// The printed table and the JSON file of a benchmark report.
enum ReportFormatting {
    /// A fixed-width table: one line per phase, then the targets.
    static func table(_ report: PipelineBenchmark.Report) -> String {
        var lines: [String] = []
        let mb = Double(report.corpusBytes) / 1e6
        lines.append(String(format: "corpus: %d files, %.2f MB, %d plugins, %d initiatives", report.files, mb,
                            report.plugins, report.initiatives))
        lines.append("")
        lines.append(pad("phase", 24) + pad("median s", 10, right: true) + pad("min s", 10, right: true) + pad("CPU s", 9, right: true)
                     + pad("MB/s", 9, right: true) + pad("× floor", 9, right: true) + pad("peak RSS MiB", 13, right: true)
                     + pad("+RSS MiB", 10, right: true) + "  what")
        for phase in report.phases {
            let ratio = report.floorSeconds > 0 ? phase.seconds / report.floorSeconds : 0
            let peak = phase.peakRSSBytes.map { String(format: "%.1f", Double($0) / 1_048_576) } ?? "—"
            let delta = phase.peakDeltaBytes.map { String(format: "%.1f", Double($0) / 1_048_576) } ?? "—"
            lines.append(pad(phase.name, 24) + pad(String(format: "%.4f", phase.seconds), 10, right: true)
                         + pad(phase.derivedFrom == nil ? String(format: "%.4f", phase.minSeconds) : "—", 10, right: true)
                         + pad(phase.cpuSamples.isEmpty ? "—" : String(format: "%.3f", phase.cpuSeconds), 9, right: true)
                         + pad(String(format: "%.1f", phase.megabytesPerSecond), 9, right: true)
                         + pad(String(format: "%.2f", ratio), 9, right: true) + pad(peak, 13, right: true)
                         + pad(delta, 10, right: true) + "  " + phase.summary)
        }
        lines.append("")
        let ratio = report.floorSeconds > 0 ? report.endToEndSeconds / report.floorSeconds : 0
        lines.append(String(format: "end to end %.3f s = %.2f × the libyaml floor (%.3f s); target ≤ 2", report.endToEndSeconds,
                            ratio, report.floorSeconds))
        let pairRatios = report.pairs.ratios.map { String(format: "%.2f", $0) }.joined(separator: " ")
        lines.append(String(format: "back to back: median %.2f × the floor over %d pairs (", report.pairs.medianRatio,
                            report.pairs.ratios.count) + pairRatios + ")")
        lines.append(String(format: "fastest: end to end %.3f s = %.2f × the fastest floor (%.3f s), over %d runs of each",
                            report.fastestEndToEndSeconds, report.fastestOverFloor, report.fastestFloorSeconds,
                            report.pairs.ratios.count + (report.phases.first { $0.name == "end_to_end" }?.samples.count ?? 0)))
        if let peak = report.peakRSSBytes {
            lines.append(String(format: "peak RSS end to end %.1f MiB = %.2f × the corpus; target ≤ 4", Double(peak) / 1_048_576,
                                Double(peak) / Double(max(report.corpusBytes, 1))))
        }
        if !report.peakResetWorks { lines.append("note: peaks could not be reset between phases") }
        let load = MachineInfo.loadAverage.map { String(format: "%.2f", $0) }.joined(separator: " ")
        lines.append("load average now: \(load) on \(MachineInfo.processorCount) cores")
        return lines.joined(separator: "\n")
    }

    /// The JSON report: top-level figures for comparing commits, then one entry per phase.
    static func json(_ report: PipelineBenchmark.Report, parameters: CorpusParameters?, corpus: String,
                     generateSeconds: Double?, repetitions: Int) throws -> Data {
        var phases: [[String: Any]] = []
        for phase in report.phases {
            var entry: [String: Any] = [
                "name": phase.name,
                "summary": phase.summary,
                "seconds": phase.seconds,
                "min_seconds": phase.minSeconds,
                "samples": phase.samples,
                "input_bytes": phase.inputBytes,
                "mb_per_s": phase.megabytesPerSecond,
                "cpu_seconds": phase.cpuSeconds,
                "over_floor": report.floorSeconds > 0 ? phase.seconds / report.floorSeconds : 0,
            ]
            if !phase.instructionSamples.isEmpty { entry["instructions"] = phase.instructionSamples }
            if let value = phase.outputBytes { entry["output_bytes"] = value }
            if let value = phase.peakRSSBytes { entry["peak_rss_bytes"] = value }
            if let value = phase.rssBeforeBytes { entry["rss_before_bytes"] = value }
            if let value = phase.peakDeltaBytes { entry["peak_delta_bytes"] = value }
            if let value = phase.derivedFrom { entry["derived_from"] = value }
            phases.append(entry)
        }
        var root: [String: Any] = [
            "schema": 1,
            "corpus": corpus,
            "corpus_files": report.files,
            "corpus_bytes": report.corpusBytes,
            "plugins": report.plugins,
            "initiatives": report.initiatives,
            "warnings": report.warnings,
            "repetitions": repetitions,
            "floor_seconds": report.floorSeconds,
            "end_to_end_seconds": report.endToEndSeconds,
            "end_to_end_over_floor": report.floorSeconds > 0 ? report.endToEndSeconds / report.floorSeconds : 0,
            "paired_over_floor_median": report.pairs.medianRatio,
            "fastest_end_to_end_seconds": report.fastestEndToEndSeconds,
            "fastest_floor_seconds": report.fastestFloorSeconds,
            "fastest_over_floor": report.fastestOverFloor,
            "paired_over_floor": report.pairs.ratios,
            "paired_floor_samples": report.pairs.floorSamples,
            "paired_end_to_end_samples": report.pairs.endToEndSamples,
            "peak_reset_works": report.peakResetWorks,
            "phases": phases,
            "machine": machine,
        ]
        if let parallel = report.phases.first(where: { $0.name == "libyaml_events_parallel" }) {
            root["floor_parallel_seconds"] = parallel.seconds
        }
        if let peak = report.peakRSSBytes {
            root["peak_rss_bytes"] = peak
            root["peak_rss_over_corpus_bytes"] = Double(peak) / Double(max(report.corpusBytes, 1))
        }
        if let parameters {
            root["parameters"] = ["plugins": parameters.plugins, "initiatives_per_plugin": parameters.initiativesPerPlugin,
                                  "seed": parameters.seed] as [String: Any]
        }
        if let generateSeconds { root["generate_seconds"] = generateSeconds }
        return try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])
    }

    /// The machine the figures were measured on, and its load at the end.
    static var machine: [String: Any] {
        [
            "processors": MachineInfo.processorCount,
            "cpu_model": MachineInfo.cpuModel,
            "memory_bytes": MachineInfo.memoryBytes,
            "kernel": MachineInfo.kernel,
            "swift_compiler": MachineInfo.swiftCompiler,
            "load_average_at_end": MachineInfo.loadAverage,
        ]
    }

    /// `text` padded with spaces to `width` characters, on the left when `right` (a column of numbers).
    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let count = text.count
        guard count < width else { return text + " " }
        let fill = String(repeating: " ", count: width - count)
        return right ? fill + text : text + fill
    }
}

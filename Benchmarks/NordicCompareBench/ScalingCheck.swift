import CorpusGenerator
import Foundation

/// Whether every phase grows with the corpus and no faster: the same phases measured on a smaller and a larger
/// corpus, each phase's work on the larger over its work on the smaller, against the ratio of their initiatives.
///
/// Linear work gives about the ratio of the initiatives (10 for 1 000 against 10 000), n·log n a little more. A
/// phase over `tolerance` times that ratio is flagged.
///
/// With `--count-instructions` work is measured in instructions, counted under callgrind for every thread
/// (``InstructionCounting``): that is what an algorithm costs, and it does not depend on the caches or on other
/// processes. Measured in time, a larger corpus that no longer fits in the caches, or the kernel writing gigabytes
/// back to disk, makes linear phases look 13 to 20 times slower for 10 times the initiatives (see
/// `Benchmarks/README.md`). Otherwise the check judges the quickest samples' times, the nearest to the code's own
/// speed on a shared machine. Times (quickest, median, CPU) are shown either way. Work under `smallestJudged` counts
/// as that much, so that a phase too quick to measure is not flagged for noise. Judged by time, a derived phase
/// (`decode`, the difference of three measured ones) is shown but not judged: its parts are, and a difference of three
/// noisy times can move by more than the tolerance on its own; counted instructions are exact, so there it is judged.
struct ScalingCheck {
    /// What the check compares.
    enum Measure: String {
        /// Instructions counted under callgrind, all threads.
        case instructions
        /// The quickest sample's wall-clock seconds.
        case time
    }

    /// One phase on both corpora.
    struct Row {
        var name: String
        /// The quickest sample on each corpus, in seconds.
        var small: Double
        var large: Double
        /// The medians, in seconds.
        var smallMedian: Double
        var largeMedian: Double
        /// The median CPU seconds (nil for a phase without them).
        var smallCPU: Double?
        var largeCPU: Double?
        /// The instructions counted on each corpus (nil when they were not counted).
        var smallInstructions: Int?
        var largeInstructions: Int?
        /// Whether the phase is computed from others rather than measured.
        var isDerived: Bool
        /// Whether the phase grew faster than allowed.
        var flagged: Bool

        /// The quickest on the larger corpus over the quickest on the smaller.
        var ratio: Double? { Self.ratio(large, small) }
        /// The medians' ratio.
        var medianRatio: Double? { Self.ratio(largeMedian, smallMedian) }
        /// The CPU seconds' ratio.
        var cpuRatio: Double? { Self.ratio(largeCPU ?? 0, smallCPU ?? 0) }
        /// The instructions' ratio.
        var instructionRatio: Double? {
            guard let smallInstructions, let largeInstructions else { return nil }
            return Self.ratio(Double(largeInstructions), Double(smallInstructions))
        }

        private static func ratio(_ large: Double, _ small: Double) -> Double? {
            small > 0 ? large / small : nil
        }
    }

    /// The shortest time the check judges when it judges time: shorter ones count as this long.
    static let shortestJudged = 0.005
    /// The fewest instructions the check judges: fewer count as this many (a millisecond's work or so).
    static let smallestJudged = 2_000_000

    let smallParameters: CorpusParameters
    let largeParameters: CorpusParameters
    let small: PipelineBenchmark.Report
    let large: PipelineBenchmark.Report
    /// How much faster than the initiatives a phase may grow.
    let tolerance: Double
    /// Instructions when both corpora were counted under callgrind, else time.
    let measure: Measure
    /// The phases measured on both corpora, in the order they ran.
    let rows: [Row]

    /// Compares the phases of two benchmark reports.
    init(small: (CorpusParameters, PipelineBenchmark.Report), large: (CorpusParameters, PipelineBenchmark.Report),
         tolerance: Double) {
        smallParameters = small.0
        self.small = small.1
        largeParameters = large.0
        self.large = large.1
        self.tolerance = tolerance
        let counted = { (report: PipelineBenchmark.Report) in
            report.phases.allSatisfy { $0.derivedFrom != nil || $0.minInstructions != nil }
        }
        let measure: Measure = counted(small.1) && counted(large.1) ? .instructions : .time
        self.measure = measure
        let sizeRatio = Double(large.1.initiatives) / Double(max(small.1.initiatives, 1))
        let allowed = tolerance * sizeRatio
        rows = small.1.phases.compactMap { phase -> Row? in
            guard let other = large.1.phases.first(where: { $0.name == phase.name }) else { return nil }
            let flagged: Bool
            switch measure {
            case .time where phase.derivedFrom != nil:
                flagged = false
            case .instructions:
                let smallWork = Double(max(phase.minInstructions ?? 0, Self.smallestJudged))
                flagged = Double(other.minInstructions ?? 0) > allowed * smallWork
            case .time:
                flagged = other.minSeconds > allowed * max(phase.minSeconds, Self.shortestJudged)
            }
            return Row(name: phase.name, small: phase.minSeconds, large: other.minSeconds,
                       smallMedian: phase.seconds, largeMedian: other.seconds,
                       smallCPU: phase.cpuSamples.isEmpty ? nil : phase.cpuSeconds,
                       largeCPU: other.cpuSamples.isEmpty ? nil : other.cpuSeconds,
                       smallInstructions: phase.minInstructions, largeInstructions: other.minInstructions,
                       isDerived: phase.derivedFrom != nil, flagged: flagged)
        }
    }

    /// The ratio of the initiatives: what linear work grows by.
    var sizeRatio: Double { Double(large.initiatives) / Double(max(small.initiatives, 1)) }

    /// The highest ratio a phase may have.
    var allowedRatio: Double { tolerance * sizeRatio }

    /// The phases that grew faster than allowed.
    var flagged: [Row] { rows.filter(\.flagged) }

    /// What the check judged by, in words.
    var measureDescription: String {
        switch measure {
        case .instructions: return "instructions counted under callgrind, all threads"
        case .time: return "the quickest samples' wall-clock time (count instructions with --count-instructions)"
        }
    }

    /// A fixed-width table, one line per phase, then the verdict.
    func table() -> String {
        typealias Pad = ReportFormatting
        var lines: [String] = []
        lines.append(String(format: "scaling: %d against %d initiatives (%.1f×), %d against %d corpus bytes; "
                            + "a phase is flagged over %.1f×", small.initiatives, large.initiatives, sizeRatio,
                            small.corpusBytes, large.corpusBytes, allowedRatio))
        lines.append("judged by: " + measureDescription)
        lines.append("")
        lines.append(Pad.pad("phase", 24) + Pad.pad("\(small.initiatives) s", 12, right: true)
                     + Pad.pad("\(large.initiatives) s", 12, right: true) + Pad.pad("instr.", 9, right: true)
                     + Pad.pad("time", 9, right: true) + Pad.pad("median", 9, right: true)
                     + Pad.pad("CPU", 9, right: true) + "  verdict")
        for row in rows {
            lines.append(Pad.pad(row.name, 24) + Pad.pad(String(format: "%.4f", row.small), 12, right: true)
                         + Pad.pad(String(format: "%.4f", row.large), 12, right: true)
                         + Pad.pad(Self.format(row.instructionRatio), 9, right: true)
                         + Pad.pad(Self.format(row.ratio), 9, right: true)
                         + Pad.pad(Self.format(row.medianRatio), 9, right: true)
                         + Pad.pad(Self.format(row.cpuRatio), 9, right: true)
                         + "  " + verdict(row))
        }
        lines.append("")
        if flagged.isEmpty {
            lines.append(String(format: "every phase within %.1f× for %.1f× the initiatives", allowedRatio, sizeRatio))
        } else {
            lines.append(String(format: "over %.1f× for %.1f× the initiatives: ", allowedRatio, sizeRatio)
                         + flagged.map(\.name).joined(separator: ", "))
        }
        let load = MachineInfo.loadAverage.map { String(format: "%.2f", $0) }.joined(separator: " ")
        lines.append("load average now: \(load) on \(MachineInfo.processorCount) cores")
        return lines.joined(separator: "\n")
    }

    /// The check as JSON: both corpora, each phase's times and ratios, and the verdict.
    func json(repetitions: Int, formats: [String], renderFormats: [String]) throws -> Data {
        func corpus(_ parameters: CorpusParameters, _ report: PipelineBenchmark.Report) -> [String: Any] {
            ["plugins": parameters.plugins, "initiatives_per_plugin": parameters.initiativesPerPlugin,
             "seed": parameters.seed, "initiatives": report.initiatives, "corpus_bytes": report.corpusBytes,
             "corpus_files": report.files]
        }
        let phases: [[String: Any]] = rows.map { row in
            var entry: [String: Any] = [
                "name": row.name,
                "small_min_seconds": row.small,
                "large_min_seconds": row.large,
                "small_seconds": row.smallMedian,
                "large_seconds": row.largeMedian,
                "flagged": row.flagged,
            ]
            if let value = row.ratio { entry["ratio"] = value }
            if let value = row.medianRatio { entry["median_ratio"] = value }
            if let value = row.smallCPU { entry["small_cpu_seconds"] = value }
            if let value = row.largeCPU { entry["large_cpu_seconds"] = value }
            if let value = row.cpuRatio { entry["cpu_ratio"] = value }
            if let value = row.smallInstructions { entry["small_min_instructions"] = value }
            if let value = row.largeInstructions { entry["large_min_instructions"] = value }
            if let value = row.instructionRatio { entry["instruction_ratio"] = value }
            return entry
        }
        let root: [String: Any] = [
            "schema": 2,
            "check": "scaling",
            "small": corpus(smallParameters, small),
            "large": corpus(largeParameters, large),
            "size_ratio": sizeRatio,
            "tolerance": tolerance,
            "allowed_ratio": allowedRatio,
            "shortest_judged_seconds": Self.shortestJudged,
            "smallest_judged_instructions": Self.smallestJudged,
            "judged_by": measure.rawValue,
            "repetitions": repetitions,
            "formats": formats,
            "render_formats": renderFormats,
            "phases": phases,
            "flagged": flagged.map(\.name),
            "within_limit": flagged.isEmpty,
            "machine": ReportFormatting.machine,
        ]
        return try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])
    }

    private func verdict(_ row: Row) -> String {
        if row.flagged { return "OVER \(String(format: "%.1f", allowedRatio))×" }
        return row.isDerived && measure == .time ? "derived, not judged" : "ok"
    }

    private static func format(_ ratio: Double?) -> String {
        ratio.map { String(format: "%.2f", $0) } ?? "—"
    }
}

internal import CCallgrind
import Foundation

/// Counts the instructions of each phase by running the benchmark under Valgrind's callgrind: the measure of work by
/// which `scaling --count-instructions` judges growth.
///
/// Time is a poor judge of growth on this kind of machine: a corpus ten times larger no longer fits in the caches, so
/// linear phases take 13 to 17 times as long for ten times the work (see `Benchmarks/README.md`), and the host has no
/// hardware counters to read. Callgrind counts every instruction of every thread, the same on every run and whatever
/// else the machine does; it is about fifty times slower than running natively, so the counted run does one
/// repetition of each phase.
///
/// Inside the counted run, ``PhaseTimer`` marks each repetition: it sets callgrind's counters to zero before the phase
/// and writes them out, as a profile part named after the phase, after it. The parent run reads each part's total.
enum InstructionCounting {
    /// True inside a run under callgrind (built with Valgrind's headers).
    static let isCounting = nc_callgrind_is_running() != 0

    /// The trigger name of a phase's profile part.
    static func partName(phase: String, repetition: Int) -> String { "phase:\(phase):\(repetition)" }

    /// Starts counting a phase afresh (under callgrind only).
    static func begin() {
        if isCounting { nc_callgrind_zero() }
    }

    /// Writes a phase's count out as a profile part of its own (under callgrind only).
    static func end(phase: String, repetition: Int) {
        guard isCounting else { return }
        partName(phase: phase, repetition: repetition).withCString { nc_callgrind_dump($0) }
    }

    /// What went wrong while counting.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Valgrind's path on the PATH, or nil.
    static var valgrindPath: String? { executable(named: "valgrind") }

    /// What to do when Valgrind is missing.
    static let missingValgrind = "--count-instructions needs Valgrind's callgrind on the PATH (Debian: apt-get install "
        + "valgrind), and the benchmark built where Valgrind's headers are installed (they come with it)"

    /// Runs this benchmark's `run` command on `corpus` under callgrind and returns each phase's instructions.
    static func count(corpus: String, formats: [String], renderFormats: [String], work: String,
                      log: (String) -> Void) throws -> [String: Int] {
        guard let valgrind = valgrindPath else { throw Failure(description: missingValgrind) }
        let profiles = work + "/callgrind"
        try? FileManager.default.removeItem(atPath: profiles)
        try FileManager.default.createDirectory(atPath: profiles, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: profiles) }
        let benchmark = try executableWithoutDebugInfo(in: work)
        defer { if benchmark.hasPrefix(work) { try? FileManager.default.removeItem(atPath: benchmark) } }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: valgrind)
        process.arguments = [
            "--tool=callgrind", "--quiet", "--callgrind-out-file=\(profiles)/profile",
            benchmark, "run", "--corpus", corpus, "--repetitions", "1",
            "--formats", formats.joined(separator: ","), "--render-formats", renderFormats.joined(separator: ","),
        ]
        process.standardOutput = FileHandle.nullDevice
        log("counting instructions under callgrind (about fifty times slower than a native run)…")
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "the benchmark under callgrind exited with status \(process.terminationStatus)")
        }
        let counts = try phaseTotals(inProfilesAt: profiles)
        guard !counts.isEmpty else {
            throw Failure(description: "callgrind wrote no phase counts: was the benchmark built with Valgrind's headers "
                + "(/usr/include/valgrind/callgrind.h)?")
        }
        return counts
    }

    /// The instructions of each phase, from the profile parts in `folder` (the first repetition of each phase).
    static func phaseTotals(inProfilesAt folder: String) throws -> [String: Int] {
        var totals: [String: Int] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            guard let part = profilePart(text), part.repetition == 0 else { continue }
            totals[part.phase] = part.instructions
        }
        return totals
    }

    /// A profile part's phase, repetition and total, from its header: `desc: Trigger: Client Request: phase:NAME:REP`
    /// and `summary: N` (or `totals: N`).
    static func profilePart(_ text: String) -> (phase: String, repetition: Int, instructions: Int)? {
        var trigger: Substring?
        var total: Int?
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("desc: Trigger: Client Request: phase:") {
                trigger = line.dropFirst("desc: Trigger: Client Request: phase:".count)
            } else if line.hasPrefix("summary: ") || line.hasPrefix("totals: ") {
                total = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
            }
            if trigger != nil, total != nil { break }
        }
        guard let trigger, let total, let colon = trigger.lastIndex(of: ":"),
              let repetition = Int(trigger[trigger.index(after: colon)...]) else { return nil }
        return (String(trigger[..<colon]), repetition, total)
    }

    /// This executable, or a copy of it without debug information in `folder` when `strip` is at hand: Valgrind 3.19
    /// cannot read the DWARF 5 that Swift 6.3 writes into the benchmark and gives up, and the totals need no symbols.
    private static func executableWithoutDebugInfo(in folder: String) throws -> String {
        let path = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        guard let strip = executable(named: "strip") else { return path }
        let copy = folder + "/nordic-compare-bench-counted"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: strip)
        process.arguments = ["--strip-debug", "-o", copy, path]
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? copy : path
    }

    private static func executable(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

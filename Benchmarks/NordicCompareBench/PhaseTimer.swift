import ComparisonRunner
import Foundation
import ProcessTuning

/// One measured phase: its times over the repetitions, the bytes it worked through and the memory it needed.
struct PhaseResult {
    /// A stable snake_case name, used as the JSON key.
    var name: String
    /// What the phase does, for the printed table.
    var summary: String
    /// Wall-clock seconds of each repetition.
    var samples: [Double]
    /// The corpus bytes the phase works through (MB/s is computed from these).
    var inputBytes: Int
    /// Bytes the phase produced (rendered files), when that means something.
    var outputBytes: Int?
    /// The highest resident set during any repetition, in bytes.
    var peakRSSBytes: Int?
    /// The resident set just before the repetition with the highest peak, in bytes.
    var rssBeforeBytes: Int?
    /// Set for a phase computed from others rather than timed itself.
    var derivedFrom: String?
    /// CPU seconds (user + system, all threads) of each repetition: more than the wall time when a phase uses
    /// several cores, and unaffected by other processes waiting for the same cores.
    var cpuSamples: [Double] = []
    /// The instructions of all threads, counted under callgrind in a run of their own (see ``InstructionCounting``);
    /// empty unless the scaling check counted them.
    var instructionSamples: [Int] = []

    /// The fewest instructions of any counted repetition, or nil when none were counted.
    var minInstructions: Int? { instructionSamples.min() }

    /// The median CPU seconds.
    var cpuSeconds: Double {
        let sorted = cpuSamples.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[sorted.count / 2]
    }

    /// The median of the samples.
    var seconds: Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The fastest sample.
    var minSeconds: Double { samples.min() ?? 0 }

    /// Corpus megabytes (10^6 bytes) per second, from the median.
    var megabytesPerSecond: Double { seconds > 0 ? Double(inputBytes) / 1e6 / seconds : 0 }

    /// The memory the phase added on top of what the process held before it.
    var peakDeltaBytes: Int? {
        guard let peakRSSBytes, let rssBeforeBytes else { return nil }
        return max(0, peakRSSBytes - rssBeforeBytes)
    }
}

/// Times phases: each repetition starts with freed memory handed back and the peak-memory mark reset, so each
/// phase's peak is its own.
struct PhaseTimer {
    let repetitions: Int
    let peakResetWorks: Bool
    /// Whether each repetition starts with the caches emptied (``CacheEviction``): the scaling check's setting, off
    /// for `run` so that its figures compare with earlier ones.
    let evictsCaches: Bool
    private(set) var results: [PhaseResult] = []

    init(repetitions: Int, evictsCaches: Bool = false) {
        self.repetitions = max(1, repetitions)
        self.evictsCaches = evictsCaches
        peakResetWorks = ProcessMemory.peakResetWorks()
    }

    /// Runs `body` `repetitions` times; `body` returns the bytes it produced, if any. Whatever `body` keeps
    /// alive counts towards the peak, so a phase should hold its results until it returns. `afterEach` runs after
    /// each repetition, outside the timing: for releasing what the phase made when releasing it is no part of it.
    @discardableResult
    mutating func measure(_ name: String, _ summary: String, inputBytes: Int, afterEach: () -> Void = {},
                          _ body: () throws -> Int?) rethrows -> PhaseResult {
        var samples: [Double] = []
        var cpuSamples: [Double] = []
        var peak: Int?
        var before: Int?
        var output: Int?
        let clock = ContinuousClock()
        for _ in 0..<repetitions {
            AllocatorTuning.returnFreedMemory()
            if evictsCaches { CacheEviction.evict() }
            ProcessMemory.resetPeak()
            let resident = ProcessMemory.residentBytes()
            let cpuStart = ProcessMemory.cpuSeconds()
            InstructionCounting.begin()
            let start = clock.now
            output = try body()
            let elapsed = start.duration(to: clock.now)
            InstructionCounting.end(phase: name, repetition: samples.count)
            samples.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            cpuSamples.append(ProcessMemory.cpuSeconds() - cpuStart)
            if let current = ProcessMemory.peakBytes(), current > (peak ?? -1) {
                peak = current
                before = resident
            }
            afterEach()
        }
        let result = PhaseResult(name: name, summary: summary, samples: samples, inputBytes: inputBytes,
                                 outputBytes: output, peakRSSBytes: peak, rssBeforeBytes: before, cpuSamples: cpuSamples)
        results.append(result)
        return result
    }

    /// Adds a phase computed from others (no memory figures), with its CPU seconds computed the same way: on a shared
    /// machine the difference of CPU seconds is the steadier of the two.
    mutating func derive(_ name: String, _ summary: String, inputBytes: Int, seconds: Double, cpuSeconds: Double,
                         from: String) {
        results.append(PhaseResult(name: name, summary: summary, samples: [max(0, seconds)], inputBytes: inputBytes,
                                   derivedFrom: from, cpuSamples: [max(0, cpuSeconds)]))
    }

    func result(_ name: String) -> PhaseResult? { results.first { $0.name == name } }
}

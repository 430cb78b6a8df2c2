import ComparisonRunner
import Foundation
import ProcessTuning
import YAMLKit

/// The floor and the end-to-end run timed back to back, repetition after repetition.
///
/// Other processes on a shared machine change how fast both run from one minute to the next. The phases above time
/// the floor and the end-to-end run tens of seconds apart; here each end-to-end run is divided by the floor measured
/// just before it, so both saw nearly the same machine, and the median of those ratios is reported beside the ratio
/// of the two medians.
struct PairedRuns {
    /// The floor of each pair, in seconds.
    var floorSamples: [Double] = []
    /// The end-to-end run of each pair, in seconds.
    var endToEndSamples: [Double] = []

    /// Each pair's end-to-end time over its floor.
    var ratios: [Double] {
        zip(endToEndSamples, floorSamples).map { $1 > 0 ? $0 / $1 : 0 }
    }

    /// The median of the ratios.
    var medianRatio: Double {
        let sorted = ratios.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Times `repetitions` pairs: libyaml's event parse of `buffers`, then `endToEnd` (whose result is released by
    /// `release` after its clock stops, as in the end-to-end phase).
    static func measure(repetitions: Int, buffers: [[UInt8]], endToEnd: () throws -> Void,
                        release: () -> Void) throws -> PairedRuns {
        var runs = PairedRuns()
        let clock = ContinuousClock()
        for _ in 0..<max(1, repetitions) {
            AllocatorTuning.returnFreedMemory()
            let floorStart = clock.now
            var events = 0
            for bytes in buffers { events += try YAMLParser.scanEvents(bytes) }
            runs.floorSamples.append(seconds(floorStart.duration(to: clock.now)))
            AllocatorTuning.returnFreedMemory()
            let start = clock.now
            try endToEnd()
            runs.endToEndSamples.append(seconds(start.duration(to: clock.now)))
            release()
        }
        return runs
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

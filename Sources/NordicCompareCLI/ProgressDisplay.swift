import ComparisonRunner
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One line of progress on standard error ("loading 100 plugins…", "writing table 3 of 5…") for runs that take
/// more than about a second, redrawn in place: only when standard error is a terminal, never with `--quiet`, and
/// erased before anything else is printed, so that it never mixes with output or diagnostics.
///
/// The delay before the first line is one second; `NORDIC_COMPARE_PROGRESS_AFTER` (in seconds) changes it, for a
/// terminal where even short runs should show it, and for the tests.
final class ProgressDisplay: @unchecked Sendable {
    /// The variable that sets the delay before progress is shown.
    static let delayVariable = "NORDIC_COMPARE_PROGRESS_AFTER"

    private let lock = NSLock()
    private var text = ""
    private var due = false
    private var visible = false
    private var finished = false

    private init() {}

    /// A display that will show progress once the delay has passed, or nil when standard error is not a terminal
    /// or the command is quiet.
    static func onTerminal(quiet: Bool) -> ProgressDisplay? {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        let display = ProgressDisplay()
        let delay = ProcessInfo.processInfo.environment[delayVariable].flatMap(Double.init) ?? 1
        DispatchQueue.global().asyncAfter(deadline: .now() + max(0, delay)) { display.becomeDue() }
        return display
    }

    /// Shows the phase the run is in (once the delay has passed).
    func show(_ progress: RunProgress) {
        lock.withLock {
            text = progress.description
            if due, !finished { draw() }
        }
    }

    /// Erases the line before other output; the next phase shown draws it again.
    func clear() {
        lock.withLock { erase() }
    }

    /// Erases the line for good.
    func finish() {
        lock.withLock {
            finished = true
            erase()
        }
    }

    private func becomeDue() {
        lock.withLock {
            due = true
            if !finished, !text.isEmpty { draw() }
        }
    }

    /// Writes the line over the previous one. A write that fails stops the display; the command's next write to
    /// standard error meets the same failure and reports it.
    private func draw() {
        do {
            try StandardStream.error.write("\r\u{1B}[K" + text)
            visible = true
        } catch {
            finished = true
        }
    }

    private func erase() {
        guard visible else { return }
        visible = false
        do {
            try StandardStream.error.write("\r\u{1B}[K")
        } catch {
            finished = true
        }
    }
}

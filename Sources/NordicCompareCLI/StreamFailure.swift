#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A write to standard output or error that failed. It ends the command: quietly when the reader went away, and
/// otherwise with exit status 74 (EX_IOERR) and a message on standard error, if that still works.
struct StreamFailure: Error {
    /// "standard output" or "standard error".
    let stream: String
    /// The `errno` of the failed write.
    let code: Int32
    /// True when the stream was closed as the process started.
    let closedAtLaunch: Bool
    /// What the command had done for good when the stream failed ("the outputs were written"), said after the
    /// reason, so nobody takes the failure to mean that nothing happened.
    var done: String?

    /// The exit status for a failed write other than a broken pipe: EX_IOERR from sysexits(3).
    static let exitStatus: Int32 = 74

    /// True when the reader of a pipe went away (EPIPE).
    var isBrokenPipe: Bool { code == EPIPE }

    /// The message, one line.
    var message: String {
        let reason = closedAtLaunch ? "it is closed" : String(cString: strerror(code))
        return "error: cannot write to \(stream): \(reason)" + (done.map { "; \($0)" } ?? "")
    }

    /// The same failure, noting what had been done for good before it.
    func after(_ done: String) -> StreamFailure {
        var failure = self
        failure.done = done
        return failure
    }

    /// Ends the process for this failure.
    ///
    /// A broken pipe ends it as SIGPIPE ends `cat` or `git` (which restores the signal and raises it, too): with
    /// no message, and as killed by SIGPIPE, which shells show as status 141 and do not report. That status is
    /// not 0 on purpose: when the reader goes away, the output was not all delivered, and the command may have
    /// been failing (the diagnostics of `validate 2>&1 | head -1`); a 0 there would be a false success. Tools that
    /// exit 0 instead (ripgrep) trade that for quiet `set -o pipefail` scripts.
    ///
    /// Any other failure prints its message on standard error, unless that is the stream that failed, and exits 74.
    func end() -> Never {
        if isBrokenPipe {
            signal(SIGPIPE, SIG_DFL)
            var signals = sigset_t()
            sigemptyset(&signals)
            sigaddset(&signals, SIGPIPE)
            sigprocmask(SIG_UNBLOCK, &signals, nil)
            raise(SIGPIPE)
            exit(128 + SIGPIPE)
        }
        if stream != StandardStream.error.name {
            try? StandardStream.error.writeLine(message)
        }
        exit(Self.exitStatus)
    }
}

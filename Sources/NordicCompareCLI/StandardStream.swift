#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output or standard error, written with `write(2)` so that every write is checked: a full disk, a
/// closed stream or a reader that went away ends the command with a `StreamFailure` instead of crashing it or
/// passing unnoticed. Nothing is buffered, so no flush at exit can fail after the command has reported success.
///
/// Everything a command prints for the user goes through here (`print` is not used for it).
struct StandardStream: Sendable {
    /// Standard output: what a command produces (tables, lists, the notes on what was written).
    static let output = StandardStream(claiming: STDOUT_FILENO, name: "standard output")
    /// Standard error: diagnostics and notes about the run.
    static let error = StandardStream(claiming: STDERR_FILENO, name: "standard error")

    /// The file descriptor.
    let descriptor: Int32
    /// "standard output" or "standard error", for messages.
    let name: String
    /// True when the descriptor was closed as the process started (`>&-`); it now holds /dev/null.
    let closedAtLaunch: Bool

    /// Claims the three standard descriptors; call it first thing, before any file is opened.
    ///
    /// A descriptor the caller closed (`nordic-compare >&-`) is the number the next `open` returns, so the first
    /// file the tool opened, a configuration or an output being written, would become "standard output" and
    /// receive what is printed. Each closed one is therefore given /dev/null, to hold the number, and remembered
    /// as closed: a write to it fails as a write to a closed descriptor does (EBADF) rather than vanishing into
    /// /dev/null. A command whose job is to print (`print`, `list`, `show`, `validate`, `--help`) has not done it
    /// when its output went nowhere, so it exits 74; `run`, `new` and `schema` write their files first and exit 74
    /// after, for the notes they could not print (see `StreamFailure.done`).
    ///
    /// Also ignores SIGPIPE, so that a reader that went away (`| head -1`) shows as EPIPE from `write`, which the
    /// command ends on quietly (`StreamFailure.end()`), rather than as a signal at whatever point it arrives.
    static func claimAtLaunch() {
        signal(SIGPIPE, SIG_IGN)
        _ = holdIfClosed(STDIN_FILENO)
        _ = output
        _ = error
    }

    private init(claiming descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
        closedAtLaunch = Self.holdIfClosed(descriptor)
    }

    /// Writes `text` as it is.
    func write(_ text: String) throws(StreamFailure) {
        try write(bytes: Array(text.utf8))
    }

    /// Writes bytes as they are, such as a rendered file.
    func write(bytes: [UInt8]) throws(StreamFailure) {
        let failure = bytes.withUnsafeBytes { buffer -> StreamFailure? in
            do throws(StreamFailure) {
                try write(buffer)
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
    }

    /// Writes lines, each followed by a newline, with the control characters in them made visible
    /// (`Echo.escaped(_:)`): a file name holding a newline cannot start a line of its own.
    func writeLines(_ lines: [String]) throws(StreamFailure) {
        try write(lines.map { Echo.escaped($0) + "\n" }.joined())
    }

    /// Writes one line as `writeLines(_:)` does.
    func writeLine(_ line: String) throws(StreamFailure) {
        try writeLines([line])
    }

    /// Writes every byte, retrying after a signal or while a non-blocking descriptor is full.
    private func write(_ bytes: UnsafeRawBufferPointer) throws(StreamFailure) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        if closedAtLaunch { throw StreamFailure(stream: name, code: EBADF, closedAtLaunch: true) }
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let written = Glibc.write(descriptor, start + offset, bytes.count - offset)
            #elseif canImport(Musl)
            let written = Musl.write(descriptor, start + offset, bytes.count - offset)
            #else
            let written = Darwin.write(descriptor, start + offset, bytes.count - offset)
            #endif
            if written > 0 {
                offset += written
                continue
            }
            let code = written < 0 ? errno : EIO
            switch code {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: waitUntilWritable()
            default: throw StreamFailure(stream: name, code: code, closedAtLaunch: false)
            }
        }
    }

    /// Waits until a non-blocking descriptor (one the caller set so) can take more.
    private func waitUntilWritable() {
        var request = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
        _ = poll(&request, 1, -1)
    }

    /// Puts /dev/null on `descriptor` when it is closed, and says whether it was.
    private static func holdIfClosed(_ descriptor: Int32) -> Bool {
        guard fcntl(descriptor, F_GETFD) == -1, errno == EBADF else { return false }
        let null = open("/dev/null", O_RDWR)
        if null >= 0 {
            if null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
        } else {
            // No /dev/null (a bare chroot): a pipe holds the number as well, and nothing is ever written to it.
            var ends: [Int32] = [-1, -1]
            if pipe(&ends) == 0 {
                if !ends.contains(descriptor) { dup2(ends[0], descriptor) }
                for end in ends where end != descriptor { close(end) }
            }
        }
        return true
    }
}

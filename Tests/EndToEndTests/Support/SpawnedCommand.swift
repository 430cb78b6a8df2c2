import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a spawned command's standard output or error is connected to. `Foundation.Process` cannot start a
/// process with a descriptor closed, so these are set up with `posix_spawn`'s file actions.
enum StreamSetup: String, Sendable, CaseIterable {
    /// A file the test reads afterwards.
    case captured
    /// Closed, as `>&-` leaves it.
    case closed
    /// /dev/full, where every write fails with ENOSPC.
    case full
    /// A pipe whose reading end is closed before the command starts, as when `| head -1` has gone: every write
    /// fails with EPIPE (or raises SIGPIPE).
    case brokenPipe
}

/// How a spawned command ended.
enum Termination: Equatable, CustomStringConvertible {
    /// It exited with this status.
    case exited(Int32)
    /// A signal killed it.
    case signalled(Int32)

    var description: String {
        switch self {
        case .exited(let status): "exit status \(status)"
        case .signalled(let signal): "killed by signal \(signal)"
        }
    }
}

/// How a spawned command ended and what it printed where that was captured.
struct SpawnResult {
    let termination: Termination
    let standardOutput: String
    let standardError: String
}

/// Runs the real `nordic-compare` with its standard streams set up as a test needs (see `StreamSetup`), with
/// standard input on /dev/null and no signal blocked, as a shell starts a command.
enum SpawnedCommand {
    /// Runs the executable with the arguments, which may hold any bytes (they need not be UTF-8). SIGPIPE is at its
    /// default, or ignored as a parent that ignores it (many language runtimes do) leaves it to its children.
    static func run(bytes arguments: [[UInt8]], output: StreamSetup = .captured, error: StreamSetup = .captured,
                    ignoringSIGPIPE: Bool = false) throws -> SpawnResult {
        let captures = try TemporaryFolder()
        let outputPath = captures.url.appendingPathComponent("stdout").path
        let errorPath = captures.url.appendingPathComponent("stderr").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        var pipeEnds: [Int32] = []
        for (descriptor, setup, path) in [(Int32(1), output, outputPath), (Int32(2), error, errorPath)] {
            switch setup {
            case .captured:
                posix_spawn_file_actions_addopen(&actions, descriptor, path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            case .closed:
                posix_spawn_file_actions_addclose(&actions, descriptor)
            case .full:
                posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/full", O_WRONLY, 0)
            case .brokenPipe:
                var ends: [Int32] = [-1, -1]
                guard pipe(&ends) == 0 else { throw SpawnError("pipe failed: errno \(errno)") }
                close(ends[0])
                _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
                pipeEnds.append(ends[1])
                posix_spawn_file_actions_adddup2(&actions, ends[1], descriptor)
            }
        }
        defer { for end in pipeEnds { close(end) } }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), empty = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        sigemptyset(&empty)
        // To start it with SIGPIPE ignored, a shell ignores it and then becomes the command.
        let tool = Array(Repository.executable.path.utf8)
        let executable = ignoringSIGPIPE ? "/bin/sh" : Repository.executable.path
        let command = ignoringSIGPIPE ? [Array("sh".utf8), Array("-c".utf8), Array("trap '' PIPE; exec \"$0\" \"$@\"".utf8), tool]
                                      : [tool]
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv: [UnsafeMutablePointer<CChar>?] = (command + arguments).map { bytes in
            let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
            for (index, byte) in bytes.enumerated() { pointer[index] = CChar(bitPattern: byte) }
            pointer[bytes.count] = 0
            return pointer
        } + [nil]
        defer { for pointer in argv { pointer?.deallocate() } }

        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw SpawnError("posix_spawn failed: errno \(spawned)") }
        for end in pipeEnds { close(end) }
        pipeEnds = []

        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw SpawnError("waitpid failed: errno \(errno)") }
        }
        let termination: Termination = status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signalled(status & 0x7F)
        return SpawnResult(termination: termination,
                           standardOutput: read(outputPath, if: output == .captured),
                           standardError: read(errorPath, if: error == .captured))
    }

    /// Runs the executable with the arguments.
    static func run(_ arguments: [String], output: StreamSetup = .captured, error: StreamSetup = .captured,
                    ignoringSIGPIPE: Bool = false) throws -> SpawnResult {
        try run(bytes: arguments.map { Array($0.utf8) }, output: output, error: error, ignoringSIGPIPE: ignoringSIGPIPE)
    }

    private static func read(_ path: String, if captured: Bool) -> String {
        guard captured, let data = FileManager.default.contents(atPath: path) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A failure to start or wait for the command.
struct SpawnError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

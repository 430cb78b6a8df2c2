import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--quiet` prints errors only, and a run shows progress on standard error only when that is a terminal (here a
/// pseudo-terminal) and the command is not quiet. The delay before progress shows is set to 0 with
/// NORDIC_COMPARE_PROGRESS_AFTER, so that no test waits.
@Suite struct QuietAndProgressTests {
    /// What the command printed on standard output (a pipe) and on standard error (a pseudo-terminal).
    struct TerminalResult {
        let status: Int32
        let standardOutput: String
        let terminal: String
    }

    /// Runs the real executable with standard error on a new pseudo-terminal.
    static func runOnTerminal(_ arguments: [String], environment: [String: String] = [:]) throws -> TerminalResult {
        // posix_openpt, unlockpt and ptsname are not visible to Swift here; they are these calls on Linux (the
        // request numbers are asm-generic's, the same on x86_64 and arm64).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0 else { throw SpawnError("no pseudo-terminal: errno \(errno)") }
        defer { close(master) }
        var unlock: Int32 = 0, number: UInt32 = 0
        guard ioctl(master, 0x4004_5431 /* TIOCSPTLCK */, &unlock) == 0,
              ioctl(master, 0x8004_5430 /* TIOCGPTN */, &number) == 0 else {
            throw SpawnError("cannot set up the pseudo-terminal: errno \(errno)")
        }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw SpawnError("cannot open the pseudo-terminal: errno \(errno)") }
        let process = Process()
        process.executableURL = Repository.executable
        process.arguments = arguments
        process.currentDirectoryURL = Repository.root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        close(slave)
        var terminal: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }  // EIO once the last writer has gone
            terminal += buffer[0..<count]
        }
        return TerminalResult(status: process.terminationStatus,
                              standardOutput: String(decoding: outputData, as: UTF8.self),
                              terminal: String(decoding: terminal, as: UTF8.self))
    }

    static let now = ["NORDIC_COMPARE_PROGRESS_AFTER": "0"]

    @Test func aRunOnATerminalShowsItsPhasesAndErasesTheLine() throws {
        let folder = try TemporaryFolder()
        let result = try Self.runOnTerminal(["run", "--output", folder.url.path], environment: Self.now)
        #expect(result.status == 0)
        for phase in ["loading 4 plugins…", "validating 11 initiatives…", "writing table 1 of 9…", "writing table 9 of 9…",
                      "moving 40 files into place…"] {
            #expect(result.terminal.contains("\r\u{1B}[K" + phase), "\(result.terminal.debugDescription)")
        }
        #expect(result.terminal.hasSuffix("\r\u{1B}[K"), "the line is left on screen: \(result.terminal.debugDescription)")
        #expect(result.standardOutput.split(separator: "\n").allSatisfy { $0.hasPrefix("wrote ") })
    }

    @Test func quietShowsNoProgressEvenOnATerminal() throws {
        let folder = try TemporaryFolder()
        let result = try Self.runOnTerminal(["run", "--quiet", "--output", folder.url.path], environment: Self.now)
        #expect(result.status == 0)
        #expect(result.terminal.isEmpty, "\(result.terminal.debugDescription)")
        #expect(result.standardOutput.isEmpty)
        #expect(!folder.listing().isEmpty)
    }

    @Test func noProgressWhenStandardErrorIsNotATerminal() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner.run(["run", "--output", folder.url.path],
                                           environment: ["NORDIC_COMPARE_PROGRESS_AFTER": "0"])
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty, "\(result.standardError.debugDescription)")
    }

    @Test func quietPrintsErrorsOnly() throws {
        let project = try WarningNoteTests.projectWithAWarning()
        let print = try CommandRunner.run(["print", "-q"], in: project.url)
        #expect(print.status == 0)
        #expect(print.standardOutput.hasPrefix("## Overview"))
        #expect(print.standardError.isEmpty, "\(print.standardError)")

        let list = try CommandRunner.run(["list", "plugins", "--quiet"], in: project.url.appendingPathComponent("plugins"))
        #expect(list.status == 0)
        #expect(list.standardError.isEmpty, "the note on the configuration used: \(list.standardError)")

        let validate = try CommandRunner.run(["validate", "--quiet"], in: project.url)
        #expect(validate.status == 0)
        #expect(validate.standardOutput.isEmpty && validate.standardError.isEmpty, "\(validate.standardError)")
        let strict = try CommandRunner.run(["validate", "--quiet", "--strict"], in: project.url)
        #expect(strict.status == 1)
        #expect(strict.standardError.contains("warning: theme 'space'"))
        #expect(!strict.standardError.contains(": note: "), "\(strict.standardError)")

        let new = try CommandRunner.run(["new", "project", "briefing", "--quiet"], in: project.url)
        #expect(new.status == 0)
        #expect(new.standardOutput.isEmpty && new.standardError.isEmpty)
        #expect(FileManager.default.fileExists(atPath: project.url.appendingPathComponent("briefing/config/nordic-compare.yaml").path))

        let broken = try CommandRunner.run(["show", "nope", "--quiet"], in: project.url)
        #expect(broken.status == 1)
        #expect(broken.standardError.hasPrefix("error: no initiative with id 'nope'"))
    }
}

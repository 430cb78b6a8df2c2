import Foundation

extension CommandRunner {
    /// Runs `nordic-compare` like ``run(_:in:)``, but kills it if it has not finished after `deadline` seconds (a
    /// test of input that once made it block must fail, not hang the suite). Output goes to files, not pipes, so a
    /// child that blocks never blocks the test on a full pipe. The result's status is `-1` when it was killed.
    static func run(_ arguments: [String], in folder: URL, deadline: TimeInterval) throws -> CommandResult {
        let scratch = try TemporaryFolder()
        let outputURL = scratch.url.appendingPathComponent("stdout"), errorURL = scratch.url.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputURL), error = try FileHandle(forWritingTo: errorURL)
        defer {
            try? output.close()
            try? error.close()
        }
        let process = Process()
        process.executableURL = Repository.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let end = Date().addingTimeInterval(deadline)
        while process.isRunning, Date() < end { usleep(10_000) }
        let killed = process.isRunning
        if killed { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        let standardOutput = try String(contentsOf: outputURL, encoding: .utf8)
        let standardError = try String(contentsOf: errorURL, encoding: .utf8)
        return CommandResult(status: killed ? -1 : process.terminationStatus, standardOutput: standardOutput,
                             standardError: standardError)
    }
}

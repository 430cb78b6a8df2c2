import Foundation

/// The result of running the real `nordic-compare` executable.
struct CommandResult {
    let status: Int32
    let standardOutput: String
    let standardError: String
}

/// Runs the built `nordic-compare` executable as a user would.
enum CommandRunner {
    /// Runs `nordic-compare` with the arguments in the given working folder (the repository root by default), with
    /// the test's environment changed by `environment` (a nil value removes a variable). `COLUMNS` is always 80, so
    /// that help text is wrapped the same way wherever the tests run.
    static func run(_ arguments: [String], in folder: URL = Repository.root,
                    environment: [String: String?] = [:]) throws -> CommandResult {
        let process = Process()
        process.executableURL = Repository.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var variables = ProcessInfo.processInfo.environment
        variables["COLUMNS"] = "80"
        for (name, value) in environment { variables[name] = value }
        process.environment = variables
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus,
                             standardOutput: String(decoding: outputData, as: UTF8.self),
                             standardError: String(decoding: errorData, as: UTF8.self))
    }
}

import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a command line and ends the process with its status, printing every message through `StandardStream`:
/// also the argument parser's help, version and usage errors, which its own `main` prints with `print` and whose
/// failed writes it ignores (`--help > /dev/full` exited 0).
enum Execution {
    /// Checks and parses the command line, runs the command, and exits: 0 when it succeeded, its own status when
    /// it failed, 74 when a write to standard output or error failed (see `StreamFailure.end()`).
    static func run(_ root: NordicCompare.Type) -> Never {
        let arguments: [String]
        do {
            arguments = try CommandLineArguments.read()
        } catch {
            finish(printing: error.message, on: .error, status: ExitCode.validationFailure.rawValue)
        }
        if let misspelt = SubcommandSuggestion.check(arguments, root: root) {
            finish(printing: Echo.shortening(arguments, in: misspelt), on: .error,
                   status: ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try root.parseAsRoot(arguments)
            try command.run()
        } catch let failure as StreamFailure {
            failure.end()
        } catch let failure as CommandFailure {
            finish(printing: failure.description, on: .error, status: failure.status)
        } catch {
            let status = root.exitCode(for: error)
            var message = root.fullMessage(for: error)
            if !status.isSuccess { message = Echo.shortening(typedValues(arguments), in: message) }
            finish(printing: message, on: status.isSuccess ? .output : .error, status: status.rawValue)
        }
        exit(0)
    }

    /// Prints `message` (help, a version, an error with the usage) and exits with `status`, or with the failed
    /// write's status.
    private static func finish(printing message: String, on stream: StandardStream, status: Int32) -> Never {
        if !message.isEmpty {
            do {
                try stream.write(message + "\n")
            } catch {
                error.end()
            }
        }
        exit(status)
    }

    /// What a message may quote from the command line: every argument, and the value of each `--option=value`.
    private static func typedValues(_ arguments: [String]) -> [String] {
        arguments + arguments.compactMap { argument in
            guard argument.hasPrefix("-"), let equals = argument.firstIndex(of: "=") else { return nil }
            return String(argument[argument.index(after: equals)...])
        }
    }
}

import Foundation
import Testing

/// Misuses of the command line, run with the real executable: each gets the right exit status, the usage of the
/// command that was typed (or none, for an id only the configuration knows), and a suggestion.
@Suite struct CommandLineMisuseTests {
    /// A misuse, what it must exit with, what its message must say, and the usage line it must end with (nil: none).
    struct Case: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let status: Int32
        let says: [String]
        let usage: String?
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(arguments: ["vaildate"], status: 64, says: ["unknown command 'vaildate'", "did you mean 'validate'?"],
             usage: "Usage: nordic-compare <subcommand>"),
        Case(arguments: ["lsit", "plugins"], status: 64, says: ["unknown command 'lsit'", "did you mean 'list'?"],
             usage: "Usage: nordic-compare <subcommand>"),
        Case(arguments: ["help", "vaildate"], status: 64, says: ["did you mean 'validate'?"],
             usage: "Usage: nordic-compare <subcommand>"),
        Case(arguments: ["new", "projct", "x"], status: 64, says: ["unknown command 'projct'", "did you mean 'project'?"],
             usage: "Usage: nordic-compare new <subcommand>"),
        Case(arguments: ["--lang", "no"], status: 64, says: ["unsupported language 'no'", "did you mean 'nb'?"],
             usage: "Usage: nordic-compare print "),
        Case(arguments: ["show", "dk-digitalisation-partnership", "--lang", "nb-NO"], status: 64,
             says: ["did you mean 'nb'?"], usage: "Usage: nordic-compare show "),
        Case(arguments: ["list", "--lang", "fi"], status: 64, says: ["choose one of: en, nb, da, sv"],
             usage: "Usage: nordic-compare list "),
        Case(arguments: ["run", "--format", "csv,markdwn", "--output", "never-written"], status: 64,
             says: ["unknown format 'markdwn'", "did you mean 'markdown'?"], usage: "Usage: nordic-compare run "),
        Case(arguments: ["print", "--format", "docx"], status: 64,
             says: ["'docx' files cannot be printed", "nordic-compare run --format docx"],
             usage: "Usage: nordic-compare print "),
        Case(arguments: ["show", "x", "--format", "jsn"], status: 64, says: ["did you mean 'json'?"],
             usage: "Usage: nordic-compare show "),
        Case(arguments: ["validate", "--history", "all"], status: 64, says: ["Unknown option '--history'"],
             usage: "Usage: nordic-compare validate "),
        Case(arguments: ["list", "views", "--history", "all"], status: 64, says: ["Unknown option '--history'"],
             usage: "Usage: nordic-compare list "),
        Case(arguments: ["validate", "--lang", "nb"], status: 64, says: ["Unknown option '--lang'"],
             usage: "Usage: nordic-compare validate "),
        Case(arguments: ["list", "--config", "no/such/config.yaml"], status: 64,
             says: ["no run configuration at 'no/such/config.yaml'", "nordic-compare new project DIR"],
             usage: "Usage: nordic-compare list "),
        Case(arguments: ["--view", "overveiw"], status: 1,
             says: ["error: unknown view 'overveiw'", "did you mean 'overview'?"], usage: nil),
        Case(arguments: ["run", "--view", "budget", "--output", "never-written"], status: 1,
             says: ["error: unknown view 'budget'", "did you mean 'budgets'?"], usage: nil),
        Case(arguments: ["show", "dk-digitalisation-partnershp"], status: 1,
             says: ["error: no initiative with id 'dk-digitalisation-partnershp'",
                    "did you mean 'dk-digitalisation-partnership'?"], usage: nil),
    ]

    @Test(arguments: cases)
    func theMisuseIsTaughtWithTheRightUsageAndStatus(_ misuse: Case) throws {
        let result = try CommandRunner.run(misuse.arguments)
        #expect(result.status == misuse.status, "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        for words in misuse.says {
            #expect(result.standardError.contains(words), "\(result.standardError)")
        }
        let lines = result.standardError.split(separator: "\n")
        if let usage = misuse.usage {
            #expect(lines.contains { $0.hasPrefix(usage) }, "\(result.standardError)")
        } else {
            #expect(!result.standardError.contains("Usage:"), "\(result.standardError)")
            #expect(lines.count == 1, "\(result.standardError)")
        }
        #expect(!FileManager.default.fileExists(atPath: Repository.root.appendingPathComponent("never-written").path))
    }
}

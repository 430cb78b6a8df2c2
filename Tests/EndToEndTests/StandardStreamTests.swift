import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Every command of the real executable with its standard output closed (`>&-`), on a full disk (`> /dev/full`)
/// and into a pipe whose reader has gone (`| head -1`), and with standard error unwritable while it reports bad
/// input: a failed write ends the command with 74 and a message where standard error still works, a broken pipe
/// ends it quietly by SIGPIPE, nothing crashes, nothing reports success, and the commands that write files write
/// them all first.
@Suite struct StandardStreamTests {
    /// A command as a test runs it, in a temporary folder of its own.
    enum Command: String, CaseIterable, Sendable {
        case print, run, listPlugins, listInitiatives, listDimensions, listThemes, listViews, show, validate, schema
        case newProject, newPlugin, newInitiative, help, runHelp, version

        /// The arguments, with every path in `folder`; runs what the command needs first (a project for `new`).
        func arguments(in folder: URL) throws -> [String] {
            let config = ["--config", Repository.defaultConfig]
            let project = folder.appendingPathComponent("project").path
            let projectConfig = ["--config", project + "/config/nordic-compare.yaml"]
            let newPlugin = ["new", "plugin", "sweden", "--jurisdiction", "SE", "--name", "Sweden"] + projectConfig
            switch self {
            case .print: return config
            case .run: return ["run", "--output", folder.appendingPathComponent("output").path] + config
            case .listPlugins: return ["list", "plugins"] + config
            case .listInitiatives: return ["list", "initiatives"] + config
            case .listDimensions: return ["list", "dimensions"] + config
            case .listThemes: return ["list", "themes"] + config
            case .listViews: return ["list", "views"] + config
            case .show: return ["show", "dk-digitalisation-partnership"] + config
            case .validate: return ["validate"] + config
            case .schema: return ["schema", "--output", folder.appendingPathComponent("schema").path]
            case .newProject: return ["new", "project", project]
            case .newPlugin:
                try Self.succeed(["new", "project", project])
                return newPlugin
            case .newInitiative:
                try Self.succeed(["new", "project", project])
                try Self.succeed(newPlugin)
                return ["new", "initiative", "sweden", "se-digital-strategy", "--kind", "strategy"] + projectConfig
            case .help: return ["--help"]
            case .runHelp: return ["run", "--help"]
            case .version: return ["--version"]
            }
        }

        /// The files the command writes, relative to its folder; each must be there, whatever became of its notes.
        var writes: [String] {
            switch self {
            case .run: ["output/overview.md", "output/budgets.csv", "output/themes.json"]
            case .schema: ["schema/plugin-manifest.schema.json", "schema/initiative.schema.json"]
            case .newProject: ["project/config/nordic-compare.yaml", "project/plugins"]
            case .newPlugin: ["project/plugins/sweden/plugin.yaml", "project/plugins/sweden/initiatives"]
            case .newInitiative: ["project/plugins/sweden/initiatives/se-digital-strategy.yaml"]
            default: []
            }
        }

        /// Checks what the command did to its folder.
        func checkWrites(in folder: URL) throws {
            for path in writes {
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path),
                        "\(self) did not write \(path)")
            }
            if self == .newInitiative {
                let manifest = try String(contentsOf: folder.appendingPathComponent("project/plugins/sweden/plugin.yaml"),
                                          encoding: .utf8)
                #expect(manifest.contains("initiatives/se-digital-strategy.yaml"), "the manifest does not list it")
            }
            if self == .run {
                let overview = try String(contentsOf: folder.appendingPathComponent("output/overview.md"), encoding: .utf8)
                #expect(overview.hasPrefix("## Overview") && !overview.contains("wrote "))
            }
        }

        private static func succeed(_ arguments: [String]) throws {
            let result = try SpawnedCommand.run(arguments)
            guard result.termination == .exited(0) else { throw SpawnError("\(arguments): \(result.standardError)") }
        }
    }

    @Test(arguments: Command.allCases)
    func printsWhenItsStreamsWork(command: Command) throws {
        let folder = try TemporaryFolder()
        let result = try SpawnedCommand.run(command.arguments(in: folder.url))
        #expect(result.termination == .exited(0), "\(result.standardError)")
        #expect(!result.standardOutput.isEmpty)
        try command.checkWrites(in: folder.url)
    }

    @Test(arguments: Command.allCases, [StreamSetup.closed, .full])
    func failsWith74WhenStandardOutputCannotBeWritten(command: Command, output: StreamSetup) throws {
        let folder = try TemporaryFolder()
        let result = try SpawnedCommand.run(command.arguments(in: folder.url), output: output)
        #expect(result.termination == .exited(74), "\(result.standardError)")
        let reason = output == .closed ? "it is closed" : "No space left on device"
        #expect(result.standardError.contains("error: cannot write to standard output: \(reason)"),
                "\(result.standardError)")
        if !command.writes.isEmpty {
            #expect(result.standardError.contains("were written") || result.standardError.contains("were created"),
                    "the message does not say the files are there: \(result.standardError)")
        }
        try command.checkWrites(in: folder.url)
    }

    /// Whether SIGPIPE is ignored when the command starts: then the tool sees EPIPE from `write`, and must still end
    /// as if killed by SIGPIPE, quietly.
    @Test(arguments: Command.allCases, [false, true])
    func endsQuietlyBySIGPIPEWhenTheReaderHasGone(command: Command, ignoringSIGPIPE: Bool) throws {
        let folder = try TemporaryFolder()
        let result = try SpawnedCommand.run(command.arguments(in: folder.url), output: .brokenPipe,
                                            ignoringSIGPIPE: ignoringSIGPIPE)
        #expect(result.termination == .signalled(SIGPIPE), "\(result.standardError)")
        #expect(!result.standardError.contains("error"), "\(result.standardError)")
        try command.checkWrites(in: folder.url)
    }

    /// Bad input whose diagnostics cannot be printed.
    enum BadInput: String, CaseIterable, Sendable {
        case missingConfiguration, inputErrors, unsupportedLanguage, unknownSubject, unknownOption

        /// The arguments, and the status the command exits with when its diagnostics can be printed.
        func arguments(in folder: URL) throws -> (arguments: [String], status: Int32) {
            switch self {
            case .missingConfiguration:
                return (["validate", "--config", folder.appendingPathComponent("missing.yaml").path], 64)
            case .inputErrors:
                for name in ["config", "plugins"] {
                    try FileManager.default.copyItem(at: Repository.root.appendingPathComponent(name),
                                                     to: folder.appendingPathComponent(name))
                }
                let data = folder.appendingPathComponent("plugins/denmark/initiatives/digitalisation-partnership.yaml")
                let text = try String(contentsOf: data, encoding: .utf8)
                try Data((text + "\nnot-a-key: 1\n").utf8).write(to: data)
                return (["run", "--config", folder.appendingPathComponent("config/nordic-compare.yaml").path,
                         "--output", folder.appendingPathComponent("output").path], 1)
            case .unsupportedLanguage: return (["list", "--lang", "fi", "--config", Repository.defaultConfig], 64)
            case .unknownSubject: return (["list", "everything"], 64)
            case .unknownOption: return (["run", "--colour"], 64)
            }
        }
    }

    @Test(arguments: BadInput.allCases, StreamSetup.allCases)
    func badInputFailsEvenWhenItsDiagnosticsCannotBePrinted(input: BadInput, error: StreamSetup) throws {
        let folder = try TemporaryFolder()
        let (arguments, status) = try input.arguments(in: folder.url)
        // SIGPIPE ignored, as some parents leave it, so that a broken pipe shows as EPIPE from `write`.
        let result = try SpawnedCommand.run(arguments, error: error, ignoringSIGPIPE: true)
        switch error {
        case .captured:
            #expect(result.termination == .exited(status))
            #expect(result.standardError.contains("rror"), "\(result.standardError)")
        case .closed, .full: #expect(result.termination == .exited(74))
        case .brokenPipe: #expect(result.termination == .signalled(SIGPIPE))
        }
        #expect(result.standardOutput.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("output").path))
    }

    @Test(arguments: [StreamSetup.closed, .full])
    func runWritesItsFilesWhenOnlyItsNoteCannotBePrinted(error: StreamSetup) throws {
        let folder = try TemporaryFolder()
        // A copy of the shipped project with a theme that no initiative covers: a warning, which the run notes on
        // standard error, and cannot.
        let project = try WarningNoteTests.projectWithAWarning()
        let arguments = try Command.run.arguments(in: folder.url).map {
            $0 == Repository.defaultConfig ? project.url.appendingPathComponent("config/nordic-compare.yaml").path : $0
        }
        let result = try SpawnedCommand.run(arguments, error: error)
        #expect(result.termination == .exited(74))
        #expect(result.standardOutput.contains("wrote "))
        try Command.run.checkWrites(in: folder.url)
    }

    @Test func runWithEveryStreamClosedWritesTheSameFiles() throws {
        let closed = try TemporaryFolder(), open = try TemporaryFolder()
        let result = try SpawnedCommand.run(Command.run.arguments(in: closed.url), output: .closed, error: .closed)
        #expect(result.termination == .exited(74))
        #expect(try SpawnedCommand.run(Command.run.arguments(in: open.url)).termination == .exited(0))
        #expect(closed.listing() == open.listing())
        for path in open.listing("output") {
            let written = FileManager.default.contents(atPath: closed.url.appendingPathComponent("output/" + path).path)
            #expect(written == FileManager.default.contents(atPath: open.url.appendingPathComponent("output/" + path).path),
                    "\(path) differs")
        }
    }
}

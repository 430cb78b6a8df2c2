import Foundation
import Testing

/// Hostile command lines and file names, run with the real executable: an argument that is not UTF-8 is refused
/// with its bytes shown, a huge value is echoed shortened, and control characters in what a message repeats
/// (a typed value, a file or folder name) are printed as escapes, so no line of output can be forged.
@Suite struct CommandLineArgumentTests {
    @Test func anArgumentThatIsNotUTF8IsRefusedNotReplaced() throws {
        let folder = try TemporaryFolder()
        let output = Array((folder.url.path + "/caf").utf8) + [0xE9]
        let result = try SpawnedCommand.run(bytes: [Array("run".utf8), Array("--output".utf8), output,
                                                    Array("--config".utf8), Array(Repository.defaultConfig.utf8)])
        #expect(result.termination == .exited(64))
        #expect(result.standardError.contains("argument 3"), "\(result.standardError)")
        #expect(result.standardError.contains("/caf\\xE9') is not valid UTF-8"), "\(result.standardError)")
        #expect(folder.listing().isEmpty, "a folder of another name was written: \(folder.listing())")
    }

    /// What a message shows of a long run of 'x': at most 40 characters of the value (which may start with
    /// "--"), then "…".
    static let shown = String(repeating: "x", count: 38) + "…"

    @Test(arguments: [
        ["--lang", String(repeating: "x", count: 120_000)],
        ["--lang", String(repeating: "x", count: 1_000)],
        ["--history", String(repeating: "x", count: 1_000)],
        ["--history=" + String(repeating: "x", count: 1_000)],
        ["run", "--format", "csv," + String(repeating: "x", count: 1_000), "--output", "never-written"],
        ["list", String(repeating: "x", count: 1_000)],
        ["--" + String(repeating: "x", count: 1_000)],
        ["new", "plugin", String(repeating: "x", count: 1_000), "--jurisdiction", "SE", "--name", "S"],
        ["new", "plugin", "sweden", "--jurisdiction", String(repeating: "x", count: 1_000), "--name", "S"],
        ["new", "initiative", "sweden", "se-x", "--kind", String(repeating: "x", count: 1_000)],
    ])
    func aLongValueIsEchoedShortened(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.standardError.utf8.count < 2_000, "\(result.standardError.prefix(300))")
        #expect(result.standardError.contains(Self.shown), "\(result.standardError.prefix(300))")
        #expect(!result.standardError.contains(String(repeating: "x", count: 41)))
        #expect(!FileManager.default.fileExists(atPath: Repository.root.appendingPathComponent("never-written").path))
    }

    /// An id that the configuration must be asked about is a data error (1), and is shortened all the same.
    @Test(arguments: [
        ["--view", String(repeating: "x", count: 1_000)],
        ["show", String(repeating: "x", count: 1_000)],
    ])
    func aLongIdIsEchoedShortened(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 1)
        #expect(result.standardError.contains(Self.shown), "\(result.standardError.prefix(300))")
        #expect(!result.standardError.contains(String(repeating: "x", count: 41)))
    }

    /// Command lines whose typed value holds a newline, and the status each exits with.
    static let forgingLines: [([String], Int32)] = [
        (["show", "a\nforged.yaml:1:1: error: planted"], 1),
        (["--view", "a\nforged.yaml:1:1: error: planted"], 1),
        (["list", "a\nforged.yaml:1:1: error: planted"], 64),
        (["new", "plugin", "a\nforged.yaml:1:1: error: planted", "--jurisdiction", "SE", "--name", "S"], 64),
        (["vaildatea\nforged.yaml:1:1: error: planted"], 64),
    ]

    @Test(arguments: forgingLines)
    func aNewlineInATypedValueCannotForgeALine(arguments: [String], status: Int32) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == status)
        #expect(result.standardError.contains("a\\nforged.yaml"), "\(result.standardError)")
        #expect(!result.standardError.split(separator: "\n").contains { $0.hasPrefix("forged.yaml") })
    }

    /// A folder name that would print a diagnostic of its own, and clear the screen, if printed raw.
    static let hostileName = "evil\nforged.yaml:1:1: error: planted\u{1B}[2J"

    @Test func aNewlineInAFileNameCannotForgeADiagnostic() throws {
        let folder = try TemporaryFolder()
        let project = folder.url.appendingPathComponent(Self.hostileName)
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        for name in ["config", "plugins"] {
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent(name),
                                             to: project.appendingPathComponent(name))
        }
        let data = project.appendingPathComponent("plugins/denmark/initiatives/digitalisation-partnership.yaml")
        try Data((try String(contentsOf: data, encoding: .utf8) + "\nnot-a-key: 1\n").utf8).write(to: data)

        let result = try CommandRunner.run(["validate", "--config", project.appendingPathComponent("config/nordic-compare.yaml").path])
        #expect(result.status == 1)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.contains { $0.contains("evil\\nforged.yaml:1:1: error: planted\\u{1B}[2J/")
                                 && $0.contains("digitalisation-partnership.yaml:") }, "\(result.standardError)")
        #expect(!lines.contains { $0.hasPrefix("forged.yaml") }, "\(result.standardError)")
        #expect(!result.standardError.contains("\u{1B}"))
        // Every line is a diagnostic of a file in the project, or the closing summary.
        for line in lines.dropLast() {
            #expect(line.hasPrefix(folder.url.path + "/evil\\n"), "\(line)")
        }
    }

    @Test func aNewlineInTheOutputFolderCannotForgeANote() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent(Self.hostileName).path
        let result = try CommandRunner.run(["run", "--output", output, "--config", Repository.defaultConfig,
                                            "--format", "csv"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines { #expect(line.hasPrefix("wrote ") && line.contains("evil\\nforged"), "\(line)") }
        #expect(!result.standardOutput.contains("\u{1B}"))
    }

    @Test func aTabOrNewlineInANameCannotSplitAListedLine() throws {
        let folder = try TemporaryFolder()
        try folder.copyShippedProject()
        let manifest = folder.url.appendingPathComponent("plugins/denmark/plugin.yaml")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "name: { en: Denmark,", with: "name: { en: \"Den\\tmark\\nforged\",")
            .utf8).write(to: manifest)
        let result = try CommandRunner.run(["list", "plugins", "--config",
                                            folder.url.appendingPathComponent("config/nordic-compare.yaml").path])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 4, "\(result.standardOutput)")
        #expect(lines.allSatisfy { $0.split(separator: "\t").count == 4 }, "\(result.standardOutput)")
        #expect(lines.contains { $0.hasSuffix("\tDen\\tmark\\nforged") }, "\(result.standardOutput)")
    }
}

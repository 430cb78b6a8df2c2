import Foundation
import Testing

/// Shell completion, from the real executable: the scripts the argument parser generates for bash, zsh and fish,
/// and, in a real bash, what the bash script offers: the allowed values of `--lang`, `--format` and `--history`,
/// and the view and initiative ids of the project, which it asks the tool for.
@Suite struct CompletionTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func theScriptIsGenerated(shell: String) throws {
        let result = try CommandRunner.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("---completion show -- positional@0"), "no custom completion of ids")
        #expect(result.standardOutput.contains("---completion print -- --view"), "no custom completion of views")
    }

    @Test func anUnknownShellIsAMisuse() throws {
        let result = try CommandRunner.run(["--generate-completion-script", "tcsh"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("Can't generate completion scripts for 'tcsh'"), "\(result.standardError)")
    }

    /// What bash offers for the last (empty) word of `words`, typed in `folder`, with the generated script loaded.
    static func bashCompletions(_ words: [String], in folder: URL = Repository.root) throws -> [String] {
        let script = try CommandRunner.run(["--generate-completion-script", "bash"]).standardOutput
        let scripts = try TemporaryFolder()
        let path = try scripts.write("nordic-compare.bash", script)
        let quoted = ([Repository.executable.path] + words).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let program = """
            source '\(path)'
            COMP_WORDS=(\(quoted.joined(separator: " ")) '')
            COMP_CWORD=\(words.count + 1)
            COMP_LINE="${COMP_WORDS[*]}"
            COMP_POINT=${#COMP_LINE}
            _nordic-compare "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", program]
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).sorted()
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash")))
    func bashOffersTheProjectsIdsAndTheAllowedValues() throws {
        #expect(try Self.bashCompletions(["print", "--view"])
                == ["budgets", "dep-budget", "governance", "indicators", "overview", "participation", "positions", "summaries",
                    "themes"])
        #expect(try Self.bashCompletions(["show"]).contains("dk-digitalisation-partnership"))
        #expect(try Self.bashCompletions(["show"], in: Repository.root.appendingPathComponent("plugins/denmark"))
                .contains("eu-digital-europe-programme"))
        #expect(try Self.bashCompletions(["list", "--lang"]) == ["da", "en", "nb", "sv"])
        #expect(try Self.bashCompletions(["print", "--history"]) == ["all", "latest"])
        #expect(try Self.bashCompletions(["show", "x", "--format"]).contains("latex-fragment"))
        #expect(!(try Self.bashCompletions(["show", "x", "--format"]).contains("docx")))
        #expect(try Self.bashCompletions(["run", "--format"]).contains("docx"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash")))
    func outsideAProjectNoIdIsOfferedAndNothingIsPrinted() throws {
        let folder = try TemporaryFolder()
        #expect(try Self.bashCompletions(["show"], in: folder.url).isEmpty)
    }
}

import ArgumentParser
import Foundation
import PluginFormat

/// `nordic-compare schema`: write the JSON Schemas of the plugin files (and, with `--docs`, the format reference),
/// generated from the format's declaration.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the JSON Schemas of plugin.yaml and the initiative files.",
        discussion: """
            Generates JSON Schemas (draft 2020-12) from the plugin format as the reader declares it, and writes \
            plugin-manifest.schema.json and initiative.schema.json to the output folder (schema/ by default). \
            Editors with a YAML language server use them for completion, hover text and errors as you type: \
            start a plugin's plugin.yaml with the modeline
              # yaml-language-server: $schema=../../schema/plugin-manifest.schema.json
            (and its initiative files with ../../../schema/initiative.schema.json), \
            and CI checks the shipped plugins against them (scripts/check-schema.sh).

            With --docs FILE, also rewrites the generated "Reference: every key" section of that Markdown file \
            (between <!-- reference:start --> and <!-- reference:end -->), normally docs/plugin-format.md.

            Run it from the repository root after changing the format's declaration; the tests fail until the \
            committed files match.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The folder to write the schemas to.", valueName: "folder"),
            completion: .directory)
    var output = "schema"

    @Option(name: .long, help: ArgumentHelp("A Markdown file whose reference section to rewrite, such as docs/plugin-format.md.",
                                            valueName: "file"), completion: .file(extensions: ["md"]))
    var docs: String?

    mutating func run() throws {
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        var report: [String] = []
        var failure: (any Error)?
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in JSONSchemaWriter.files() {
                let url = folder.appendingPathComponent(file.name)
                try Data(file.contents.utf8).write(to: url, options: .atomic)
                report.append("wrote \(url.relativePath)")
            }
            if let docs { report.append(try rewriteReference(in: URL(fileURLWithPath: docs))) }
        } catch {
            failure = error
        }
        if let failure, !(failure is ExitCode) {
            try StandardStream.error.writeLine("error: \(failure.localizedDescription)")
        }
        // Printed once the files are written, so that a stream that fails costs only the notes.
        do throws(StreamFailure) {
            try StandardStream.output.writeLines(report)
        } catch {
            throw error.after(failure == nil ? "the files were written" : "some files were written")
        }
        if let exit = failure as? ExitCode { throw exit }
        if failure != nil { throw ExitCode(1) }
    }

    /// Replaces the reference section of the Markdown file at `url`, which must have both markers, and returns
    /// what it did.
    private func rewriteReference(in url: URL) throws -> String {
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let updated = FormatReference.updating(text) else {
            try StandardStream.error.writeLine("\(url.relativePath): error: no '\(FormatReference.startMarker)' "
                + "followed by '\(FormatReference.endMarker)' to put the reference between")
            throw ExitCode(1)
        }
        guard updated != text else { return "\(url.relativePath) is up to date" }
        try Data(updated.utf8).write(to: url, options: .atomic)
        return "wrote \(url.relativePath)"
    }
}

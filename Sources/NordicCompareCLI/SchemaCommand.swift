import ArgumentParser
import BriefingRenderers
import ComparisonRunner
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

    @OptionGroup var quiet: QuietOption

    mutating func run() throws {
        var report: [String] = []
        var failure: (any Error)?
        do {
            // Written like a run's outputs: staged in a private folder, never through a planted link, all or none.
            let schemas = JSONSchemaWriter.files().map { RenderedFile(relativePath: $0.name, text: $0.contents) }
            report += try OutputWriter.write(schemas, to: output).map { "wrote \($0)" }
            if let docs { report.append(try rewriteReference(in: docs)) }
        } catch {
            failure = error
        }
        if let failure, !(failure is ExitCode) {
            // File problems are located already (`path:1:1: error: …`); anything else gets the plain prefix.
            let located = (failure as? InputFileError)?.description ?? (failure as? OutputWriteError)?.description
            try StandardStream.error.writeLine(located ?? "error: \(failure.localizedDescription)")
        }
        // Printed once the files are written, so that a stream that fails costs only the notes.
        do throws(StreamFailure) {
            if !quiet.quiet { try StandardStream.output.writeLines(report) }
        } catch {
            throw error.after(failure == nil ? "the files were written" : "some files were written")
        }
        if let exit = failure as? ExitCode { throw exit }
        if failure != nil { throw ExitCode(1) }
    }

    /// Replaces the reference section of the Markdown file at `url`, which must have both markers, and returns
    /// what it did.
    private func rewriteReference(in path: String) throws -> String {
        let text = String(decoding: try InputFiles.contents(atPath: path), as: UTF8.self)
        guard let updated = FormatReference.updating(text) else {
            try StandardStream.error.writeLine("\(path):1:1: error: no '\(FormatReference.startMarker)' "
                + "followed by '\(FormatReference.endMarker)' to put the reference between")
            throw ExitCode(1)
        }
        guard updated != text else { return "\(path) is up to date" }
        let url = URL(fileURLWithPath: path)
        let file = RenderedFile(relativePath: url.lastPathComponent, text: updated)
        _ = try OutputWriter.write([file], to: url.deletingLastPathComponent().path)
        return "wrote \(path)"
    }
}

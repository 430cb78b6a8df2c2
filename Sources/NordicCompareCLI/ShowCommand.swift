import ArgumentParser
import BriefingRenderers
import ComparisonKit
import ComparisonRunner

/// `nordic-compare show <id>`: every fact of one initiative with its history and sources.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every fact of one initiative, with its whole history and its sources.",
        discussion: "Find ids with 'nordic-compare list initiatives'."
    )

    @Argument(help: ArgumentHelp("The initiative's id, such as dk-digitalisation-partnership.", valueName: "initiative-id"))
    var initiativeID: String

    @Option(name: .long, help: ArgumentHelp(
        "The format to print: \(FormatNames.printable) (default: markdown).", valueName: "format"))
    var format: String = "markdown"

    @OptionGroup var input: InputOptions

    mutating func run() throws {
        let run = try Session.prepare(input.runOptions(formats: [format]), failOnWarnings: false)
        guard let initiative = run.corpus.initiative(initiativeID) else {
            throw ValidationError("no initiative with id '\(Echo.value(initiativeID))' (list them with 'nordic-compare list initiatives')"
                                  + Suggestion.hint(for: initiativeID, in: run.corpus.initiativeIDs))
        }
        let builder = TableBuilder(corpus: run.corpus, codebook: run.codebook, language: run.language)
        let table = builder.detailTable(for: initiative)
        try Session.printToStandardOutput(BriefingDocument(title: table.title, language: run.language, tables: [table]),
                                          with: run.renderers.first)
    }
}

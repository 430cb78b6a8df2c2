import ArgumentParser
import BriefingRenderers
import ComparisonKit
import ComparisonRunner

/// The `nordic-compare` command: with no subcommand it prints the overview of the default configuration.
@main
struct NordicCompare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nordic-compare",
        abstract: "Compare public digitalisation initiatives side by side, every fact cited to its source.",
        discussion: """
            With no subcommand, reads the run configuration (by default config/nordic-compare.yaml, so run it \
            from the repository root), loads and validates the enabled country plugins, and prints the overview \
            as a Markdown table with numbered source notes.

            Examples:
              nordic-compare                                   print the overview
              nordic-compare --view budgets --history all      print the budget history
              nordic-compare run --format markdown,csv,json    write every view to the output folder
              nordic-compare show dk-digitalisation-partnership
              nordic-compare validate --strict                 check plugins; warnings fail too

            Exit status: 0 on success, 1 when the input has errors, 64 when the command line is wrong.
            """,
        version: "0.1.0",
        subcommands: [Run.self, List.self, Show.self, Validate.self]
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: ArgumentHelp(
        "A view to print (repeatable); the overview when not given.", valueName: "view-id"))
    var view: [String] = []

    @Option(name: .long, help: ArgumentHelp("The format to print: markdown, csv or json.", valueName: "format"))
    var format: String = "markdown"

    mutating func run() throws {
        let run = try Session.prepare(input.runOptions(views: view, formats: [format]), failOnWarnings: false)
        var views = run.views
        if view.isEmpty, let overview = run.views.first(where: { $0.id == "overview" }) ?? run.views.first {
            views = [overview]
        }
        try Session.printToStandardOutput(run, views: views)
    }
}

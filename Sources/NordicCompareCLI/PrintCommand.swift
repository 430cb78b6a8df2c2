import ArgumentParser
import BriefingRenderers
import ComparisonKit
import ComparisonRunner

/// `nordic-compare print` (the default): print views on standard output.
struct Print: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print views on standard output (the default command).",
        discussion: """
            Prints the overview, or the views named with --view, as Markdown tables (or CSV or JSON) with \
            numbered source notes. Nothing is written to disk; use 'run' for that.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: ArgumentHelp(
        "A view to print (repeatable); the overview when not given.", valueName: "view-id"))
    var view: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "The format to print: \(FormatNames.printable) (default: markdown).", valueName: "format"))
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

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

            With --currency, budgets are shown converted with the cited rates of config/exchange-rates.yaml (the \
            ECB's year-end reference rates; a figure of year Y at Y's rate), beside the amount as written:
              nordic-compare print --view budgets --currency NOK
            """
    )

    @OptionGroup var config: ConfigOption
    @OptionGroup var language: LanguageOption
    @OptionGroup var history: HistoryOption
    @OptionGroup var selection: SelectOption
    @OptionGroup var budgetBasis: BudgetBasisOption
    @OptionGroup var asOf: AsOfOption

    @Option(name: .long, help: ArgumentHelp(
        "A view to print (repeatable, or several comma-separated); the overview when not given.", valueName: "view-id"),
            completion: ProjectCompletion.views)
    var view: [ViewList] = []

    @Option(name: .long, help: ArgumentHelp("The format to print.", valueName: "format"))
    var format: PrintFormat = .markdown

    @OptionGroup var quiet: QuietOption

    func validate() throws {
        try format.check()
    }

    mutating func run() throws {
        var options = try RunOptions(configPath: config.path(), viewIDs: view.flatMap(\.ids), formats: [format.name],
                                     language: language.lang?.code, history: history.history,
                                     budgetBasis: budgetBasis.basis, asOf: asOf.date)
        options.selection = selection.select
        let reporting = Session.Reporting(quiet)
        let run = try Session.prepare(options, config: config, reporting: reporting, noteWarnings: true)
        var views = run.views
        if view.isEmpty, let overview = run.views.first(where: { $0.id == "overview" }) ?? run.views.first {
            views = [overview]
        }
        try Session.printToStandardOutput(run, views: views, reporting: reporting)
    }
}

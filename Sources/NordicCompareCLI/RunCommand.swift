import ArgumentParser
import BriefingRenderers
import ComparisonKit
import ComparisonRunner
import Foundation
import ProcessTuning

/// `nordic-compare run`: build every configured view and write it in every configured format.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the comparison tables to the output folder.",
        discussion: """
            Builds each view of the configuration (or those named with --view) and writes one file per view and \
            format, such as output/overview.md, output/overview.csv and output/overview.json. Nothing is \
            written when the input has errors, and files are written to a temporary name and renamed, so a \
            failed run never leaves a half-written file. Beside them it writes run-manifest.json (every file \
            read and written, with its SHA-256) and run-inputs.tar (a copy of the files read), for \
            'nordic-compare diff --since-run'.
            """
    )

    @OptionGroup var config: ConfigOption
    @OptionGroup var language: LanguageOption
    @OptionGroup var history: HistoryOption
    @OptionGroup var selection: SelectOption
    @OptionGroup var budgetBasis: BudgetBasisOption
    @OptionGroup var asOf: AsOfOption

    @Option(name: .long, help: ArgumentHelp(
        "A view to write (repeatable, or several comma-separated); all views when not given.", valueName: "view-id"),
            completion: ProjectCompletion.views)
    var view: [ViewList] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(
        "Formats to write, comma-separated, such as markdown,csv (default: the configuration's).", valueName: "formats"))
    var format: [FormatList] = []

    @Option(name: .long, help: ArgumentHelp("The output folder (default: the configuration's).", valueName: "folder"),
            completion: .directory)
    var output: String?

    @Flag(name: .long, help: "Stamp the outputs with the run's date and time (off by default, so the same input gives the same bytes).")
    var timestamp = false

    @OptionGroup var quiet: QuietOption

    func validate() throws {
        for list in format { try list.check() }
    }

    mutating func run() throws {
        let formats = format.flatMap(\.names)
        var options = try RunOptions(configPath: config.path(), viewIDs: view.flatMap(\.ids),
                                     formats: formats.isEmpty ? nil : formats,
                                     language: language.lang?.code, outputFolder: output, history: history.history,
                                     timestamp: timestamp, budgetBasis: budgetBasis.basis, asOf: asOf.date)
        options.selection = selection.select
        let reporting = Session.Reporting(quiet)
        let (run, warnings) = try Session.prepareReportingErrors(options, config: config, reporting: reporting)
        let paths: [String]
        do {
            paths = try run.writeOutputs(tableMemoryFreed: AllocatorTuning.returnFreedMemory) { phase in
                reporting.progress?.show(phase)
            }
            reporting.progress?.finish()
        } catch {
            reporting.progress?.finish()
            try StandardStream.error.writeLine(error.description)
            throw ExitCode(1)
        }
        // Only now, with every file in place, print what was done: a stream that fails (closed, full, a reader
        // gone) must not cost the files, only the notes.
        do throws(StreamFailure) {
            if !reporting.quiet { try StandardStream.output.writeLines(paths.map { "wrote \($0)" }) }
            try Session.noteWarnings(warnings, reporting: reporting)
        } catch {
            throw error.after("the outputs were written")
        }
    }
}

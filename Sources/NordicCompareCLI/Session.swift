import ArgumentParser
import BriefingRenderers
import ComparisonKit
import ComparisonRunner
import StandardRenderers

/// What the commands share: preparing a run, reporting its diagnostics, and printing or writing its tables.
enum Session {
    /// How a command reports besides its output: quietly (errors only) or not, and with progress on a terminal.
    struct Reporting {
        /// Errors only: no notes, no progress.
        let quiet: Bool
        /// The progress line, when standard error is a terminal and the command is not quiet.
        let progress: ProgressDisplay?

        /// The reporting `--quiet` asks for.
        init(_ option: QuietOption) {
            quiet = option.quiet
            progress = ProgressDisplay.onTerminal(quiet: option.quiet)
        }
    }

    /// Keeps a finished run's corpus and tables alive until the process exits, on purpose: the command is done,
    /// and freeing tens of thousands of initiatives object by object would only delay the exit (0.2 s or more for
    /// 10 000 initiatives) to hand back memory the operating system reclaims at once anyway.
    static func keepUntilExit(_ run: PreparedRun) {
        _ = Unmanaged.passRetained(FinishedRun(run))
    }

    /// A box that lets a finished run be retained past the end of its command.
    private final class FinishedRun {
        let run: PreparedRun
        init(_ run: PreparedRun) { self.run = run }
    }

    /// Prepares a run, reports its diagnostics on standard error, and, when `noteWarnings` is set, notes how many
    /// warnings it has; throws the right exit code when it fails. The run is kept until the process exits (see
    /// `keepUntilExit(_:)`).
    static func prepare(_ options: RunOptions, config: ConfigOption, reporting: Reporting,
                        noteWarnings: Bool) throws -> PreparedRun {
        let prepared = try prepareReportingErrors(options, config: config, reporting: reporting)
        if noteWarnings { try Self.noteWarnings(prepared.warnings, reporting: reporting) }
        return prepared.run
    }

    /// Prepares a run and reports its diagnostics on standard error when it fails (throwing the right exit code);
    /// when it does not, returns it with the number of warnings for `noteWarnings(_:reporting:)`, so that a command
    /// that writes files can write them before it prints anything that might fail.
    static func prepareReportingErrors(_ options: RunOptions, config: ConfigOption, reporting: Reporting) throws
        -> (run: PreparedRun, warnings: WarningCount) {
        try announce(config, reporting: reporting)
        return try prepareReportingErrors(options, reporting: reporting)
    }

    /// Prepares a run of the configuration `options` names, as `prepareReportingErrors(_:config:reporting:)` does,
    /// without saying which configuration is used: for a configuration the command line names outright (an earlier
    /// edition's, for `diff --old`).
    static func prepareReportingErrors(_ options: RunOptions, reporting: Reporting) throws
        -> (run: PreparedRun, warnings: WarningCount) {
        let preparation: RunPreparation
        do {
            preparation = try Runner.prepare(options, additionalPlugins: [], renderers: .standard) { phase in
                reporting.progress?.show(phase)
            }
        } catch {
            reporting.progress?.finish()
            // Formats and languages were checked with the command line; what is left needs the configuration
            // (a view id), so it is a data problem.
            throw dataError(Echo.shortening(options.viewIDs, in: error.message))
        }
        if let run = preparation.run { keepUntilExit(run) }
        let errors = preparation.diagnostics.filter { $0.severity == .error }
        let warnings = preparation.diagnostics.filter { $0.severity == .warning }
        guard errors.isEmpty, let run = preparation.run else {
            reporting.progress?.finish()
            let lines = (errors + (reporting.quiet ? [] : warnings)).map(\.description)
                + ["\(errors.count) error\(errors.count == 1 ? "" : "s"); nothing was written."]
            try StandardStream.error.writeLines(lines)
            throw ExitCode(1)
        }
        let acknowledged = preparation.diagnostics.filter { $0.severity == .note }.count
        return (run, WarningCount(warnings: warnings.count, acknowledged: acknowledged))
    }

    /// Says on standard error which configuration is used, when it was found in a folder above the current one
    /// (unless quiet).
    static func announce(_ config: ConfigOption, reporting: Reporting) throws(StreamFailure) {
        if !reporting.quiet, let note = config.note { try StandardStream.error.writeLine(note) }
    }

    /// A problem with what the input holds rather than with the command line, such as an id the configuration
    /// does not know: printed as `error: message`, without a usage line, and the command exits with 1.
    static func dataError(_ message: String) -> CommandFailure {
        CommandFailure(message: message, status: 1)
    }

    /// How many warnings a run has, and how many more disagreements its plugins acknowledge.
    struct WarningCount {
        /// Warnings that need attention.
        var warnings: Int
        /// Disagreements recorded on purpose (notes), which need none.
        var acknowledged: Int
    }

    /// Notes on standard error that the run has warnings, when it has and the command is not quiet, with how many
    /// more are acknowledged.
    static func noteWarnings(_ count: WarningCount, reporting: Reporting) throws(StreamFailure) {
        guard count.warnings > 0, !reporting.quiet else { return }
        let acknowledged = count.acknowledged > 0 ? " (and \(count.acknowledged) acknowledged)" : ""
        try StandardStream.error.writeLine("note: \(count.warnings) warning\(count.warnings == 1 ? "" : "s")"
                                           + "\(acknowledged); run 'nordic-compare validate' to see them.")
    }

    /// Prints the tables of the given views in the run's first format on standard output.
    static func printToStandardOutput(_ run: PreparedRun, views: [ViewDefinition], reporting: Reporting) throws {
        reporting.progress?.show(.buildingTables(views.count))
        let document = run.document(for: views)
        reporting.progress?.finish()
        try printToStandardOutput(document, with: run.renderers.first)
    }

    /// Prints a document with a text renderer on standard output, files one after another.
    static func printToStandardOutput(_ document: BriefingDocument, with renderer: (any BriefingRenderer)?) throws {
        guard let renderer else { throw ValidationError("no output format selected") }
        guard renderer.writesText else {
            throw ValidationError("'\(renderer.formatName)' files cannot be printed; write them with "
                                  + "'nordic-compare run --format \(renderer.formatName)'")
        }
        for (index, file) in renderer.render(document).enumerated() {
            if index > 0 { try StandardStream.output.write("\n") }
            try StandardStream.output.write(bytes: file.contents)
        }
    }
}

import ArgumentParser
import ComparisonKit
import ComparisonRunner
import StandardRenderers

/// `nordic-compare validate`: check the configuration, codebook and plugins and list every problem.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the configuration, the codebook and every enabled plugin.",
        discussion: """
            Prints every error and warning as path:line:col: severity: message, all of them in one go. \
            Warnings (a disagreement between sources, a theme no initiative covers, …) do not fail the check \
            unless --strict is given. A disagreement that a plugin acknowledges (acknowledged-disagreements:, \
            with a reason) is a note: listed, never counted as a warning.
            """
    )

    @OptionGroup var config: ConfigOption

    @Flag(name: .long, help: "Fail on warnings too.")
    var strict = false

    @OptionGroup var quiet: QuietOption

    mutating func run() throws {
        let options = try RunOptions(configPath: config.path())
        let reporting = Session.Reporting(quiet)
        try Session.announce(config, reporting: reporting)
        let preparation: RunPreparation
        do {
            preparation = try Runner.prepare(options, additionalPlugins: [], renderers: .standard) { phase in
                reporting.progress?.show(phase)
            }
            reporting.progress?.finish()
        } catch {
            reporting.progress?.finish()
            throw Session.dataError(error.message)
        }
        let errors = preparation.diagnostics.filter { $0.severity == .error }.count
        let warnings = preparation.diagnostics.filter { $0.severity == .warning }.count
        let acknowledged = preparation.diagnostics.filter { $0.severity == .note }.count
        let corpus = preparation.run?.corpus
        if let run = preparation.run { Session.keepUntilExit(run) }
        let summary = "\(corpus?.plugins.count ?? 0) plugins, \(corpus?.initiatives.count ?? 0) initiatives: "
            + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
            + (acknowledged > 0 ? ", \(acknowledged) acknowledged" : "")
        let failed = errors > 0 || (strict && warnings > 0)
        // Quiet: what fails the check only (errors, and warnings under --strict).
        let shown = preparation.diagnostics.filter { diagnostic in
            !quiet.quiet || diagnostic.severity == .error || (strict && diagnostic.severity == .warning)
        }
        try StandardStream.error.writeLines(shown.map(\.description) + (failed ? ["validation failed: " + summary] : []))
        if failed { throw ExitCode(1) }
        if !quiet.quiet { try StandardStream.output.writeLine("ok: " + summary) }
    }
}

import ArgumentParser
import ComparisonRunner
import ProcessTuning

/// The `nordic-compare` command: with no subcommand it runs `print`, which shows the overview of the default
/// configuration.
@main
struct NordicCompare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nordic-compare",
        abstract: "Compare public digitalisation initiatives side by side, every fact cited to its source.",
        discussion: """
            With no subcommand, reads the run configuration, loads and validates the enabled country plugins, \
            and prints the overview as a Markdown table with numbered source notes. Without --config, the \
            configuration is config/nordic-compare.yaml in the current folder or the nearest folder above it, as \
            git finds its repository; one in a folder that another user owns or can write to is refused.

            Examples:
              nordic-compare
                  Print the overview.
              nordic-compare --view budgets --history all
                  Print the budget history (short for 'nordic-compare print ...').
              nordic-compare run --format markdown,csv,json
                  Write every view to the output folder.
              nordic-compare findings --select jurisdiction=DK --against jurisdiction=NO
                  What Denmark's initiatives are coded as covering and Norway's are not.
              nordic-compare show dk-digitalisation-partnership
                  Print every fact of one initiative with its sources.
              nordic-compare diff --from 2020-12-31 --to 2024-12-31
                  Print what changed between two dates, before and after, cited.
              nordic-compare validate --strict
                  Check the plugins; warnings fail too.
              nordic-compare new plugin sweden --jurisdiction SE --name Sweden --lang sv
                  Start a country plugin from a template.
              nordic-compare schema
                  Write the plugin files' JSON Schemas to schema/.

            Exit status: 0 on success, 1 when the input has errors, 64 when the command line is wrong, 74 when \
            standard output or error cannot be written (closed, or a full disk; run, new and schema write their \
            files first). When the reader of a pipe stops early (| head), the command ends quietly, killed by \
            SIGPIPE as cat is (status 141 in a shell).
            """,
        version: NordicCompareVersion.current,
        subcommands: [Print.self, Run.self, Findings.self, List.self, Show.self, Diff.self, Validate.self, New.self,
                      Schema.self],
        defaultSubcommand: Print.self
    )

    /// Claims the standard streams before anything opens a file, tunes the allocator for a run's threads, then
    /// parses the command line, runs the command and exits with its status.
    static func main() {
        StandardStream.claimAtLaunch()
        AllocatorTuning.limitHeapsToCores()
        Execution.run(self)
    }
}

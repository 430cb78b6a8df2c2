import ArgumentParser
import ComparisonKit

/// `--history`, for the commands that build comparison tables (`print` and `run`).
struct HistoryOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Show each fact's latest value or its whole dated history (default: the configuration's).",
        valueName: "mode"))
    var history: HistoryMode?
}

extension HistoryMode: ExpressibleByArgument {}

import ArgumentParser
import ComparisonKit
import ComparisonRunner

/// Options every command that reads the configuration shares.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The run configuration file.", valueName: "file"), completion: .file(extensions: ["yaml", "yml"]))
    var config: String = RunOptions.defaultConfigPath

    @Option(name: .long, help: ArgumentHelp(
        "The reader's language: en, nb or da (default: the configuration's).", valueName: "language"))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp(
        "Show each fact's latest value or its whole dated history: latest or all (default: the configuration's).",
        valueName: "mode"))
    var history: HistoryMode?

    /// The run options these command-line options describe.
    func runOptions(views: [String] = [], formats: [String]? = nil, output: String? = nil) throws -> RunOptions {
        if let lang, !Vocabulary.supportedLanguages.contains(lang) {
            throw ValidationError("unsupported language '\(Echo.value(lang))'; choose one of: "
                                  + Vocabulary.supportedLanguages.joined(separator: ", "))
        }
        return RunOptions(configPath: config, viewIDs: views, formats: formats, language: lang, outputFolder: output,
                          history: history)
    }
}

extension HistoryMode: ExpressibleByArgument {}

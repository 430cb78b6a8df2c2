import ArgumentParser

/// `--lang`, for the commands whose output is in the reader's language.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The reader's language (default: the configuration's).", valueName: "language"))
    var lang: ReaderLanguage?

    mutating func validate() throws {
        try lang?.check()
    }
}

import ArgumentParser
import ComparisonKit

/// A reader language as typed with `--lang`. Its allowed values (the languages the tool ships words for) are listed
/// in `--help` and offered by shell completion; a value outside them is refused by `check()`, called from the
/// command's `validate()`, so that the message can teach (`no` is `nb`) and the right command's usage follows it.
struct ReaderLanguage: ExpressibleByArgument, Sendable {
    /// The code as typed.
    let code: LanguageCode

    /// Takes any text: whether it is supported is `check()`'s question, asked with a message that teaches.
    init?(argument: String) { code = argument }

    static var allValueStrings: [String] { Vocabulary.supportedLanguages }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }

    /// Throws a usage error naming the supported languages, with the one probably meant, unless the code is one.
    func check() throws {
        guard !Vocabulary.supportedLanguages.contains(code) else { return }
        throw ValidationError("unsupported language '\(Echo.value(code))'; choose one of: "
                              + Vocabulary.supportedLanguages.joined(separator: ", ")
                              + Vocabulary.languageHint(for: code))
    }
}

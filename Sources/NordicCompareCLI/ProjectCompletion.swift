import ArgumentParser
import ComparisonRunner

/// Shell completion for the ids a project defines (views, initiatives): the first column of what `nordic-compare
/// list views` or `list initiatives` prints for the configuration the command line names with `--config`, or the
/// one the search finds from the current folder. Nothing is offered when there is no configuration, or the one
/// found is refused; completion prints nothing on standard error.
enum ProjectCompletion {
    /// View ids, for `--view`.
    static let views = CompletionKind.custom { words, _, _ in ids(.views, words: words) }

    /// Initiative ids, for `show`.
    static let initiatives = CompletionKind.custom { words, _, _ in ids(.initiatives, words: words) }

    /// The ids `list subject` prints for the configuration the words name or the search finds.
    static func ids(_ subject: List.Subject, words: [String]) -> [String] {
        guard let path = configuration(in: words),
              let run = try? Runner.prepare(RunOptions(configPath: path)).run else { return [] }
        return List.rows(subject, of: run).compactMap(\.first)
    }

    /// The value of the last `--config FILE` or `--config=FILE` among the words, or the configuration found by
    /// searching from the current folder.
    private static func configuration(in words: [String]) -> String? {
        var named: String?
        for (index, word) in words.enumerated() {
            if word == "--config", index + 1 < words.count {
                named = words[index + 1]
            } else if word.hasPrefix("--config=") {
                named = String(word.dropFirst("--config=".count))
            }
        }
        return named ?? (try? ConfigurationSearch.find())?.path
    }
}

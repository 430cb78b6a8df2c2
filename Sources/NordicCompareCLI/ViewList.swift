import ArgumentParser

/// The view ids typed with `--view`, one or several comma-separated (`overview,themes`), as `--format` takes formats.
/// Whether each id is a configured view is checked once the configuration is read.
struct ViewList: ExpressibleByArgument, Sendable {
    /// The ids as typed, blanks around commas removed.
    let ids: [String]

    /// Splits the text at commas; nil (a usage error) when an id between commas is empty.
    init?(argument: String) {
        ids = argument.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        if ids.contains(where: \.isEmpty) { return nil }
    }
}

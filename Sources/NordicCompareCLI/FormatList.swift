import ArgumentParser
import BriefingRenderers
import Foundation
import StandardRenderers

/// The formats typed with `run --format`, comma-separated (`markdown,csv`), each one the registry knows.
struct FormatList: ExpressibleByArgument, Sendable {
    /// The names as typed, blanks around commas removed.
    let names: [String]

    /// Splits the text at commas; `check()` says whether each name is a format.
    init?(argument: String) {
        names = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    static var allValueStrings: [String] { RendererRegistry.standard.formatNames }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }

    /// Throws a usage error for the first name that is not a format.
    func check() throws {
        for name in names { try FormatChoice.check(name) }
    }
}

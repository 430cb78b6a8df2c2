import ArgumentParser
import BriefingRenderers
import ComparisonKit
import Foundation
import StandardRenderers

/// A format typed with `print --format` or `show --format`: one the tool can print on a terminal. The allowed values
/// come from the renderer registry, so `--help` and completion never fall behind it; a value outside them is refused
/// by `check()`, from the command's `validate()`, with a did-you-mean and the right command's usage.
struct PrintFormat: ExpressibleByArgument, Sendable {
    /// The format's name as typed.
    let name: String

    /// Takes any text; `check()` says whether it is a printable format.
    init?(argument: String) { name = argument }

    /// Markdown, the default.
    static let markdown = PrintFormat(argument: "markdown")!

    static var allValueStrings: [String] {
        RendererRegistry.standard.renderers.filter(\.writesText).map(\.formatName)
    }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }

    var defaultValueDescription: String { name }

    /// Throws a usage error unless the name is a format that can be printed.
    func check() throws {
        try FormatChoice.check(name)
        if let renderer = RendererRegistry.standard.renderer(named: name), !renderer.writesText {
            throw ValidationError("'\(renderer.formatName)' files cannot be printed; write them with "
                                  + "'nordic-compare run --format \(renderer.formatName)'")
        }
    }
}

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

/// The one check of a typed format name against the renderer registry.
enum FormatChoice {
    /// Throws a usage error, with the available formats and a did-you-mean, unless `name` names a format (or an
    /// alias of one).
    static func check(_ name: String) throws {
        let registry = RendererRegistry.standard
        guard registry.renderer(named: name) == nil else { return }
        throw ValidationError("unknown format '\(Echo.value(name))'; available: "
                              + registry.formatNames.joined(separator: ", ") + Suggestion.hint(for: name, in: registry.formatNames))
    }
}

import ArgumentParser
import BriefingRenderers
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

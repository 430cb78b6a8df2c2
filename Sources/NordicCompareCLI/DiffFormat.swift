import ArgumentParser
import BriefingRenderers
import StandardRenderers

/// A format typed with `diff --format`: one that can be printed (see `PrintFormat`) and that writes tables, since the
/// changes are a table. The formats that write the corpus's data (the data package) are left out of `--help` and
/// completion, and refused with the formats that can be chosen.
struct DiffFormat: ExpressibleByArgument, Sendable {
    /// The format as typed.
    let format: PrintFormat

    /// The format's name as typed.
    var name: String { format.name }

    /// Takes any text; `check()` says whether it is a format the changes can be printed in.
    init?(argument: String) {
        guard let format = PrintFormat(argument: argument) else { return nil }
        self.format = format
    }

    /// Markdown, the default.
    static let markdown = DiffFormat(argument: "markdown")!

    static var allValueStrings: [String] {
        PrintFormat.allValueStrings.filter { RendererRegistry.standard.renderer(named: $0)?.readsTables ?? false }
    }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }

    var defaultValueDescription: String { name }

    /// Throws a usage error unless the name is a printable format that writes tables.
    func check() throws {
        try format.check()
        if let renderer = RendererRegistry.standard.renderer(named: name), !renderer.readsTables {
            let choices = Self.allValueStrings
            throw ValidationError("'\(renderer.formatName)' writes the corpus's data, not a table of changes; choose "
                                  + choices.dropLast().joined(separator: ", ") + " or " + (choices.last ?? "markdown"))
        }
    }
}

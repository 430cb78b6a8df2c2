import BriefingRenderers
import StandardRenderers

/// The format names for help texts, read from the renderer registry so help never falls behind it.
enum FormatNames {
    /// Every format `run` can write.
    static var all: String { RendererRegistry.standard.formatNames.joined(separator: ", ") }

    /// The formats that can be printed on a terminal.
    static var printable: String {
        RendererRegistry.standard.renderers.filter(\.writesText).map(\.formatName).joined(separator: ", ")
    }
}

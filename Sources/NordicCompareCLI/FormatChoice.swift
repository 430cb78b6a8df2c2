import ArgumentParser
import BriefingRenderers
import ComparisonKit
import StandardRenderers

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

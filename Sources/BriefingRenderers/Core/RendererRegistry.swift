/// The renderers by name.
///
/// The formats this build ships are `RendererRegistry.standard`, listed in the `StandardRenderers` module, which
/// sees every format module (DOCX is a module of its own, so that only it depends on ZIPFoundation). Adding a
/// format is one folder under `Formats/` plus one line in that list.
package struct RendererRegistry: Sendable {
    /// The renderers, in registration order.
    package let renderers: [any BriefingRenderer]

    /// Creates a registry. When two renderers claim the same name or alias, the first one registered wins.
    package init(_ renderers: [any BriefingRenderer]) {
        self.renderers = renderers
    }

    /// The renderers' primary names, in registration order.
    package var formatNames: [String] { renderers.map(\.formatName) }

    /// The renderer whose name or alias is `name`, ignoring case; nil when no renderer has it.
    package func renderer(named name: String) -> (any BriefingRenderer)? {
        let wanted = name.lowercased()
        return renderers.first { renderer in
            renderer.formatName.lowercased() == wanted || renderer.aliases.contains { $0.lowercased() == wanted }
        }
    }
}

/// The renderers by name; adding a format is one file plus one line in `standard`.
public struct RendererRegistry: Sendable {
    /// Every format this build ships, in the order `--help` lists them.
    public static let standard = RendererRegistry([
        MarkdownRenderer(),
        CSVRenderer(),
        JSONRenderer(),
        HTMLRenderer(),
        DOCXRenderer(),
        LaTeXRenderer(), LaTeXRenderer(fragment: true),
    ])

    /// The renderers, in registration order.
    public let renderers: [any BriefingRenderer]

    /// Creates a registry. When two renderers claim the same name or alias, the first one registered wins.
    public init(_ renderers: [any BriefingRenderer]) {
        self.renderers = renderers
    }

    /// The renderers' primary names, in registration order.
    public var formatNames: [String] { renderers.map(\.formatName) }

    /// The renderer whose name or alias is `name`, ignoring case; nil when no renderer has it.
    public func renderer(named name: String) -> (any BriefingRenderer)? {
        let wanted = name.lowercased()
        return renderers.first { renderer in
            renderer.formatName.lowercased() == wanted || renderer.aliases.contains { $0.lowercased() == wanted }
        }
    }
}

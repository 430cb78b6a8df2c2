/// How an initiative covers the themes: the strongest strength per theme and the components that give it.
public struct ThemeCoverage: Sendable {
    /// The strongest coverage of each theme.
    public private(set) var strengths: [String: ThemeStrength] = [:]
    /// The components (by label or title) that serve each theme, in order.
    public private(set) var components: [String: [Component]] = [:]
    /// The citations behind each theme's coverage.
    public private(set) var citations: [String: [Citation]] = [:]
    /// The themes in the order the initiative first names them.
    public private(set) var orderedThemeIDs: [String] = []

    /// Computes the coverage of an initiative from its own themes and its components' themes.
    public init(of initiative: Initiative) {
        for reference in initiative.themes {
            add(reference, citation: initiative.defaultCitation, component: nil)
        }
        for component in initiative.components {
            for reference in component.themes {
                add(reference, citation: component.citation, component: component)
            }
        }
    }

    private mutating func add(_ reference: ThemeReference, citation: Citation, component: Component?) {
        let id = reference.themeID
        if strengths[id] == nil { orderedThemeIDs.append(id) }
        strengths[id] = max(strengths[id] ?? reference.strength, reference.strength)
        citations[id, default: []].append(citation)
        if let component { components[id, default: []].append(component) }
    }
}

/// How an initiative covers the themes: the strongest strength per theme and the components that give it.
///
/// An initiative names a handful of themes, so they are kept in a short list in the order it first names them, and a
/// theme named again is found by a linear search, which is cheaper than hashing for lists this short.
struct ThemeCoverage: Sendable {
    /// One theme the initiative covers.
    struct Theme: Sendable {
        /// The theme id.
        let id: String
        /// The strongest coverage of the theme.
        fileprivate(set) var strength: ThemeStrength
        /// The components that serve the theme, in order.
        fileprivate(set) var components: [Component]
        /// The citations behind the coverage: the initiative's own, then each component's.
        fileprivate(set) var citations: [Citation]
    }

    /// The themes in the order the initiative first names them.
    private(set) var themes: [Theme] = []

    /// Computes the coverage of an initiative from its own themes and its components' themes.
    init(of initiative: Initiative) {
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
        guard let index = themes.firstIndex(where: { $0.id == reference.themeID }) else {
            themes.append(Theme(id: reference.themeID, strength: reference.strength,
                                components: component.map { [$0] } ?? [], citations: [citation]))
            return
        }
        themes[index].strength = max(themes[index].strength, reference.strength)
        themes[index].citations.append(citation)
        if let component { themes[index].components.append(component) }
    }
}

/// How an initiative covers the themes: its strength per theme and the components that serve it.
///
/// **The rule for the strength.** The initiative's own `themes` are the plugin author's judgement of the initiative
/// as a whole, so where the initiative names a theme, its strength is the coverage, whatever its components say: a
/// programme whose interoperability objective is primary for interoperability, but which puts an eighth of its
/// money there, may declare interoperability secondary, and the matrix shows secondary. Where the initiative does
/// not name a theme, the coverage is the strongest strength among the components that name it. Either way, every
/// component that names the theme is listed and cited, so a reader sees where the coverage comes from.
///
/// An initiative names a handful of themes, so they are kept in a short list in the order it first names them, and a
/// theme named again is found by a linear search, which is cheaper than hashing for lists this short; past
/// `ShortList.limit` themes (a plugin can name every theme of a large codebook) they are found by hashing.
struct ThemeCoverage: Sendable {
    /// One theme the initiative covers.
    struct Theme: Sendable {
        /// The theme id.
        let id: String
        /// The coverage of the theme: the initiative's own strength when it names the theme, otherwise the strongest
        /// of its components'.
        fileprivate(set) var strength: ThemeStrength
        /// The names of the components that serve the theme (each its label, else its title), in order: the names
        /// alone, since a copy of a whole component retains each of its dozen fields, which made building coverages
        /// three times as costly (ThemeCoverage.add 13 M → 40 M instructions of a 10 × 100 run, callgrind 2026-12-08).
        fileprivate(set) var componentNames: [LocalizedText]
        /// The citations behind the coverage: the initiative's own, then each component's.
        fileprivate(set) var citations: [Citation]
        /// Whether the initiative names the theme itself, so that its strength is final.
        fileprivate var isDeclaredByInitiative: Bool
    }

    /// The themes in the order the initiative first names them.
    private(set) var themes: [Theme] = []
    /// The position of each theme in `themes`, kept once the list is longer than `ShortList.limit`.
    private var positions: [String: Int] = [:]

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
        guard let index = position(of: reference.themeID) else {
            themes.append(Theme(id: reference.themeID, strength: reference.strength,
                                componentNames: component.map { [$0.label ?? $0.title] } ?? [], citations: [citation],
                                isDeclaredByInitiative: component == nil))
            if themes.count > ShortList.limit {
                if positions.isEmpty {
                    for (position, theme) in themes.enumerated() { positions[theme.id] = position }
                } else {
                    positions[reference.themeID] = themes.count - 1
                }
            }
            return
        }
        if component == nil {
            // The initiative names the theme twice: the stronger of its own strengths.
            themes[index].strength = themes[index].isDeclaredByInitiative
                ? max(themes[index].strength, reference.strength) : reference.strength
            themes[index].isDeclaredByInitiative = true
        } else if !themes[index].isDeclaredByInitiative {
            themes[index].strength = max(themes[index].strength, reference.strength)
        }
        themes[index].citations.append(citation)
        if let component { themes[index].componentNames.append(component.label ?? component.title) }
    }

    /// Where a theme is in `themes`, if the initiative covers it.
    private func position(of id: String) -> Int? {
        themes.count > ShortList.limit ? positions[id] : themes.firstIndex { $0.id == id }
    }

    /// For each row of a theme matrix, the first theme of this coverage shown in it: the themes' rows given in the
    /// order of `themes`. Nil for a coverage of a few themes, which a cell finds by a look along them instead (see
    /// `ThemeCoverage.theme(inRow:rows:firstByRow:)`).
    static func firstThemeByRow(_ rows: [[Int]]) -> [Int: Int]? {
        guard rows.count > ShortList.limit else { return nil }
        var first: [Int: Int] = [:]
        for (theme, themeRows) in rows.enumerated() {
            for row in themeRows where first[row] == nil { first[row] = theme }
        }
        return first
    }

    /// The first of the themes whose rows (`rows`, in the order of `themes`) include `row`; `firstByRow` is
    /// `firstThemeByRow(rows)`.
    static func theme(inRow row: Int, rows: [[Int]], firstByRow: [Int: Int]?) -> Int? {
        if let firstByRow { return firstByRow[row] }
        return rows.firstIndex { $0.contains(row) }
    }
}

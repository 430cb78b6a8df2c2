/// A theme of the taxonomy that no enabled initiative covers makes an empty matrix row: worth a warning.
struct UncoveredThemeRule: ValidationRule {
    let identifier = "uncovered-theme"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        guard !context.corpus.initiatives.isEmpty else { return [] }
        // Only themes of the taxonomy matter, so the search stops as soon as every one of them is covered.
        var uncovered = Set(context.codebook.themes.map(\.id))
        for initiative in context.corpus.initiatives.indices where !uncovered.isEmpty {
            context.corpus.initiatives[initiative].forEachThemeReference { uncovered.remove($0.themeID) }
        }
        return context.codebook.themes.filter { uncovered.contains($0.id) }.map { theme in
            .warning("theme '\(theme.id)' is covered by no enabled initiative", at: theme.location)
        }
    }
}

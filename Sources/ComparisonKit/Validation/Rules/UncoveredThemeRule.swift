/// A theme of the taxonomy that no enabled initiative covers makes an empty matrix row: worth a warning.
public struct UncoveredThemeRule: ValidationRule {
    public let identifier = "uncovered-theme"
    public init() {}

    public func validate(_ context: ValidationContext) -> [Diagnostic] {
        guard !context.corpus.initiatives.isEmpty else { return [] }
        let covered = Set(context.corpus.flatMapInitiatives { $0.allThemeReferences }.map(\.themeID))
        return context.codebook.themes.filter { !covered.contains($0.id) }.map { theme in
            .warning("theme '\(theme.id)' is covered by no enabled initiative", at: theme.location)
        }
    }
}

/// Every theme an initiative or component names must be in the codebook's taxonomy.
struct ThemeReferenceRule: ValidationRule {
    let identifier = "theme-reference"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        var suggestions: SuggestionIndex?
        var diagnostics: [Diagnostic] = []
        for initiative in context.corpus.initiatives {
            initiative.forEachThemeReference { reference in
                guard context.codebook.theme(reference.themeID) == nil else { return }
                diagnostics.append(.error(
                    "unknown theme '\(reference.themeID)'\(SuggestionIndex.hint(for: reference.themeID, in: &suggestions) { context.codebook.themeIDs })"
                        + " (themes are declared in the codebook's themes file)",
                    at: reference.location))
            }
        }
        return diagnostics
    }
}

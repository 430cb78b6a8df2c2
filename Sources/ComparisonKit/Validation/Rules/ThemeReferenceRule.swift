/// Every theme an initiative or component names must be in the codebook's taxonomy.
public struct ThemeReferenceRule: ValidationRule {
    public let identifier = "theme-reference"
    public init() {}

    public func validate(_ context: ValidationContext) -> [Diagnostic] {
        let known = context.codebook.themeIDs
        return context.corpus.flatMapInitiatives { $0.allThemeReferences }.compactMap { reference in
            guard context.codebook.theme(reference.themeID) == nil else { return nil }
            return .error(
                "unknown theme '\(reference.themeID)'\(Suggestion.hint(for: reference.themeID, in: known))"
                    + " (themes are declared in the codebook's themes file)",
                at: reference.location)
        }
    }
}

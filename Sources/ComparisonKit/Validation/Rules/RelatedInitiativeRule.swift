/// A `related` entry must name an initiative that some enabled plugin defines.
struct RelatedInitiativeRule: ValidationRule {
    let identifier = "related-initiative"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        var suggestions: SuggestionIndex?
        return context.corpus.initiatives.flatMap { initiative in
            initiative.related.indices.compactMap { index -> Diagnostic? in
                let id = initiative.related[index]
                guard context.corpus.initiative(id) == nil else { return nil }
                // At the entry itself when the file gives its place, else at the initiative.
                let locations = initiative.relatedLocations
                return .warning(
                    "'\(initiative.id)' is related to '\(id)', which no enabled plugin defines"
                        + SuggestionIndex.hint(for: id, in: &suggestions) { context.corpus.initiativeIDs },
                    at: index < locations.count ? locations[index] : initiative.location)
            }
        }
    }
}

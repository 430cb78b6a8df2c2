/// A `related` entry must name an initiative that some enabled plugin defines.
struct RelatedInitiativeRule: ValidationRule {
    let identifier = "related-initiative"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        context.corpus.initiatives.flatMap { initiative in
            initiative.related.indices.compactMap { index -> Diagnostic? in
                let id = initiative.related[index]
                guard context.corpus.initiative(id) == nil else { return nil }
                // At the entry itself when the file gives its place, else at the initiative.
                let locations = initiative.relatedLocations
                return .warning(
                    "'\(initiative.id)' is related to '\(id)', which no enabled plugin defines"
                        + Suggestion.hint(for: id, in: context.corpus.initiativeIDs),
                    at: index < locations.count ? locations[index] : initiative.location)
            }
        }
    }
}

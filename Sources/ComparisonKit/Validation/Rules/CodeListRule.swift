/// Jurisdictions must be ISO 3166-1 alpha-2 codes (or `EU`), currencies ISO 4217 codes.
struct CodeListRule: ValidationRule {
    let identifier = "code-list"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for plugin in context.corpus.plugins where !CodeLists.jurisdictions.contains(plugin.jurisdiction) {
            diagnostics.append(unknownJurisdiction(plugin.jurisdiction, at: plugin.location))
        }
        for initiative in context.corpus.initiatives {
            if !CodeLists.jurisdictions.contains(initiative.jurisdiction) {
                diagnostics.append(unknownJurisdiction(initiative.jurisdiction, at: initiative.location))
            }
            for claim in initiative.budget.claims {
                guard let currency = claim.value?.currency, !CodeLists.currencies.contains(currency) else { continue }
                diagnostics.append(.error(
                    "unknown currency code '\(currency)'; use an ISO 4217 code such as EUR, NOK, DKK or SEK"
                        + Suggestion.hint(for: currency, in: CodeLists.currencies.sorted()),
                    at: claim.location))
            }
        }
        return diagnostics
    }

    private func unknownJurisdiction(_ code: String, at location: SourceLocation) -> Diagnostic {
        .error("unknown jurisdiction '\(code)'; use an ISO 3166-1 alpha-2 code such as NO, DK, SE or FI, or EU",
               at: location)
    }
}

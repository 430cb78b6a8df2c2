/// Jurisdictions must be declared in the codebook's jurisdictions, currencies must be ISO 4217 codes.
struct CodeListRule: ValidationRule {
    let identifier = "code-list"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var suggestions: SuggestionIndex?
        var pluginJurisdictions: [String: String] = [:]
        for plugin in context.corpus.plugins {
            pluginJurisdictions[plugin.id] = plugin.jurisdiction
            guard context.codebook.jurisdiction(plugin.jurisdiction) == nil else { continue }
            diagnostics.append(unknownJurisdiction(plugin.jurisdiction, at: plugin.jurisdictionLocation ?? plugin.location,
                                                   context, &suggestions))
        }
        for initiative in context.corpus.initiatives {
            // An initiative that inherits its plugin's jurisdiction is reported once, at the plugin.
            if initiative.jurisdiction != pluginJurisdictions[initiative.pluginID],
               context.codebook.jurisdiction(initiative.jurisdiction) == nil {
                diagnostics.append(unknownJurisdiction(initiative.jurisdiction,
                                                       at: initiative.jurisdictionLocation ?? initiative.location,
                                                       context, &suggestions))
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

    private func unknownJurisdiction(_ id: String, at location: SourceLocation, _ context: ValidationContext,
                                     _ suggestions: inout SuggestionIndex?) -> Diagnostic {
        .error("unknown jurisdiction '\(id)'; use an id of the codebook's jurisdictions, such as NO, DK, SE, FI or EU"
                   + SuggestionIndex.hint(for: id, in: &suggestions) { context.codebook.jurisdictionIDs }
                   + " (jurisdictions and groupings are declared in the codebook's jurisdictions file)",
               at: location)
    }
}

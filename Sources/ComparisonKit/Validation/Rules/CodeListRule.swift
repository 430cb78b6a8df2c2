/// Jurisdictions must be declared in the codebook's jurisdictions, currencies must be ISO 4217 codes.
///
/// An ISO 3166-1 alpha-2 code the codebook does not declare is a warning, not an error: every such code was a valid
/// jurisdiction before the codebook held them, so a plugin written then keeps loading (shown by its code) and is
/// told how to name its country.
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
        if CodeLists.countryCodes.contains(id) {
            return .warning("jurisdiction '\(id)' is an ISO 3166-1 country code that the codebook's jurisdictions do not "
                + "declare, so briefings show the code instead of the country's name; add '\(id)' with its names in "
                + "each language to the codebook's jurisdictions file", at: location)
        }
        return .error("unknown jurisdiction '\(id)'; use an id of the codebook's jurisdictions, such as NO, DK, SE, FI or EU"
                   + SuggestionIndex.hint(for: id, in: &suggestions) { context.codebook.jurisdictionIDs }
                   + " (jurisdictions and groupings are declared in the codebook's jurisdictions file)",
               at: location)
    }
}

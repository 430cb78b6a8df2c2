/// Every citation, of a fact, a part or an indicator value, must name a source its plugin declares.
struct UndeclaredSourceRule: ValidationRule {
    let identifier = "undeclared-source"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var reported: Set<CitationKey> = []
        var sources = SourceLookup(context.corpus)
        // One did-you-mean index per plugin with an undeclared source, built at its first one.
        var suggestions: [String: SuggestionIndex] = [:]
        func check(_ citation: Citation) {
            guard sources.source(for: citation) == nil else { return }
            let key = CitationKey(pluginID: citation.pluginID, sourceID: citation.sourceID, locator: citation.location.description)
            guard reported.insert(key).inserted else { return }
            diagnostics.append(.error(
                "source '\(citation.sourceID)' is not declared in plugin '\(citation.pluginID)'"
                    + suggestions[citation.pluginID, default: SuggestionIndex(
                        context.corpus.sourceIDs(ofPlugin: citation.pluginID))].hint(for: citation.sourceID)
                    + " (declare it under 'sources:' in the plugin's plugin.yaml)",
                at: citation.location))
        }
        for initiative in context.corpus.initiatives { initiative.forEachCitation(check) }
        for value in context.corpus.indicatorValues { check(value.citation) }
        return diagnostics
    }
}

/// Every citation must name a source its plugin declares.
struct UndeclaredSourceRule: ValidationRule {
    let identifier = "undeclared-source"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var reported: Set<CitationKey> = []
        var sources = SourceLookup(context.corpus)
        for initiative in context.corpus.initiatives {
            initiative.forEachCitation { citation in
                guard sources.source(for: citation) == nil else { return }
                let key = CitationKey(pluginID: citation.pluginID, sourceID: citation.sourceID, locator: citation.location.description)
                guard reported.insert(key).inserted else { return }
                let declared = context.corpus.sourceIDs(ofPlugin: citation.pluginID)
                diagnostics.append(.error(
                    "source '\(citation.sourceID)' is not declared in plugin '\(citation.pluginID)'"
                        + Suggestion.hint(for: citation.sourceID, in: declared)
                        + " (declare it under 'sources:' in the plugin's plugin.yaml)",
                    at: citation.location))
            }
        }
        return diagnostics
    }
}

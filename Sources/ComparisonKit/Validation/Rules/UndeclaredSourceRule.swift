/// Every citation must name a source its plugin declares.
public struct UndeclaredSourceRule: ValidationRule {
    public let identifier = "undeclared-source"
    public init() {}

    public func validate(_ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var reported: Set<CitationKey> = []
        // Neighbouring initiatives belong to one plugin: its sources are looked up once per run of them.
        var lastPlugin: (id: String, sources: [String: Source]?)?
        for initiative in context.corpus.initiatives {
            initiative.forEachCitation { citation in
                if lastPlugin?.id != citation.pluginID {
                    lastPlugin = (citation.pluginID, context.corpus.sourcesByID(ofPlugin: citation.pluginID))
                }
                guard lastPlugin?.sources?[citation.sourceID] == nil else { return }
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

/// Loads the enabled plugins of a registry into a corpus, collecting every plugin's problems.
package enum CorpusLoader {
    /// A request to enable one plugin, with where the request is written so a wrong id can be reported there.
    package struct Enablement: Sendable, Hashable {
        /// The plugin id.
        package var pluginID: String
        /// Where the run configuration names it.
        package var location: SourceLocation

        /// Creates a request.
        package init(pluginID: String, location: SourceLocation) {
            self.pluginID = pluginID
            self.location = location
        }
    }

    /// Loads the enabled plugins concurrently and returns the corpus with all diagnostics, in a stable order
    /// whatever order the plugins finished in.
    package static func load(_ enabled: [Enablement], from registry: PluginRegistry) -> (Corpus, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var plugins: [any CountryPlugin] = []
        var seen: Set<String> = []
        var suggestions: SuggestionIndex?
        for request in enabled {
            guard let plugin = registry.plugin(request.pluginID) else {
                diagnostics.append(.error(
                    "no plugin with id '\(request.pluginID)'"
                        + (registry.ids.isEmpty ? "; no plugins were found" : "; available: \(registry.ids.joined(separator: ", "))")
                        + SuggestionIndex.hint(for: request.pluginID, in: &suggestions) { registry.ids },
                    at: request.location))
                continue
            }
            guard seen.insert(request.pluginID).inserted else {
                diagnostics.append(.warning("plugin '\(request.pluginID)' is enabled twice; it is loaded once", at: request.location))
                continue
            }
            plugins.append(plugin)
        }
        let contributions = loadConcurrently(plugins)
        for (_, contribution) in contributions { diagnostics += contribution.diagnostics }
        return (Corpus(consume contributions), diagnostics)
    }

    private static func loadConcurrently(
        _ plugins: [any CountryPlugin]
    ) -> [(descriptor: PluginDescriptor, contribution: PluginContribution)] {
        let results = ResultSlots<PluginContribution>(count: plugins.count)
        DispatchConcurrent.perform(iterations: plugins.count) { index in
            results.store(plugins[index].load(), at: index)
        }
        return zip(plugins, results.values).map { ($0.descriptor, $1 ?? PluginContribution(sources: [], initiatives: [])) }
    }
}

extension Corpus {
    /// The corpus as it stood on `date`: what an analyst could have cited on that day.
    ///
    /// Only claims dated on or before the date are kept, and only sources published on or before it; a claim
    /// without an `as-of` date takes its source's publication date, and a partial date counts from its last day
    /// ("2024" is 2024-12-31, and so is the cut-off `--as-of 2024`). Participants (by `since`), positions (by
    /// `date`), components, goals, summaries and indicator values (by their source) follow the same rule. An
    /// initiative nothing of which was on the record yet is left out; one that was, but had not started, is kept (ask
    /// ``Initiative/hasStarted(by:)``). Each fact's latest value is then the latest on that date, so tables, views
    /// and findings built from the result show that day's state. The transformation is pure: the corpus itself is
    /// not changed, and nothing is read but the corpus. It costs one pass over the corpus, and what is kept is
    /// shared with it rather than copied.
    ///
    /// Validate the whole corpus first: the state on a date is a view of valid input, and a problem in a later claim
    /// is a problem all the same.
    public func state(asOf date: PartialDate) -> Corpus {
        var selection = AsOfSelection(date: date, corpus: self)
        var kept: [Initiative] = []
        kept.reserveCapacity(initiatives.count)
        for initiative in initiatives {
            if let state = initiative.state(&selection) { kept.append(state) }
        }
        // An indicator value is on the record from its source's publication, whatever year it measures.
        let values = selection.kept(indicatorValues) { $0.includes($1.citation) } ?? indicatorValues
        var sources: [String: [String: Source]] = [:]
        var order: [String: [String]] = [:]
        for plugin in plugins {
            let ids = sourceIDs(ofPlugin: plugin.id)
            let byID = sourcesByID(ofPlugin: plugin.id) ?? [:]
            let shown = ids.filter { selection.includes(byID[$0]?.published) }
            order[plugin.id] = shown
            sources[plugin.id] = shown.count == ids.count ? byID : byID.filter { selection.includes($0.value.published) }
        }
        return Corpus(plugins: plugins, initiatives: kept, indicatorValues: values, sourcesByPlugin: sources, sourceOrder: order, asOf: date)
    }
}

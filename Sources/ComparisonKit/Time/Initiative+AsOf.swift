extension Initiative {
    /// Whether the initiative had started by `date` (its last day, for a partial date), as far as its period says:
    /// false when its latest period starts after that day (its first day, for a partial start), true otherwise, also
    /// when no period or start is recorded. A status of planned is a claim of its own and is shown as such.
    ///
    /// Ask it of the initiative as of that date (``Corpus/state(asOf:)``), so that periods recorded later do not count.
    public func hasStarted(by date: PartialDate) -> Bool {
        guard let start = period.latestValue?.start else { return true }
        return start.earliestPossible <= date.latestPossible
    }

    /// The initiative as it stood on the record on the selection's date, or nil when nothing about it was: no
    /// claim, participant, component, goal, position or summary, and a default source published later.
    ///
    /// Facts keep only their claims on the record by then, lists only their entries. When the default source (the
    /// one its name, kind and jurisdiction cite) came later, the oldest source still cited takes its place, so that
    /// no cell cites a document published after the date, and the themes and related initiatives it gives (which
    /// cite the default source) are left out.
    func state(_ selection: inout AsOfSelection) -> Initiative? {
        var initiative = self
        initiative.period = selection.fact(period)
        initiative.status = selection.fact(status)
        initiative.lead = selection.fact(lead)
        initiative.chair = selection.fact(chair)
        initiative.memberCount = selection.fact(memberCount)
        initiative.meetings = selection.fact(meetings)
        initiative.budget = selection.fact(budget)
        if let kept = selection.kept(participants, { $0.includes(dated: $1.since, citing: $1.citation) }) {
            initiative.participants = kept
        }
        if let kept = selection.kept(components, { $0.includes($1.citation) }) { initiative.components = kept }
        if let kept = selection.kept(goals, { $0.includes($1.citation) }) { initiative.goals = kept }
        if let kept = selection.kept(positions, { $0.includes(dated: $1.date, citing: $1.citation) }) {
            initiative.positions = kept
        }
        if summary != nil, !selection.includes(summaryCitation ?? defaultCitation) {
            initiative.summary = nil
            initiative.summaryCitation = nil
        }
        guard !selection.includes(defaultCitation) else { return initiative }
        // The default source came later: cite the oldest source still on the record (the first of equals, an undated
        // one last), or drop the initiative when there is none.
        var oldest: (citation: Citation, published: PartialDate?)?
        initiative.forEachCitation { citation in
            guard citation.pluginID != defaultCitation.pluginID || citation.sourceID != defaultCitation.sourceID else {
                return
            }
            let published = selection.sources.source(for: citation)?.published
            guard let current = oldest else { oldest = (citation, published); return }
            if let published, current.published.map({ published < $0 }) ?? true { oldest = (citation, published) }
        }
        guard let oldest else { return nil }
        // The initiative's own themes and related initiatives cite its default source: not on the record either.
        initiative.themes = []
        initiative.related = []
        initiative.relatedLocations = []
        initiative.defaultCitation = Citation(pluginID: oldest.citation.pluginID, sourceID: oldest.citation.sourceID,
                                              location: defaultCitation.location)
        return initiative
    }
}

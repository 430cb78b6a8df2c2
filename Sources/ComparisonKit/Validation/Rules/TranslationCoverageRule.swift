/// Per plugin, how many of the texts a briefing shows lack each of the configuration's briefing languages, with the
/// first few places, so that an author can fill them in. Such a text is still shown, by the fallback rule (the
/// original language, else English) and marked, so this is a warning.
///
/// Prose (summaries, notes, reasons, roles, descriptions, goals, targets, purposes, demands, meetings) needs each
/// language written out: a plain string there is counted as lacking them all, since nothing says which language it
/// is in. A title, label or budget line's name written as a plain string reads the same in every language and lacks
/// none. Initiatives' names are left to ``NameLanguageRule``: a briefing shows a name it lacks in the original.
struct TranslationCoverageRule: ValidationRule {
    let identifier = "translation-coverage"
    /// How many places a warning names per language.
    static let shownPlaces = 3
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        let languages = context.languages
        guard !languages.isEmpty else { return [] }
        // One tally per plugin and language: a count and the first few distinct places, never every place. Keeping
        // every place (a dictionary of arrays per initiative, merged per plugin) cost 0.44 CPU s of the 0.73 s that
        // validation took on the reference corpus, where most prose lacks nb and da (perf, 2026-12-07).
        var tallies: [String: [Tally]] = [:]
        var order: [String] = []
        var listed: Set<String> = []
        for initiative in context.corpus.initiatives {
            var plugin: [Tally] = tallies.removeValue(forKey: initiative.pluginID) ?? []
            if plugin.isEmpty { plugin = Array(repeating: Tally(), count: languages.count) }
            var lacksAny = false
            Self.forEachDisplayedText(of: initiative) { text, isProse, location in
                for (index, language) in languages.enumerated() where !Self.has(text, language, isProse: isProse) {
                    plugin[index].add(location)
                    lacksAny = true
                }
            }
            if lacksAny, listed.insert(initiative.pluginID).inserted { order.append(initiative.pluginID) }
            tallies[initiative.pluginID] = plugin
        }
        return order.compactMap { plugin in
            guard let byLanguage = tallies[plugin] else { return nil }
            let parts = zip(languages, byLanguage).compactMap { language, tally -> String? in
                guard !tally.places.isEmpty else { return nil }
                let shown = tally.places.prefix(Self.shownPlaces).map(\.description).joined(separator: ", ")
                let more = tally.places.count > Self.shownPlaces ? ", …" : ""
                return "\(tally.count) lack '\(language)' (\(shown)\(more))"
            }
            guard let first = byLanguage.lazy.compactMap(\.places.first).first else { return nil }
            return .warning("plugin '\(plugin)': texts a briefing shows lack its languages: "
                + parts.joined(separator: "; ")
                + "; give each as a mapping such as '{ " + languages.map { $0 + ": …" }.joined(separator: ", ")
                + " }' (until then the briefing shows the "
                + "original language, else English, marked)", at: first)
        }
    }

    /// How many texts of a plugin lack one language, and the first few distinct places (one more than are shown,
    /// to know whether to write "…").
    private struct Tally {
        var count = 0
        var places: [SourceLocation] = []

        mutating func add(_ location: SourceLocation) {
            count += 1
            if places.count <= TranslationCoverageRule.shownPlaces, !places.contains(location) {
                places.append(location)
            }
        }
    }

    /// Whether `text` is given in `language` (a plain name or label reads the same in every language).
    private static func has(_ text: LocalizedText, _ language: LanguageCode, isProse: Bool) -> Bool {
        text.translations.contains { $0.language == language || (!isProse && $0.language == "*") }
    }

    /// Calls `visit` with every text of an initiative that a briefing or `show` displays, whether it is prose, and
    /// where it is written (the place of the claim, participant, component, goal or position that holds it), without
    /// gathering them.
    static func forEachDisplayedText(of initiative: Initiative,
                                     _ visit: (LocalizedText, Bool, SourceLocation) -> Void) {
        if let summary = initiative.summary {
            visit(summary, true, initiative.summaryCitation?.location ?? initiative.location)
        }
        func claims<Value>(_ fact: Fact<Value>, _ values: (Value, SourceLocation) -> Void = { _, _ in }) {
            for claim in fact.claims {
                let location = claim.citation.location
                switch claim.content {
                case .known(let value): values(value, location)
                case .unknown(let reason), .notApplicable(let reason):
                    if let reason { visit(reason, true, location) }
                }
                if let note = claim.note { visit(note, true, location) }
            }
        }
        claims(initiative.period)
        claims(initiative.status)
        claims(initiative.lead)
        claims(initiative.chair)
        claims(initiative.memberCount)
        claims(initiative.meetings) { visit($0, true, $1) }
        claims(initiative.budget) { budget, location in
            if let purpose = budget.purpose { visit(purpose, true, location) }
            for line in budget.breakdown { if let name = line.name { visit(name, false, location) } }
        }
        for participant in initiative.participants {
            let location = participant.citation.location
            if let role = participant.role { visit(role, true, location) }
            if let note = participant.note { visit(note, true, location) }
        }
        for component in initiative.components {
            let location = component.citation.location
            if let label = component.label { visit(label, false, location) }
            visit(component.title, false, location)
            if let description = component.description { visit(description, true, location) }
        }
        for goal in initiative.goals {
            let location = goal.citation.location
            visit(goal.text, true, location)
            if let target = goal.target { visit(target, true, location) }
            if let note = goal.note { visit(note, true, location) }
        }
        for position in initiative.positions {
            let location = position.citation.location
            for demand in position.demands { visit(demand, true, location) }
            if let note = position.note { visit(note, true, location) }
        }
    }
}

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
        var missing: [String: [LanguageCode: [SourceLocation]]] = [:]
        var order: [String] = []
        for initiative in context.corpus.initiatives {
            var places: [LanguageCode: [SourceLocation]] = [:]
            for (text, isProse, location) in Self.displayedTexts(of: initiative) {
                for language in languages where !Self.has(text, language, isProse: isProse) {
                    places[language, default: []].append(location)
                }
            }
            guard !places.isEmpty else { continue }
            if missing[initiative.pluginID] == nil { order.append(initiative.pluginID) }
            missing[initiative.pluginID, default: [:]].merge(places) { $0 + $1 }
        }
        return order.compactMap { plugin in
            guard let byLanguage = missing[plugin] else { return nil }
            let parts = languages.compactMap { language -> String? in
                guard let places = byLanguage[language], !places.isEmpty else { return nil }
                var distinct: [SourceLocation] = []
                for place in places where !distinct.contains(place) && distinct.count <= Self.shownPlaces {
                    distinct.append(place)
                }
                let shown = distinct.prefix(Self.shownPlaces).map(\.description).joined(separator: ", ")
                let more = distinct.count > Self.shownPlaces ? ", …" : ""
                return "\(places.count) lack '\(language)' (\(shown)\(more))"
            }
            let first = languages.lazy.compactMap { byLanguage[$0]?.first }.first
            guard let first else { return nil }
            return .warning("plugin '\(plugin)': texts a briefing shows lack its languages: "
                + parts.joined(separator: "; ")
                + "; give each as a mapping such as '{ " + languages.map { $0 + ": …" }.joined(separator: ", ")
                + " }' (until then the briefing shows the "
                + "original language, else English, marked)", at: first)
        }
    }

    /// Whether `text` is given in `language` (a plain name or label reads the same in every language).
    private static func has(_ text: LocalizedText, _ language: LanguageCode, isProse: Bool) -> Bool {
        text.translations.contains { $0.language == language || (!isProse && $0.language == "*") }
    }

    /// Every text of an initiative that a briefing or `show` displays, whether it is prose, and where it is written
    /// (the place of the claim, participant, component, goal or position that holds it).
    static func displayedTexts(of initiative: Initiative) -> [(LocalizedText, Bool, SourceLocation)] {
        var texts: [(LocalizedText, Bool, SourceLocation)] = []
        if let summary = initiative.summary {
            texts.append((summary, true, initiative.summaryCitation?.location ?? initiative.location))
        }
        func claims<Value>(_ fact: Fact<Value>, _ values: (Value) -> [(LocalizedText, Bool)] = { _ in [] }) {
            for claim in fact.claims {
                let location = claim.citation.location
                switch claim.content {
                case .known(let value): texts += values(value).map { ($0.0, $0.1, location) }
                case .unknown(let reason), .notApplicable(let reason):
                    if let reason { texts.append((reason, true, location)) }
                }
                if let note = claim.note { texts.append((note, true, location)) }
            }
        }
        claims(initiative.period)
        claims(initiative.status)
        claims(initiative.lead)
        claims(initiative.chair)
        claims(initiative.memberCount)
        claims(initiative.meetings) { [($0, true)] }
        claims(initiative.budget) { budget in
            (budget.purpose.map { [($0, true)] } ?? []) + budget.breakdown.compactMap(\.name).map { ($0, false) }
        }
        for participant in initiative.participants {
            let location = participant.citation.location
            texts += [participant.role, participant.note].compactMap { $0 }.map { ($0, true, location) }
        }
        for component in initiative.components {
            let location = component.citation.location
            texts += [component.label, component.title].compactMap { $0 }.map { ($0, false, location) }
            if let description = component.description { texts.append((description, true, location)) }
        }
        for goal in initiative.goals {
            texts += [goal.text, goal.target, goal.note].compactMap { $0 }.map { ($0, true, goal.citation.location) }
        }
        for position in initiative.positions {
            texts += (position.demands + [position.note].compactMap { $0 }).map { ($0, true, position.citation.location) }
        }
        return texts
    }
}

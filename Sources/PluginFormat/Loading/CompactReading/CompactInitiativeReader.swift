import ComparisonKit
import YAMLKit

/// What an initiative's citations need besides the file: the plugin, and the source cited by facts that name none.
struct CitationContext {
    /// The plugin that contributes the initiative.
    let pluginID: String
    /// The initiative's default citation (its top-level `source`).
    let defaultCitation: Citation

    /// The citation of a fact, participant, component or goal: its own `source` when it names one (located there),
    /// else the default source with its locator, located at `location`, as `InitiativeAssembler` cites.
    func citation(source: Located<String>?, locator: String?, at location: @autoclosure () -> SourceLocation) -> Citation {
        guard let source else {
            return Citation(pluginID: pluginID, sourceID: defaultCitation.sourceID, locator: locator, location: location())
        }
        return Citation(pluginID: pluginID, sourceID: source.value, locator: locator, location: source.location)
    }
}

extension CompactDocumentReader {
    /// An initiative file read straight into the model, without the intermediate documents.
    ///
    /// It accepts exactly the files that `YAMLDecoder` decodes and ``InitiativeAssembler`` assembles with no
    /// diagnostic, and builds the same ``Initiative``; on anything else (a structural problem as for the documents,
    /// or a value the assembler would report: an unknown kind or status, a bad date or amount, a budget with the
    /// wrong forms, a negative member count) it gives up, and the full path reads the file and words the problem.
    func initiative(_ node: Int, pluginID: String, pluginJurisdiction: String) throws(GiveUp) -> Initiative {
        var format, id, kind, language, source, jurisdiction, name, summary, period, status, lead, chair: Int?
        var memberCount, meetings, budget, participants, components, goals, themes, related: Int?
        for key in try keys(node) {
            let value = key + 1
            switch try field(key) {
            case .format: format = value
            case .id: id = value
            case .kind: kind = value
            case .language: language = value
            case .source: source = value
            case .jurisdiction: jurisdiction = value
            case .name: name = value
            case .summary: summary = value
            case .period: period = value
            case .status: status = value
            case .lead: lead = value
            case .chair: chair = value
            case .memberCount: memberCount = value
            case .meetings: meetings = value
            case .budget: budget = value
            case .participants: participants = value
            case .components: components = value
            case .goals: goals = value
            case .themes: themes = value
            case .related: related = value
            default: throw GiveUp()
            }
        }
        _ = try integer(required(format))
        let idNode = try required(id)
        let defaultSource = try located(required(source))
        let context = CitationContext(pluginID: pluginID, defaultCitation: Citation(
            pluginID: pluginID, sourceID: defaultSource.value, location: defaultSource.location))
        return Initiative(
            id: try text(idNode), pluginID: pluginID,
            jurisdiction: try text(ifPresent: jurisdiction) ?? pluginJurisdiction,
            kind: try choice(required(kind), as: InitiativeKind.self),
            originalLanguage: try text(required(language)),
            name: try localizedText(required(name)),
            summary: try optional(summary) { node throws(GiveUp) in try localizedText(node) },
            defaultCitation: context.defaultCitation,
            period: try fact(period, context) { item throws(GiveUp) in try periodValue(item) },
            status: try fact(status, context) { item throws(GiveUp) in try choice(item, as: InitiativeStatus.self) },
            lead: try fact(lead, context) { item throws(GiveUp) in try organisation(item) },
            chair: try fact(chair, context) { item throws(GiveUp) in try text(item) },
            memberCount: try fact(memberCount, context) { item throws(GiveUp) in
                let count = try integer(item)
                guard count >= 0 else { throw GiveUp() }  // the assembler reports a negative count
                return count
            },
            meetings: try fact(meetings, context) { item throws(GiveUp) in try localizedText(item) },
            budget: try fact(budget, context) { item throws(GiveUp) in try budgetValue(item) },
            participants: try optional(participants) { node throws(GiveUp) in
                try list(node) { item throws(GiveUp) in try participant(item, context) }
            } ?? [],
            components: try optional(components) { node throws(GiveUp) in
                try list(node) { item throws(GiveUp) in try component(item, context) }
            } ?? [],
            goals: try optional(goals) { node throws(GiveUp) in
                try list(node) { item throws(GiveUp) in try goal(item, context) }
            } ?? [],
            themes: try optional(themes) { node throws(GiveUp) in try themeReferences(node) } ?? [],
            related: try optional(related) { node throws(GiveUp) in
                try list(node) { item throws(GiveUp) in try text(item) }
            } ?? [],
            location: location(idNode))
    }

    // MARK: - Facts

    /// An optional fact: not recorded when absent or a plain null; else a short value, a long form with `value` or
    /// `unknown`, or a list of those.
    func fact<Value>(
        _ node: Int?, _ context: CitationContext, _ value: (Int) throws(GiveUp) -> Value
    ) throws(GiveUp) -> Fact<Value> {
        guard let node, !document.isNull(node) else { return .notRecorded }
        if document.kind(node) == .sequence {
            return Fact(try list(node) { item throws(GiveUp) in try claim(item, context, value) })
        }
        return Fact([try claim(node, context, value)])
    }

    /// One claim: the bare value (short form), or a mapping with `value` or `unknown` and its citation.
    func claim<Value>(
        _ node: Int, _ context: CitationContext, _ value: (Int) throws(GiveUp) -> Value
    ) throws(GiveUp) -> Claim<Value> {
        guard document.kind(node) == .mapping, has(node, .value, or: .unknown) else {
            return Claim(.known(try value(node)), citation: context.citation(source: nil, locator: nil, at: location(node)))
        }
        var valueNode, unknown, source, locator, status, asOf, note: Int?
        for key in document.keys(node) {
            let fieldValue = key + 1
            switch try field(key) {
            case .value: valueNode = fieldValue
            case .unknown: unknown = fieldValue
            case .source: source = fieldValue
            case .locator: locator = fieldValue
            case .status: status = fieldValue
            case .asOf: asOf = fieldValue
            case .note: note = fieldValue
            default: throw GiveUp()
            }
        }
        let content: Claim<Value>.Content
        if let valueNode {
            guard unknown == nil else { throw GiveUp() }
            content = .known(try value(valueNode))
        } else {
            content = .unknown(reason: try text(ifPresent: unknown))
        }
        return Claim(
            content,
            citation: context.citation(source: try located(ifPresent: source), locator: try text(ifPresent: locator),
                                       at: location(node)),
            status: try optional(status) { node throws(GiveUp) in try choice(node, as: ClaimStatus.self) } ?? .stated,
            asOf: try date(ifPresent: asOf), note: try text(ifPresent: note))
    }

    /// A period: `{ start: DATE, end: DATE | open }`.
    func periodValue(_ node: Int) throws(GiveUp) -> Period {
        var start, end: Int?
        for key in try keys(node) {
            switch try field(key) {
            case .start: start = key + 1
            case .end: end = key + 1
            default: throw GiveUp()
            }
        }
        let ending: Period.End
        if let end, !document.isNull(end) {
            guard document.kind(end) == .scalar else { throw GiveUp() }
            ending = document.scalar(end, equals: "open") ? .open : .date(try date(end))
        } else {
            ending = .unstated
        }
        return Period(start: try date(ifPresent: start), end: ending)
    }
}

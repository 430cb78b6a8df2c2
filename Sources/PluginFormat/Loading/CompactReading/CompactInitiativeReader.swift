import ComparisonKit
import YAMLKit

extension CompactDocumentReader {
    /// An initiative file: its fixed top-level keys, each read by the reader of its type.
    func initiative(_ node: Int) throws(GiveUp) -> InitiativeDocument {
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
        return InitiativeDocument(
            format: try integer(required(format)),
            id: try located(required(id)),
            kind: try located(required(kind)),
            language: try text(required(language)),
            source: try located(required(source)),
            jurisdiction: try located(ifPresent: jurisdiction),
            name: try localized(required(name)),
            summary: try localized(ifPresent: summary),
            period: try optional(period) { node throws(GiveUp) in
                try fact(node) { item throws(GiveUp) in try periodDocument(item) }
            },
            status: try optional(status) { node throws(GiveUp) in
                try fact(node) { item throws(GiveUp) in try located(item) }
            },
            lead: try optional(lead) { node throws(GiveUp) in
                try fact(node) { item throws(GiveUp) in try organisation(item) }
            },
            chair: try optional(chair) { node throws(GiveUp) in
                try fact(node) { item throws(GiveUp) in try text(item) }
            },
            memberCount: try optional(memberCount) { node throws(GiveUp) in
                try fact(node) { item throws(GiveUp) in try integer(item) }
            },
            meetings: try optional(meetings) { node throws(GiveUp) in
                try fact(node) { item throws(GiveUp) in try localized(item) }
            },
            budget: try optional(budget) { node throws(GiveUp) in
                try fact(node) { item throws(GiveUp) in try budgetDocument(item) }
            },
            participants: try optional(participants) { node throws(GiveUp) in
                try list(node) { item throws(GiveUp) in try participant(item) }
            },
            components: try optional(components) { node throws(GiveUp) in
                try list(node) { item throws(GiveUp) in try component(item) }
            },
            goals: try optional(goals) { node throws(GiveUp) in
                try list(node) { item throws(GiveUp) in try goal(item) }
            },
            themes: try optional(themes) { node throws(GiveUp) in try themesDocument(node) },
            related: try optional(related) { node throws(GiveUp) in
                try list(node) { item throws(GiveUp) in try text(item) }
            })
    }

    // MARK: - Facts

    /// A short value, a long form with `value` or `unknown`, or a list of those.
    func fact<Value>(_ node: Int, _ value: (Int) throws(GiveUp) -> Value) throws(GiveUp) -> FactDocument<Value> {
        if document.kind(node) == .sequence {
            return FactDocument(claims: try list(node) { item throws(GiveUp) in try claim(item, value) })
        }
        return FactDocument(claims: [try claim(node, value)])
    }

    /// One claim: the bare value (short form), or a mapping with `value` or `unknown` and its citation.
    func claim<Value>(_ node: Int, _ value: (Int) throws(GiveUp) -> Value) throws(GiveUp) -> ClaimDocument<Value> {
        guard document.kind(node) == .mapping, has(node, .value, or: .unknown) else {
            return ClaimDocument(content: .value(try value(node)), source: nil, locator: nil, status: nil, asOf: nil,
                                 note: nil, location: location(node))
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
        let content: ClaimDocument<Value>.Content
        if let valueNode {
            guard unknown == nil else { throw GiveUp() }
            content = .value(try value(valueNode))
        } else {
            content = .unknown(try text(ifPresent: unknown))
        }
        return ClaimDocument(content: content, source: try located(ifPresent: source), locator: try text(ifPresent: locator),
                             status: try located(ifPresent: status), asOf: try located(ifPresent: asOf),
                             note: try text(ifPresent: note), location: location(node))
    }

    /// A period: `{ start: DATE, end: DATE | open }`.
    func periodDocument(_ node: Int) throws(GiveUp) -> PeriodDocument {
        var start, end: Int?
        for key in try keys(node) {
            switch try field(key) {
            case .start: start = key + 1
            case .end: end = key + 1
            default: throw GiveUp()
            }
        }
        return PeriodDocument(start: try located(ifPresent: start), end: try located(ifPresent: end))
    }
}

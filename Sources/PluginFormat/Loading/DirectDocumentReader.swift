import ComparisonKit
import YAMLKit

/// Reads the two large, frequent documents (initiative files and plugin manifests) straight from the node tree,
/// without `Codable`'s generic containers, coding paths and per-value dynamic casts, which cost more than libyaml's
/// own parse of the same bytes.
///
/// It reads only what is valid: the first thing that `YAMLDecoder` would report (an unknown key, a missing
/// required key, a value of the wrong shape, a number out of range) makes it give up and return nil, and the
/// caller then decodes the file with `YAMLDecoder`, which finds and words every problem exactly as before. So
/// valid files take the direct path and invalid files get the same diagnostics; for a valid file both paths give
/// the same document (debug builds check this on every file; see ``YAMLDocumentLoader``).
///
/// The rules mirror `YAMLDecoder`'s: text fields take any scalar's text as written; an optional field that is
/// absent or a plain null is nil; `Int` takes optionally signed decimal digits; every mapping key must be one the
/// document type knows, except in language maps, theme maps and the sources map, whose keys are data.
enum DirectDocumentReader {
    /// Why the direct path gave up (the details are left to `YAMLDecoder`).
    struct GiveUp: Error {}

    /// The document, or nil when the file needs `YAMLDecoder` to explain a problem.
    static func read<Document>(_ type: Document.Type, from root: YAMLNode) -> Document? {
        do throws(GiveUp) {
            if Document.self == InitiativeDocument.self { return try initiative(root) as? Document }
            if Document.self == ManifestDocument.self { return try manifest(root) as? Document }
        } catch {
            return nil
        }
        return nil
    }

    // MARK: - Initiative files

    static func initiative(_ node: YAMLNode) throws(GiveUp) -> InitiativeDocument {
        var format, id, kind, language, source, jurisdiction, name, summary, period, status, lead, chair: YAMLNode?
        var memberCount, meetings, budget, participants, components, goals, themes, related: YAMLNode?
        for pair in try pairs(node) {
            switch try key(pair) {
            case "format": format = pair.value
            case "id": id = pair.value
            case "kind": kind = pair.value
            case "language": language = pair.value
            case "source": source = pair.value
            case "jurisdiction": jurisdiction = pair.value
            case "name": name = pair.value
            case "summary": summary = pair.value
            case "period": period = pair.value
            case "status": status = pair.value
            case "lead": lead = pair.value
            case "chair": chair = pair.value
            case "member-count": memberCount = pair.value
            case "meetings": meetings = pair.value
            case "budget": budget = pair.value
            case "participants": participants = pair.value
            case "components": components = pair.value
            case "goals": goals = pair.value
            case "themes": themes = pair.value
            case "related": related = pair.value
            default: throw GiveUp()
            }
        }
        return InitiativeDocument(
            format: try integer(required(format)),
            id: try located(required(id)),
            kind: try located(required(kind)),
            language: try text(required(language)),
            source: try located(required(source)),
            jurisdiction: try optional(jurisdiction, located),
            name: try localized(required(name)),
            summary: try optional(summary, localized),
            period: try optional(period) { node throws(GiveUp) in try fact(node, period: ()) },
            status: try optional(status) { node throws(GiveUp) in try fact(node, located) },
            lead: try optional(lead) { node throws(GiveUp) in try fact(node, organisation) },
            chair: try optional(chair) { node throws(GiveUp) in try fact(node, text) },
            memberCount: try optional(memberCount) { node throws(GiveUp) in try fact(node, integer) },
            meetings: try optional(meetings) { node throws(GiveUp) in try fact(node, localized) },
            budget: try optional(budget) { node throws(GiveUp) in try fact(node, budgetDocument) },
            participants: try optional(participants) { node throws(GiveUp) in try list(node, participant) },
            components: try optional(components) { node throws(GiveUp) in try list(node, component) },
            goals: try optional(goals) { node throws(GiveUp) in try list(node, goal) },
            themes: try optional(themes, themesDocument),
            related: try optional(related) { node throws(GiveUp) in try list(node, text) })
    }

    /// A fact of periods (a separate function because a period's short form is itself a mapping).
    private static func fact(_ node: YAMLNode, period: Void) throws(GiveUp) -> FactDocument<PeriodDocument> {
        try fact(node) { node throws(GiveUp) in
            var start, end: YAMLNode?
            for pair in try pairs(node) {
                switch try key(pair) {
                case "start": start = pair.value
                case "end": end = pair.value
                default: throw GiveUp()
                }
            }
            return PeriodDocument(start: try optional(start, located), end: try optional(end, located))
        }
    }

    /// A short value, a long form with `value` or `unknown`, or a list of those.
    private static func fact<Value>(
        _ node: YAMLNode, _ value: (YAMLNode) throws(GiveUp) -> Value
    ) throws(GiveUp) -> FactDocument<Value> {
        if case .sequence(let items) = node.content {
            var claims: [ClaimDocument<Value>] = []
            claims.reserveCapacity(items.count)
            for item in items { claims.append(try claim(item, value)) }
            return FactDocument(claims: claims)
        }
        return FactDocument(claims: [try claim(node, value)])
    }

    private static func claim<Value>(
        _ node: YAMLNode, _ value: (YAMLNode) throws(GiveUp) -> Value
    ) throws(GiveUp) -> ClaimDocument<Value> {
        let location = SourceLocation(node.mark)
        guard case .mapping(let pairs) = node.content,
              pairs.contains(where: { $0.key.scalarText == "value" || $0.key.scalarText == "unknown" })
        else {
            return ClaimDocument(content: .value(try value(node)), source: nil, locator: nil, status: nil, asOf: nil,
                                 note: nil, location: location)
        }
        var valueNode, unknown, source, locator, status, asOf, note: YAMLNode?
        for pair in pairs {
            switch try key(pair) {
            case "value": valueNode = pair.value
            case "unknown": unknown = pair.value
            case "source": source = pair.value
            case "locator": locator = pair.value
            case "status": status = pair.value
            case "as-of": asOf = pair.value
            case "note": note = pair.value
            default: throw GiveUp()
            }
        }
        let content: ClaimDocument<Value>.Content
        if let valueNode {
            guard unknown == nil else { throw GiveUp() }
            content = .value(try value(valueNode))
        } else {
            content = .unknown(try optional(unknown, text))
        }
        return ClaimDocument(content: content, source: try optional(source, located), locator: try optional(locator, text),
                             status: try optional(status, located), asOf: try optional(asOf, located),
                             note: try optional(note, text), location: location)
    }

    private static func organisation(_ node: YAMLNode) throws(GiveUp) -> OrganisationDocument {
        guard case .mapping(let pairs) = node.content else {
            return OrganisationDocument(name: try text(node), english: nil, category: nil)
        }
        var name, english, category: YAMLNode?
        for pair in pairs {
            switch try key(pair) {
            case "name": name = pair.value
            case "english": english = pair.value
            case "category": category = pair.value
            default: throw GiveUp()
            }
        }
        return OrganisationDocument(name: try text(required(name)), english: try optional(english, text),
                                    category: try optional(category, located))
    }

    private static func participant(_ node: YAMLNode) throws(GiveUp) -> ParticipantDocument {
        var name, english, category, role, since, note, source, locator: YAMLNode?
        for pair in try pairs(node) {
            switch try key(pair) {
            case "name": name = pair.value
            case "english": english = pair.value
            case "category": category = pair.value
            case "role": role = pair.value
            case "since": since = pair.value
            case "note": note = pair.value
            case "source": source = pair.value
            case "locator": locator = pair.value
            default: throw GiveUp()
            }
        }
        return ParticipantDocument(
            name: try text(required(name)), english: try optional(english, text), category: try optional(category, located),
            role: try optional(role, localized), since: try optional(since, located), note: try optional(note, text),
            source: try optional(source, located), locator: try optional(locator, text), location: SourceLocation(node.mark))
    }

    private static func component(_ node: YAMLNode) throws(GiveUp) -> ComponentDocument {
        var id, label, title, themes, source, locator: YAMLNode?
        for pair in try pairs(node) {
            switch try key(pair) {
            case "id": id = pair.value
            case "label": label = pair.value
            case "title": title = pair.value
            case "themes": themes = pair.value
            case "source": source = pair.value
            case "locator": locator = pair.value
            default: throw GiveUp()
            }
        }
        return ComponentDocument(
            id: try located(required(id)), label: try optional(label, text), title: try localized(required(title)),
            themes: try optional(themes, themesDocument), source: try optional(source, located),
            locator: try optional(locator, text))
    }

    private static func goal(_ node: YAMLNode) throws(GiveUp) -> GoalDocument {
        var textNode, target, deadline, note, source, locator: YAMLNode?
        for pair in try pairs(node) {
            switch try key(pair) {
            case "text": textNode = pair.value
            case "target": target = pair.value
            case "deadline": deadline = pair.value
            case "note": note = pair.value
            case "source": source = pair.value
            case "locator": locator = pair.value
            default: throw GiveUp()
            }
        }
        return GoalDocument(
            text: try localized(required(textNode)), target: try optional(target, text),
            deadline: try optional(deadline, located), note: try optional(note, text),
            source: try optional(source, located), locator: try optional(locator, text), location: SourceLocation(node.mark))
    }

    private static func budgetDocument(_ node: YAMLNode) throws(GiveUp) -> BudgetDocument {
        var amount, min, max, magnitude, currency, scale, basis, breakdown: YAMLNode?
        for pair in try pairs(node) {
            switch try key(pair) {
            case "amount": amount = pair.value
            case "min": min = pair.value
            case "max": max = pair.value
            case "magnitude": magnitude = pair.value
            case "currency": currency = pair.value
            case "scale": scale = pair.value
            case "basis": basis = pair.value
            case "breakdown": breakdown = pair.value
            default: throw GiveUp()
            }
        }
        return BudgetDocument(
            amount: try optional(amount, located), min: try optional(min, located), max: try optional(max, located),
            magnitude: try optional(magnitude, located), currency: try optional(currency, located),
            scale: try optional(scale, located), basis: try optional(basis, text),
            breakdown: try optional(breakdown) { node throws(GiveUp) in try list(node, budgetLine) },
            location: SourceLocation(node.mark))
    }

    private static func budgetLine(_ node: YAMLNode) throws(GiveUp) -> BudgetLineDocument {
        var component, amount: YAMLNode?
        for pair in try pairs(node) {
            switch try key(pair) {
            case "component": component = pair.value
            case "amount": amount = pair.value
            default: throw GiveUp()
            }
        }
        return BudgetLineDocument(component: try text(required(component)), amount: try located(required(amount)),
                                  location: SourceLocation(node.mark))
    }

    /// A list of theme ids (all primary), or a mapping from theme id to strength.
    private static func themesDocument(_ node: YAMLNode) throws(GiveUp) -> ThemesDocument {
        if case .sequence(let items) = node.content {
            var entries: [(id: Located<String>, strength: Located<String>?)] = []
            entries.reserveCapacity(items.count)
            for item in items { entries.append((try located(item), nil)) }
            return ThemesDocument(entries: entries)
        }
        let pairs = try pairs(node)
        var entries: [(id: Located<String>, strength: Located<String>?)] = []
        entries.reserveCapacity(pairs.count)
        for pair in pairs {
            entries.append((Located(try key(pair), at: SourceLocation(pair.key.mark)), try located(pair.value)))
        }
        return ThemesDocument(entries: entries)
    }

    // MARK: - Manifests

    static func manifest(_ node: YAMLNode) throws(GiveUp) -> ManifestDocument {
        var format, plugin, sources, initiatives: YAMLNode?
        for pair in try pairs(node) {
            switch try key(pair) {
            case "format": format = pair.value
            case "plugin": plugin = pair.value
            case "sources": sources = pair.value
            case "initiatives": initiatives = pair.value
            default: throw GiveUp()
            }
        }
        let sourcePairs = try pairs(required(sources))
        var entries: [(key: Located<String>, value: ManifestDocument.SourceDocument)] = []
        entries.reserveCapacity(sourcePairs.count)
        for pair in sourcePairs {
            entries.append((Located(try key(pair), at: SourceLocation(pair.key.mark)), try sourceDocument(pair.value)))
        }
        return ManifestDocument(
            format: try integer(required(format)), plugin: try pluginSection(required(plugin)),
            sources: OrderedMapping(entries: entries), initiatives: try list(required(initiatives), located))
    }

    private static func pluginSection(_ node: YAMLNode) throws(GiveUp) -> ManifestDocument.PluginSection {
        var id, name, jurisdiction, version, description: YAMLNode?
        for pair in try pairs(node) {
            switch try key(pair) {
            case "id": id = pair.value
            case "name": name = pair.value
            case "jurisdiction": jurisdiction = pair.value
            case "version": version = pair.value
            case "description": description = pair.value
            default: throw GiveUp()
            }
        }
        return ManifestDocument.PluginSection(
            id: try located(required(id)), name: try localized(required(name)),
            jurisdiction: try located(required(jurisdiction)), version: try text(required(version)),
            description: try optional(description, localized))
    }

    private static func sourceDocument(_ node: YAMLNode) throws(GiveUp) -> ManifestDocument.SourceDocument {
        var title, publisher, published, language, kind, url, confidence, note: YAMLNode?
        for pair in try pairs(node) {
            switch try key(pair) {
            case "title": title = pair.value
            case "publisher": publisher = pair.value
            case "published": published = pair.value
            case "language": language = pair.value
            case "kind": kind = pair.value
            case "url": url = pair.value
            case "confidence": confidence = pair.value
            case "note": note = pair.value
            default: throw GiveUp()
            }
        }
        return ManifestDocument.SourceDocument(
            title: try text(required(title)), publisher: try text(required(publisher)),
            published: try optional(published, located), language: try text(required(language)),
            kind: try optional(kind, text), url: try optional(url, text), confidence: try optional(confidence, located),
            note: try optional(note, text))
    }

    // MARK: - Values

    /// Text in one language or several: a scalar (the same in every language) or a mapping from language to text.
    private static func localized(_ node: YAMLNode) throws(GiveUp) -> LocalizedTextDocument {
        let location = SourceLocation(node.mark)
        switch node.content {
        case .scalar(let scalar):
            return LocalizedTextDocument(text: LocalizedText(universal: scalar.text), location: location)
        case .mapping(let pairs):
            var translations: [(language: LanguageCode, text: String)] = []
            translations.reserveCapacity(pairs.count)
            for pair in pairs { translations.append((try key(pair), try text(pair.value))) }
            return LocalizedTextDocument(text: LocalizedText(translations), location: location)
        case .sequence:
            throw GiveUp()
        }
    }

    /// Any scalar's text, as written.
    private static func text(_ node: YAMLNode) throws(GiveUp) -> String {
        guard case .scalar(let scalar) = node.content else { throw GiveUp() }
        return scalar.text
    }

    private static func located(_ node: YAMLNode) throws(GiveUp) -> Located<String> {
        Located(try text(node), at: SourceLocation(node.mark))
    }

    /// An optionally signed run of decimal digits that fits in `Int`.
    private static func integer(_ node: YAMLNode) throws(GiveUp) -> Int {
        var digits = try text(node).utf8[...]
        var negative = false
        if let sign = digits.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty else { throw GiveUp() }
        var value = 0
        for digit in digits {
            guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { throw GiveUp() }
            let step = Int(digit - UInt8(ascii: "0"))
            let shifted = value.multipliedReportingOverflow(by: 10)
            let next = negative ? shifted.partialValue.subtractingReportingOverflow(step)
                : shifted.partialValue.addingReportingOverflow(step)
            guard !shifted.overflow, !next.overflow else { throw GiveUp() }
            value = next.partialValue
        }
        return value
    }

    /// The items of a sequence, each read by `item`.
    private static func list<Item>(_ node: YAMLNode, _ item: (YAMLNode) throws(GiveUp) -> Item) throws(GiveUp) -> [Item] {
        guard case .sequence(let items) = node.content else { throw GiveUp() }
        var result: [Item] = []
        result.reserveCapacity(items.count)
        for node in items { result.append(try item(node)) }
        return result
    }

    /// The value of an optional field: nil when absent or a plain null, as `decodeIfPresent` reads it.
    private static func optional<Value>(
        _ node: YAMLNode?, _ read: (YAMLNode) throws(GiveUp) -> Value
    ) throws(GiveUp) -> Value? {
        guard let node, !node.isNull else { return nil }
        return try read(node)
    }

    private static func required(_ node: YAMLNode?) throws(GiveUp) -> YAMLNode {
        guard let node else { throw GiveUp() }
        return node
    }

    private static func pairs(_ node: YAMLNode) throws(GiveUp) -> [YAMLNode.Pair] {
        guard case .mapping(let pairs) = node.content else { throw GiveUp() }
        return pairs
    }

    private static func key(_ pair: YAMLNode.Pair) throws(GiveUp) -> String {
        guard case .scalar(let scalar) = pair.key.content else { throw GiveUp() }
        return scalar.text
    }
}

// Memberwise initializers for the documents whose `init(from:)` is written by hand.

extension FactDocument {
    init(claims: [ClaimDocument<Value>]) { self.claims = claims }
}

extension ClaimDocument {
    init(content: Content, source: Located<String>?, locator: String?, status: Located<String>?, asOf: Located<String>?,
         note: String?, location: SourceLocation) {
        self.content = content
        self.source = source
        self.locator = locator
        self.status = status
        self.asOf = asOf
        self.note = note
        self.location = location
    }
}

extension LocalizedTextDocument {
    init(text: LocalizedText, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

extension OrganisationDocument {
    init(name: String, english: String?, category: Located<String>?) {
        self.name = name
        self.english = english
        self.category = category
    }
}

extension ParticipantDocument {
    init(name: String, english: String?, category: Located<String>?, role: LocalizedTextDocument?, since: Located<String>?,
         note: String?, source: Located<String>?, locator: String?, location: SourceLocation) {
        self.name = name
        self.english = english
        self.category = category
        self.role = role
        self.since = since
        self.note = note
        self.source = source
        self.locator = locator
        self.location = location
    }
}

extension GoalDocument {
    init(text: LocalizedTextDocument, target: String?, deadline: Located<String>?, note: String?, source: Located<String>?,
         locator: String?, location: SourceLocation) {
        self.text = text
        self.target = target
        self.deadline = deadline
        self.note = note
        self.source = source
        self.locator = locator
        self.location = location
    }
}

extension BudgetDocument {
    init(amount: Located<String>?, min: Located<String>?, max: Located<String>?, magnitude: Located<String>?,
         currency: Located<String>?, scale: Located<String>?, basis: String?, breakdown: [BudgetLineDocument]?,
         location: SourceLocation) {
        self.amount = amount
        self.min = min
        self.max = max
        self.magnitude = magnitude
        self.currency = currency
        self.scale = scale
        self.basis = basis
        self.breakdown = breakdown
        self.location = location
    }
}

extension BudgetLineDocument {
    init(component: String, amount: Located<String>, location: SourceLocation) {
        self.component = component
        self.amount = amount
        self.location = location
    }
}

extension ThemesDocument {
    init(entries: [(id: Located<String>, strength: Located<String>?)]) { self.entries = entries }
}

extension OrderedMapping {
    init(entries: [(key: Located<String>, value: Value)]) { self.entries = entries }
}

import YAMLKit

/// Every fixed key of the initiative and manifest formats, interned once: the compact parser tags each mapping key
/// with its symbol, and ``CompactDocumentReader`` switches on the symbol instead of comparing text.
enum DocumentKey: Int32, CaseIterable {
    case format, id, kind, language, source, jurisdiction, name, summary, period, status, lead, chair
    case memberCount, meetings, budget, participants, components, goals, themes, related
    case start, end, value, unknown, locator, asOf, note
    case english, category, role, since
    case label, title, text, target, deadline
    case amount, min, max, magnitude, currency, scale, basis, breakdown, component
    case plugin, sources, initiatives, version, description
    case publisher, published, url, confidence

    /// The key as written in YAML.
    var text: String { Self.texts[Int(rawValue)] }

    /// Every key as written, in the order of the cases (spelled out: `String(describing:)` reflects on each case,
    /// which cost more than the rest of building the table).
    private static let texts = [
        "format", "id", "kind", "language", "source", "jurisdiction", "name", "summary", "period", "status", "lead",
        "chair", "member-count", "meetings", "budget", "participants", "components", "goals", "themes", "related",
        "start", "end", "value", "unknown", "locator", "as-of", "note",
        "english", "category", "role", "since",
        "label", "title", "text", "target", "deadline",
        "amount", "min", "max", "magnitude", "currency", "scale", "basis", "breakdown", "component",
        "plugin", "sources", "initiatives", "version", "description",
        "publisher", "published", "url", "confidence",
    ]

    /// The table the compact parser interns keys with; a key's symbol is its raw value.
    static let table = YAMLKeyTable(allCases.map(\.text))
}

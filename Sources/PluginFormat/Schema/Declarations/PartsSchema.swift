import ComparisonKit

/// The parts of an initiative: periods, organisations, participants, components and goals.
enum PartsSchema {
    static let period = ValueReader.record(RecordSchema<Period>(
        "period", "When an initiative runs.",
        fields: [
            FieldSchema("start", .date("period start"), "When it started (a partial date).") { $0.start = $1 },
            FieldSchema("end", .periodEnd, "When it ends: a partial date, or open; leave it out when the sources do not say.") {
                $0.end = $1
            },
        ]) { _, _ in Period(start: nil, end: .unstated) })

    static let organisationRecord = RecordSchema<Organisation>(
        "organisation", "An organisation with its English name and category.",
        fields: [
            FieldSchema("name", .text, required: true, "The name in the original language.") { $0.name = $1 },
            FieldSchema("english", .text, "The English name.") { $0.englishName = $1 },
            FieldSchema("category", .choice("organisation category"), "What sort of organisation it is.") { $0.category = $1 },
        ]) { _, _ in Organisation(name: "") }

    /// An organisation: just its name, or `{ name, english, category }`.
    static let organisation: ValueReader<Organisation> = {
        let record = ValueReader.record(organisationRecord)
        let name = ValueReader<String>.text
        return ValueReader(.anyOf([.text(), record.shape])) { reader, node in
            reader.document.kind(node) == .mapping ? record.read(&reader, node) : name.read(&reader, node).map { Organisation(name: $0) }
        }
    }()

    static let participant = RecordSchema<Participant>(
        "participant", "An organisation that takes part, with its role and citation.",
        fields: organisationFields(\.organisation) + [
            FieldSchema("role", .localizedText, "What it does in the initiative.") { $0.role = $1 },
            FieldSchema("since", .date("since"), "Since when it takes part (a partial date).") { $0.since = $1 },
            FieldSchema("note", .localizedText, "A remark in your own words, in one language or several.") { $0.note = $1 },
        ] + citationFields()) { reader, node in
            Participant(organisation: Organisation(name: ""), citation: reader.defaultCitation(at: node))
        }

    static let component = RecordSchema<Component>(
        "component", "A track, focus area or objective, mapped onto themes.",
        fields: [
            FieldSchema("id", ValueReader<String>.slug.located, required: true, "An id unique within the initiative.") {
                $0.id = $1.value
                $0.citation.location = $1.location
            },
            FieldSchema("label", .localizedText, "A short label, such as Spor 4, in one language or several.") { $0.label = $1 },
            FieldSchema("title", .localizedText, required: true, "The title in the original language and English.") {
                $0.title = $1
            },
            FieldSchema("description", .localizedText, "One line on what it is about, in your own words.") {
                $0.description = $1
            },
            FieldSchema("themes", .themes, "The themes it covers.") { $0.themes = $1 },
        ] + citationFields()) { reader, node in
            Component(id: "", title: LocalizedText(universal: ""), themes: [], citation: reader.defaultCitation(at: node))
        }

    static let goal = RecordSchema<Goal>(
        "goal", "What an initiative aims to achieve.",
        fields: [
            FieldSchema("text", .localizedText, required: true, "The goal in your own words.") { $0.text = $1 },
            FieldSchema("target", .localizedText, "The target, when the source gives one, in one language or several.") { $0.target = $1 },
            FieldSchema("deadline", .date("deadline"), "By when (a partial date).") { $0.deadline = $1 },
            FieldSchema("note", .localizedText, "A remark in your own words, in one language or several.") { $0.note = $1 },
        ] + citationFields()) { reader, node in
            Goal(text: LocalizedText(universal: ""), citation: reader.defaultCitation(at: node))
        }

    static let position = RecordSchema<Position>(
        "position", "A stakeholder's published position on the initiative.",
        fields: organisationFields(\.organisation) + [
            FieldSchema("stance", .choice("stance"), required: true, "Where it stands on the initiative.") { $0.stance = $1 },
            FieldSchema("demands", .list(.localizedText), "What it asks for, each demand in your own words.") {
                $0.demands = $1
            },
            FieldSchema("date", .date("date"), "When the position was stated (a partial date).") { $0.date = $1 },
            FieldSchema("note", .localizedText, "A remark in your own words, in one language or several.") { $0.note = $1 },
        ] + citationFields()) { reader, node in
            Position(organisation: Organisation(name: ""), stance: .mixed, citation: reader.defaultCitation(at: node))
        }

    /// `name`, `english` and `category`: the organisation a part names inline (a participant, a position's author).
    static func organisationFields<Part>(_ organisation: WritableKeyPath<Part, Organisation> & Sendable) -> [FieldSchema<Part>] {
        [
            FieldSchema("name", .text, required: true, "The organisation's name in the original language.") {
                $0[keyPath: organisation].name = $1
            },
            FieldSchema("english", .text, "The English name.") { $0[keyPath: organisation].englishName = $1 },
            FieldSchema("category", .choice("organisation category"), "What sort of organisation it is.") {
                $0[keyPath: organisation].category = $1
            },
        ]
    }

    /// `source` and `locator`, the citation of a part that cites a source other than the initiative's default.
    static func citationFields<Part: CitedPart>() -> [FieldSchema<Part>] {
        [
            FieldSchema("source", ValueReader<String>.sourceID.located, "The source, when not the initiative's default.") {
                $0.citation.sourceID = $1.value
                $0.citation.location = $1.location
            },
            FieldSchema("locator", .text, "Where in the source.") { $0.citation.locator = $1 },
        ]
    }
}

/// A part of an initiative that carries a citation.
protocol CitedPart { var citation: Citation { get set } }
extension Participant: CitedPart {}
extension Component: CitedPart {}
extension Goal: CitedPart {}
extension Position: CitedPart {}

extension ValueReader where Value == Period.End {
    /// A period's end: `open`, or a partial date.
    static let periodEnd: ValueReader = {
        let date = ValueReader<PartialDate>.date("period end")
        return ValueReader(.anyOf([.constant("open"), .date])) { reader, node in
            if reader.document.kind(node) == .scalar, reader.document.scalar(node, equals: "open") { return .open }
            return date.read(&reader, node).map(Period.End.date)
        }
    }()
}

extension ValueReader where Value == [ThemeReference] {
    /// Theme coverage: a list of theme ids (all primary), or a mapping from theme id to `primary` or `secondary`.
    static let themes: ValueReader = {
        let theme = ValueShape.codebookID(pattern: "^[a-z0-9][a-z0-9-]*$", list: "config/themes.yaml")
        let strength = ValueReader<ThemeStrength>.choice("theme strength")
        return ValueReader(.anyOf([
            .list(theme), .map(keyPattern: "^[a-z0-9][a-z0-9-]*$", keyDescription: "theme id to strength", value: strength.shape),
        ])) { reader, node in
            let document = reader.document
            var references: [ThemeReference] = []
            references.reserveCapacity(document.childCount(node))
            switch document.kind(node) {
            case .sequence:
                for item in document.items(node) {
                    guard let id = ValueReader<String>.scalarText(&reader, item, expected: "a theme id") else { continue }
                    references.append(ThemeReference(themeID: id, strength: .primary, location: reader.location(item)))
                }
            case .mapping:
                for key in document.keys(node) {
                    guard let level = strength.read(&reader, key + 1) else { continue }
                    references.append(ThemeReference(themeID: document.string(key), strength: level, location: reader.location(key)))
                }
            case .scalar:
                reader.mismatch(node, expected: "a list of theme ids, or a mapping from theme id to primary or secondary")
                return nil
            }
            return references
        }
    }()
}

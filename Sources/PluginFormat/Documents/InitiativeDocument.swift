import ComparisonKit

/// One initiative file, as written.
struct InitiativeDocument: Decodable {
    let format: Int
    let id: Located<String>
    let kind: Located<String>
    let language: String
    let source: Located<String>
    let jurisdiction: Located<String>?
    let name: LocalizedTextDocument
    let summary: LocalizedTextDocument?
    let period: FactDocument<PeriodDocument>?
    let status: FactDocument<Located<String>>?
    let lead: FactDocument<OrganisationDocument>?
    let chair: FactDocument<String>?
    let memberCount: FactDocument<Int>?
    let meetings: FactDocument<LocalizedTextDocument>?
    let budget: FactDocument<BudgetDocument>?
    let participants: [ParticipantDocument]?
    let components: [ComponentDocument]?
    let goals: [GoalDocument]?
    let themes: ThemesDocument?
    let related: [String]?

    private enum CodingKeys: String, CodingKey {
        case format, id, kind, language, source, jurisdiction, name, summary, period, status, lead, chair
        case memberCount = "member-count"
        case meetings, budget, participants, components, goals, themes, related
    }
}

/// A period: `{ start: DATE, end: DATE | open }`.
struct PeriodDocument: Decodable {
    let start: Located<String>?
    let end: Located<String>?
}

/// An organisation: just its name, or `{ name, english, category }`.
struct OrganisationDocument: Decodable {
    let name: String
    let english: String?
    let category: Located<String>?

    private enum CodingKeys: String, CodingKey { case name, english, category }

    init(from decoder: any Decoder) throws {
        if decoder.yamlNode?.mappingPairs == nil {
            name = try decoder.singleValueContainer().decode(String.self)
            english = nil
            category = nil
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        english = try container.decodeIfPresent(String.self, forKey: .english)
        category = try container.decodeIfPresent(Located<String>.self, forKey: .category)
    }
}

/// A participant: an organisation with its role, date and citation.
struct ParticipantDocument: Decodable {
    let name: String
    let english: String?
    let category: Located<String>?
    let role: LocalizedTextDocument?
    let since: Located<String>?
    let note: String?
    let source: Located<String>?
    let locator: String?
    let location: SourceLocation

    private enum CodingKeys: String, CodingKey { case name, english, category, role, since, note, source, locator }

    init(from decoder: any Decoder) throws {
        location = decoder.sourceLocation
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        english = try container.decodeIfPresent(String.self, forKey: .english)
        category = try container.decodeIfPresent(Located<String>.self, forKey: .category)
        role = try container.decodeIfPresent(LocalizedTextDocument.self, forKey: .role)
        since = try container.decodeIfPresent(Located<String>.self, forKey: .since)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        source = try container.decodeIfPresent(Located<String>.self, forKey: .source)
        locator = try container.decodeIfPresent(String.self, forKey: .locator)
    }
}

/// A component: a track, focus area or objective.
struct ComponentDocument: Decodable {
    let id: Located<String>
    let label: String?
    let title: LocalizedTextDocument
    let themes: ThemesDocument?
    let source: Located<String>?
    let locator: String?
}

/// A goal with its target and deadline.
struct GoalDocument: Decodable {
    let text: LocalizedTextDocument
    let target: String?
    let deadline: Located<String>?
    let note: String?
    let source: Located<String>?
    let locator: String?
    let location: SourceLocation

    private enum CodingKeys: String, CodingKey { case text, target, deadline, note, source, locator }

    init(from decoder: any Decoder) throws {
        location = decoder.sourceLocation
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(LocalizedTextDocument.self, forKey: .text)
        target = try container.decodeIfPresent(String.self, forKey: .target)
        deadline = try container.decodeIfPresent(Located<String>.self, forKey: .deadline)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        source = try container.decodeIfPresent(Located<String>.self, forKey: .source)
        locator = try container.decodeIfPresent(String.self, forKey: .locator)
    }
}

/// What sort of public undertaking an initiative is.
public enum InitiativeKind: String, Sendable, Hashable, CaseIterable {
    /// A standing body that meets to discuss and advise.
    case forum
    /// A strategy document with aims and measures.
    case strategy
    /// A partnership of public and other bodies.
    case partnership
    /// A funding or work programme.
    case programme
    /// A declaration of intent.
    case declaration
    /// A public body or agency, compared as an initiative in its own right.
    case agency
    /// Any other undertaking.
    case initiative
}

/// Where an initiative stands in its life.
public enum InitiativeStatus: String, Sendable, Hashable, CaseIterable {
    /// Announced, not yet started.
    case planned
    /// Under way.
    case active
    /// Ended.
    case concluded
    /// Replaced by another initiative.
    case superseded
}

/// A public digitalisation initiative: a forum, strategy, partnership, programme, declaration or agency, with every
/// fact about it cited to a source.
///
/// A value type whose fields are stored out of line and copied on write: tables, rules and renderers pass
/// initiatives around by the ten thousand, and a copy is then one reference instead of some forty.
public struct Initiative: Sendable, Hashable, Identifiable {
    /// The fields, one plain value, so that equality and hashing are the compiler's.
    private struct Fields: Hashable {
        var id: String
        var pluginID: String
        var jurisdiction: String
        var kind: InitiativeKind
        var originalLanguage: LanguageCode
        var name: LocalizedText
        var summary: LocalizedText?
        var defaultCitation: Citation
        var period: Fact<Period>
        var status: Fact<InitiativeStatus>
        var lead: Fact<Organisation>
        var chair: Fact<String>
        var memberCount: Fact<Int>
        var meetings: Fact<LocalizedText>
        var budget: Fact<Budget>
        var participants: [Participant]
        var components: [Component]
        var goals: [Goal]
        var themes: [ThemeReference]
        var related: [String]
        var summaryCitation: Citation?
        var location: SourceLocation
    }

    /// The fields, shared between copies until one of them is changed.
    private final class Storage: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    /// The fields, after making sure no other copy shares them.
    private var uniqueFields: Fields {
        get { storage.fields }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
            yield &storage.fields
        }
    }

    /// The globally unique slug, such as `no-digitalisation-forum`.
    public var id: String {
        get { storage.fields.id }
        _modify { yield &uniqueFields.id }
    }

    /// The plugin that contributes it.
    public var pluginID: String {
        get { storage.fields.pluginID }
        _modify { yield &uniqueFields.pluginID }
    }

    /// ISO 3166-1 alpha-2 code, or `EU`.
    public var jurisdiction: String {
        get { storage.fields.jurisdiction }
        _modify { yield &uniqueFields.jurisdiction }
    }

    /// What sort of initiative it is.
    public var kind: InitiativeKind {
        get { storage.fields.kind }
        _modify { yield &uniqueFields.kind }
    }

    /// The language of its original name.
    public var originalLanguage: LanguageCode {
        get { storage.fields.originalLanguage }
        _modify { yield &uniqueFields.originalLanguage }
    }

    /// Its name per language.
    public var name: LocalizedText {
        get { storage.fields.name }
        _modify { yield &uniqueFields.name }
    }

    /// A short summary in the plugin author's words.
    public var summary: LocalizedText? {
        get { storage.fields.summary }
        _modify { yield &uniqueFields.summary }
    }

    /// The source cited by facts that name none.
    public var defaultCitation: Citation {
        get { storage.fields.defaultCitation }
        _modify { yield &uniqueFields.defaultCitation }
    }

    /// When it runs.
    public var period: Fact<Period> {
        get { storage.fields.period }
        _modify { yield &uniqueFields.period }
    }

    /// Where it stands.
    public var status: Fact<InitiativeStatus> {
        get { storage.fields.status }
        _modify { yield &uniqueFields.status }
    }

    /// The body that leads it.
    public var lead: Fact<Organisation> {
        get { storage.fields.lead }
        _modify { yield &uniqueFields.lead }
    }

    /// Who chairs it.
    public var chair: Fact<String> {
        get { storage.fields.chair }
        _modify { yield &uniqueFields.chair }
    }

    /// How many members it has besides the chair.
    public var memberCount: Fact<Int> {
        get { storage.fields.memberCount }
        _modify { yield &uniqueFields.memberCount }
    }

    /// How often it meets and who attends.
    public var meetings: Fact<LocalizedText> {
        get { storage.fields.meetings }
        _modify { yield &uniqueFields.meetings }
    }

    /// Its money.
    public var budget: Fact<Budget> {
        get { storage.fields.budget }
        _modify { yield &uniqueFields.budget }
    }

    /// Who takes part.
    public var participants: [Participant] {
        get { storage.fields.participants }
        _modify { yield &uniqueFields.participants }
    }

    /// Its tracks, focus areas or objectives.
    public var components: [Component] {
        get { storage.fields.components }
        _modify { yield &uniqueFields.components }
    }

    /// Its goals.
    public var goals: [Goal] {
        get { storage.fields.goals }
        _modify { yield &uniqueFields.goals }
    }

    /// Themes it serves as a whole, beyond its components.
    public var themes: [ThemeReference] {
        get { storage.fields.themes }
        _modify { yield &uniqueFields.themes }
    }

    /// Ids of related initiatives.
    public var related: [String] {
        get { storage.fields.related }
        _modify { yield &uniqueFields.related }
    }

    /// The summary's own citation, when the file gives `summary` a source or locator; nil when the summary cites the
    /// initiative's default citation.
    public var summaryCitation: Citation? {
        get { storage.fields.summaryCitation }
        _modify { yield &uniqueFields.summaryCitation }
    }

    /// Where it is defined.
    public var location: SourceLocation {
        get { storage.fields.location }
        _modify { yield &uniqueFields.location }
    }

    /// Creates an initiative; facts not given are not recorded.
    public init(id: String, pluginID: String, jurisdiction: String, kind: InitiativeKind,
                originalLanguage: LanguageCode, name: LocalizedText, summary: LocalizedText? = nil,
                defaultCitation: Citation, period: Fact<Period> = .notRecorded,
                status: Fact<InitiativeStatus> = .notRecorded, lead: Fact<Organisation> = .notRecorded,
                chair: Fact<String> = .notRecorded, memberCount: Fact<Int> = .notRecorded,
                meetings: Fact<LocalizedText> = .notRecorded, budget: Fact<Budget> = .notRecorded,
                participants: [Participant] = [], components: [Component] = [], goals: [Goal] = [],
                themes: [ThemeReference] = [], related: [String] = [], summaryCitation: Citation? = nil,
                location: SourceLocation) {
        storage = Storage(Fields(
            id: id,
            pluginID: pluginID,
            jurisdiction: jurisdiction,
            kind: kind,
            originalLanguage: originalLanguage,
            name: name,
            summary: summary,
            defaultCitation: defaultCitation,
            period: period,
            status: status,
            lead: lead,
            chair: chair,
            memberCount: memberCount,
            meetings: meetings,
            budget: budget,
            participants: participants,
            components: components,
            goals: goals,
            themes: themes,
            related: related,
            summaryCitation: summaryCitation,
            location: location))
    }

    /// Initiatives are equal when every field is.
    public static func == (lhs: Initiative, rhs: Initiative) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    /// Hashes every field.
    public func hash(into hasher: inout Hasher) {
        storage.fields.hash(into: &hasher)
    }

    /// The name in the original language.
    public var originalName: String { name.resolved(in: originalLanguage) }

    /// Every citation the initiative makes, for checking that each names a declared source.
    var allCitations: [Citation] {
        var citations: [Citation] = []
        forEachCitation { citations.append($0) }
        return citations
    }

    /// Calls `body` with every citation the initiative makes, without building an array: the default citation, the
    /// summary's own, then each fact's claims, participants, components and goals.
    func forEachCitation(_ body: (Citation) throws -> Void) rethrows {
        let fields = storage.fields
        try body(fields.defaultCitation)
        if let summaryCitation = fields.summaryCitation { try body(summaryCitation) }
        for claim in fields.period.claims { try body(claim.citation) }
        for claim in fields.status.claims { try body(claim.citation) }
        for claim in fields.lead.claims { try body(claim.citation) }
        for claim in fields.chair.claims { try body(claim.citation) }
        for claim in fields.memberCount.claims { try body(claim.citation) }
        for claim in fields.meetings.claims { try body(claim.citation) }
        for claim in fields.budget.claims { try body(claim.citation) }
        for participant in fields.participants { try body(participant.citation) }
        for component in fields.components { try body(component.citation) }
        for goal in fields.goals { try body(goal.citation) }
    }

    /// Calls `body` with every theme reference, the initiative's own and then its components', without building an
    /// array.
    func forEachThemeReference(_ body: (ThemeReference) throws -> Void) rethrows {
        for reference in storage.fields.themes { try body(reference) }
        for component in storage.fields.components {
            for reference in component.themes { try body(reference) }
        }
    }

    /// Every theme reference, the initiative's own and its components'.
    var allThemeReferences: [ThemeReference] {
        var references: [ThemeReference] = []
        forEachThemeReference { references.append($0) }
        return references
    }
}

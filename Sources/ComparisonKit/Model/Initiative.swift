/// What sort of public undertaking an initiative is.
public enum InitiativeKind: String, Sendable, Hashable, CaseIterable {
    case forum
    case strategy
    case partnership
    case programme
    case declaration
    case initiative
}

/// Where an initiative stands in its life.
public enum InitiativeStatus: String, Sendable, Hashable, CaseIterable {
    case planned
    case active
    case concluded
    case superseded
}

/// A public digitalisation initiative: a forum, strategy, partnership, programme or declaration, with every fact
/// about it cited to a source.
public struct Initiative: Sendable, Hashable, Identifiable {
    /// The globally unique slug, such as `no-digitalisation-forum`.
    public var id: String
    /// The plugin that contributes it.
    public var pluginID: String
    /// ISO 3166-1 alpha-2 code, or `EU`.
    public var jurisdiction: String
    /// What sort of initiative it is.
    public var kind: InitiativeKind
    /// The language of its original name.
    public var originalLanguage: LanguageCode
    /// Its name per language.
    public var name: LocalizedText
    /// A short summary in the plugin author's words.
    public var summary: LocalizedText?
    /// The source cited by facts that name none.
    public var defaultCitation: Citation
    /// When it runs.
    public var period: Fact<Period>
    /// Where it stands.
    public var status: Fact<InitiativeStatus>
    /// The body that leads it.
    public var lead: Fact<Organisation>
    /// Who chairs it.
    public var chair: Fact<String>
    /// How many members it has besides the chair.
    public var memberCount: Fact<Int>
    /// How often it meets and who attends.
    public var meetings: Fact<LocalizedText>
    /// Its money.
    public var budget: Fact<Budget>
    /// Who takes part.
    public var participants: [Participant]
    /// Its tracks, focus areas or objectives.
    public var components: [Component]
    /// Its goals.
    public var goals: [Goal]
    /// Themes it serves as a whole, beyond its components.
    public var themes: [ThemeReference]
    /// Ids of related initiatives.
    public var related: [String]
    /// Where it is defined.
    public var location: SourceLocation

    /// Creates an initiative; facts not given are not recorded.
    public init(id: String, pluginID: String, jurisdiction: String, kind: InitiativeKind,
                originalLanguage: LanguageCode, name: LocalizedText, summary: LocalizedText? = nil,
                defaultCitation: Citation, period: Fact<Period> = .notRecorded,
                status: Fact<InitiativeStatus> = .notRecorded, lead: Fact<Organisation> = .notRecorded,
                chair: Fact<String> = .notRecorded, memberCount: Fact<Int> = .notRecorded,
                meetings: Fact<LocalizedText> = .notRecorded, budget: Fact<Budget> = .notRecorded,
                participants: [Participant] = [], components: [Component] = [], goals: [Goal] = [],
                themes: [ThemeReference] = [], related: [String] = [], location: SourceLocation) {
        self.id = id
        self.pluginID = pluginID
        self.jurisdiction = jurisdiction
        self.kind = kind
        self.originalLanguage = originalLanguage
        self.name = name
        self.summary = summary
        self.defaultCitation = defaultCitation
        self.period = period
        self.status = status
        self.lead = lead
        self.chair = chair
        self.memberCount = memberCount
        self.meetings = meetings
        self.budget = budget
        self.participants = participants
        self.components = components
        self.goals = goals
        self.themes = themes
        self.related = related
        self.location = location
    }

    /// The name in the original language.
    public var originalName: String { name.resolved(in: originalLanguage) }

    /// Every citation the initiative makes, for checking that each names a declared source.
    public var allCitations: [Citation] {
        var citations = [defaultCitation]
        citations += period.claims.map(\.citation) + status.claims.map(\.citation) + lead.claims.map(\.citation)
        citations += chair.claims.map(\.citation) + memberCount.claims.map(\.citation)
        citations += meetings.claims.map(\.citation) + budget.claims.map(\.citation)
        citations += participants.map(\.citation) + components.map(\.citation) + goals.map(\.citation)
        return citations
    }

    /// Every theme reference, the initiative's own and its components'.
    public var allThemeReferences: [ThemeReference] {
        themes + components.flatMap(\.themes)
    }
}

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
    /// Being considered: no decision to undertake it has been made yet (such as a country weighing whether to join a
    /// programme).
    case underConsideration = "under-consideration"
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
public struct Initiative: Sendable, Hashable, Identifiable {
    /// The globally unique slug, such as `no-digitalisation-forum`.
    public var id: String

    /// The plugin that contributes it.
    public var pluginID: String

    /// An id of the codebook's jurisdictions: a country's ISO 3166-1 alpha-2 code, or a grouping's id such as `EU`.
    public var jurisdiction: String

    /// Where the initiative's own `jurisdiction` is written; nil when it inherits its plugin's, or for initiatives
    /// made in Swift, whose problems are reported at ``location``.
    public var jurisdictionLocation: SourceLocation?

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

    /// Stakeholders' published positions on it.
    public var positions: [Position]

    /// Themes it serves as a whole, beyond its components.
    public var themes: [ThemeReference]

    /// Ids of related initiatives.
    public var related: [String]

    /// Where each of ``related`` is written, in the same order, so that a problem with one is reported at it; empty
    /// (or shorter) for initiatives made in Swift, whose problems are reported at ``location``.
    public var relatedLocations: [SourceLocation] = []

    /// The summary's own citation, when the file gives `summary` a source or locator; nil when the summary cites the
    /// initiative's default citation.
    public var summaryCitation: Citation?

    /// The disagreements between its sources that its author has recorded on purpose, each with a reason.
    public var acknowledgedDisagreements: [AcknowledgedDisagreement] = []

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
                positions: [Position] = [], themes: [ThemeReference] = [], related: [String] = [], summaryCitation: Citation? = nil,
                location: SourceLocation) {
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
        self.positions = positions
        self.themes = themes
        self.related = related
        self.summaryCitation = summaryCitation
        self.location = location
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
    /// summary's own, then each fact's claims, participants, components, goals and positions.
    func forEachCitation(_ body: (Citation) throws -> Void) rethrows {
        try body(defaultCitation)
        if let summaryCitation = summaryCitation { try body(summaryCitation) }
        for claim in period.claims { try body(claim.citation) }
        for claim in status.claims { try body(claim.citation) }
        for claim in lead.claims { try body(claim.citation) }
        for claim in chair.claims { try body(claim.citation) }
        for claim in memberCount.claims { try body(claim.citation) }
        for claim in meetings.claims { try body(claim.citation) }
        for claim in budget.claims { try body(claim.citation) }
        for participant in participants { try body(participant.citation) }
        for component in components { try body(component.citation) }
        for goal in goals { try body(goal.citation) }
        for position in positions { try body(position.citation) }
    }

    /// Calls `body` with every theme reference, the initiative's own and then its components', without building an
    /// array.
    func forEachThemeReference(_ body: (ThemeReference) throws -> Void) rethrows {
        for reference in themes { try body(reference) }
        for component in components {
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

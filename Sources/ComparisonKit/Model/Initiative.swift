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
    /// The stored fields, shared between copies until one changes (see `CopyOnWriteBox`).
    private var fields: CopyOnWriteBox<Fields>

    /// The fields an initiative stores; the public properties below read and change them in place.
    private struct Fields: Sendable, Hashable {
        var id: String
        var pluginID: String
        var jurisdiction: String
        var jurisdictionLocation: SourceLocation?
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
        var positions: [Position]
        var themes: [ThemeReference]
        var related: [String]
        var relatedLocations: [SourceLocation] = []
        var summaryCitation: Citation?
        var acknowledgedDisagreements: [AcknowledgedDisagreement] = []
        var location: SourceLocation
    }

    /// The globally unique slug, such as `no-digitalisation-forum`.
    public var id: String {
        _read { yield fields.value.id }
        _modify { yield &fields.value.id }
    }

    /// The plugin that contributes it.
    public var pluginID: String {
        _read { yield fields.value.pluginID }
        _modify { yield &fields.value.pluginID }
    }

    /// An id of the codebook's jurisdictions: a country's ISO 3166-1 alpha-2 code, or a grouping's id such as `EU`.
    public var jurisdiction: String {
        _read { yield fields.value.jurisdiction }
        _modify { yield &fields.value.jurisdiction }
    }

    /// Where the initiative's own `jurisdiction` is written; nil when it inherits its plugin's, or for initiatives
    /// made in Swift, whose problems are reported at ``location``.
    public var jurisdictionLocation: SourceLocation? {
        _read { yield fields.value.jurisdictionLocation }
        _modify { yield &fields.value.jurisdictionLocation }
    }

    /// What sort of initiative it is.
    public var kind: InitiativeKind {
        _read { yield fields.value.kind }
        _modify { yield &fields.value.kind }
    }

    /// The language of its original name.
    public var originalLanguage: LanguageCode {
        _read { yield fields.value.originalLanguage }
        _modify { yield &fields.value.originalLanguage }
    }

    /// Its name per language.
    public var name: LocalizedText {
        _read { yield fields.value.name }
        _modify { yield &fields.value.name }
    }

    /// A short summary in the plugin author's words.
    public var summary: LocalizedText? {
        _read { yield fields.value.summary }
        _modify { yield &fields.value.summary }
    }

    /// The source cited by facts that name none.
    public var defaultCitation: Citation {
        _read { yield fields.value.defaultCitation }
        _modify { yield &fields.value.defaultCitation }
    }

    /// When it runs.
    public var period: Fact<Period> {
        _read { yield fields.value.period }
        _modify { yield &fields.value.period }
    }

    /// Where it stands.
    public var status: Fact<InitiativeStatus> {
        _read { yield fields.value.status }
        _modify { yield &fields.value.status }
    }

    /// The body that leads it.
    public var lead: Fact<Organisation> {
        _read { yield fields.value.lead }
        _modify { yield &fields.value.lead }
    }

    /// Who chairs it.
    public var chair: Fact<String> {
        _read { yield fields.value.chair }
        _modify { yield &fields.value.chair }
    }

    /// How many members it has besides the chair.
    public var memberCount: Fact<Int> {
        _read { yield fields.value.memberCount }
        _modify { yield &fields.value.memberCount }
    }

    /// How often it meets and who attends.
    public var meetings: Fact<LocalizedText> {
        _read { yield fields.value.meetings }
        _modify { yield &fields.value.meetings }
    }

    /// Its money.
    public var budget: Fact<Budget> {
        _read { yield fields.value.budget }
        _modify { yield &fields.value.budget }
    }

    /// Who takes part.
    public var participants: [Participant] {
        _read { yield fields.value.participants }
        _modify { yield &fields.value.participants }
    }

    /// Its tracks, focus areas or objectives.
    public var components: [Component] {
        _read { yield fields.value.components }
        _modify { yield &fields.value.components }
    }

    /// Its goals.
    public var goals: [Goal] {
        _read { yield fields.value.goals }
        _modify { yield &fields.value.goals }
    }

    /// Stakeholders' published positions on it.
    public var positions: [Position] {
        _read { yield fields.value.positions }
        _modify { yield &fields.value.positions }
    }

    /// Themes it serves as a whole, beyond its components.
    public var themes: [ThemeReference] {
        _read { yield fields.value.themes }
        _modify { yield &fields.value.themes }
    }

    /// Ids of related initiatives.
    public var related: [String] {
        _read { yield fields.value.related }
        _modify { yield &fields.value.related }
    }

    /// Where each of ``related`` is written, in the same order, so that a problem with one is reported at it; empty
    /// (or shorter) for initiatives made in Swift, whose problems are reported at ``location``.
    public var relatedLocations: [SourceLocation] {
        _read { yield fields.value.relatedLocations }
        _modify { yield &fields.value.relatedLocations }
    }

    /// The summary's own citation, when the file gives `summary` a source or locator; nil when the summary cites the
    /// initiative's default citation.
    public var summaryCitation: Citation? {
        _read { yield fields.value.summaryCitation }
        _modify { yield &fields.value.summaryCitation }
    }

    /// The disagreements between its sources that its author has recorded on purpose, each with a reason.
    public var acknowledgedDisagreements: [AcknowledgedDisagreement] {
        _read { yield fields.value.acknowledgedDisagreements }
        _modify { yield &fields.value.acknowledgedDisagreements }
    }

    /// Where it is defined.
    public var location: SourceLocation {
        _read { yield fields.value.location }
        _modify { yield &fields.value.location }
    }

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
        fields = CopyOnWriteBox(Fields(
            id: id,
            pluginID: pluginID,
            jurisdiction: jurisdiction,
            jurisdictionLocation: nil,
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
            positions: positions,
            themes: themes,
            related: related,
            relatedLocations: [],
            summaryCitation: summaryCitation,
            acknowledgedDisagreements: [],
            location: location))
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

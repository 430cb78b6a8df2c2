/// What kind of body a participant or lead is, so tables can compare who takes part.
public enum OrganisationCategory: String, Sendable, Hashable, CaseIterable {
    /// A national government as a whole.
    case government
    /// A ministry (government department).
    case ministry
    /// A public agency or directorate.
    case agency
    /// An association of businesses (`business-association`).
    case businessAssociation = "business-association"
    /// A company.
    case business
    /// An employers' organisation, which negotiates pay and conditions with the unions for its member companies,
    /// such as NHO or Dansk Arbejdsgiverforening (`employers-organisation`); an association of businesses that does
    /// not is a `business-association`.
    case employersOrganisation = "employers-organisation"
    /// A trade union or union confederation (`trade-union`).
    case tradeUnion = "trade-union"
    /// The social partners taking part jointly, unions and employers together, where the source names no single
    /// organisation ("Arbejdsmarkedets parter", "partene i arbeidslivet") (`social-partners`).
    case socialPartners = "social-partners"
    /// Municipalities or their association (`municipal-sector`).
    case municipalSector = "municipal-sector"
    /// Regions or counties or their association (`regional-sector`).
    case regionalSector = "regional-sector"
    /// Universities and research institutions.
    case academia
    /// An institution of the European Union (`eu-institution`).
    case euInstitution = "eu-institution"
    /// A country taking part as such.
    case country
    /// Civil-society organisations.
    case civilSociety = "civil-society"
    /// A person taking part in their own name.
    case person
    /// Anything else.
    case other
}

/// A named body, with its English name where the original is not English.
public struct Organisation: Sendable, Hashable {
    /// The name in the original language.
    public var name: String
    /// The English name, when given.
    public var englishName: String?
    /// What kind of body it is, when given.
    public var category: OrganisationCategory?

    /// Creates an organisation.
    public init(name: String, englishName: String? = nil, category: OrganisationCategory? = nil) {
        self.name = name
        self.englishName = englishName
        self.category = category
    }
}

/// A body or person that takes part in an initiative, with the source that says so.
public struct Participant: Sendable, Hashable {
    /// Who takes part.
    public var organisation: Organisation
    /// What part they play, when stated.
    public var role: LocalizedText?
    /// Since when, when stated.
    public var since: PartialDate?
    /// A remark in the plugin author's words.
    public var note: LocalizedText?
    /// The source that names the participant.
    public var citation: Citation

    /// Creates a participant.
    public init(organisation: Organisation, role: LocalizedText? = nil, since: PartialDate? = nil, note: LocalizedText? = nil,
                citation: Citation) {
        self.organisation = organisation
        self.role = role
        self.since = since
        self.note = note
        self.citation = citation
    }
}

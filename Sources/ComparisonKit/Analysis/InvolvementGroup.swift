/// A group of participants a comparison asks about ("which initiatives involve the social partners?"), declared as
/// the organisation categories that make it up. The one statement of these rules: findings, the consistency check
/// of participants against themes, and the format reference all read it.
public enum InvolvementGroup: String, Sendable, Hashable, CaseIterable {
    /// Trade unions and employers' organisations, alone or as a joint representation.
    case socialPartners = "social-partners"
    /// Companies and their associations, employers' organisations among them.
    case business
    /// Municipalities and their associations.
    case municipalities
    /// Universities and research institutions.
    case academia

    /// The categories whose participants make an initiative involve this group (those it ``includes(_:)``).
    public var categories: Set<OrganisationCategory> {
        Set(OrganisationCategory.allCases.filter(includes))
    }

    /// The codebook theme that an initiative involving the group should be coded with, and the reverse; nil when
    /// the taxonomy has no such theme. Only the social partners have one (`social-partners`): an initiative with a
    /// trade union among its participants but not coded as serving the social partners (or coded so, with none
    /// among its participants) is a contradiction worth a warning.
    public var themeID: String? {
        switch self {
        case .socialPartners: return "social-partners"
        case .business, .municipalities, .academia: return nil
        }
    }

    /// The participants of an initiative that belong to the group, in the order listed.
    func participants(of initiative: Initiative) -> [Participant] {
        initiative.participants.filter { $0.organisation.category.map(includes) ?? false }
    }

    /// Whether participants of `category` make an initiative involve this group: the one statement of the rule, asked
    /// for every participant of every initiative by the findings and the consistency check (without building a set).
    func includes(_ category: OrganisationCategory) -> Bool {
        switch category {
        case .tradeUnion, .socialPartners: self == .socialPartners
        case .employersOrganisation: self == .socialPartners || self == .business
        case .business, .businessAssociation: self == .business
        case .municipalSector: self == .municipalities
        case .academia: self == .academia
        case .government, .ministry, .agency, .regionalSector, .euInstitution, .country, .civilSociety, .person, .other:
            false
        }
    }
}

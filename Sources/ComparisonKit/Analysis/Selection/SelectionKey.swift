/// What a selection condition tests: one property of an initiative.
///
/// The list is declared here once; the command line's help, the configuration's `select:` and the error texts are
/// made from it.
public enum SelectionKey: String, Sendable, Hashable, CaseIterable {
    /// The initiative's id.
    case id
    /// The plugin that contributes it.
    case plugin
    /// Its own jurisdiction code (a grouping matches its own code only).
    case jurisdiction
    /// A country code: the country's own initiatives and those of every grouping the country belongs to.
    case member
    /// Its kind (`strategy`, `partnership`, …).
    case kind
    /// Its latest stated status (`active`, `concluded`, …); an initiative whose status is not stated matches none.
    case status
    /// Its period overlaps a year or a range of years (`2021`, `2019..2022`); a period not stated matches none.
    case period
    /// A participant of this category takes part (`trade-union`, `academia`, …).
    case participant

    /// What the key tests, for help texts.
    public var summary: String {
        switch self {
        case .id: return "initiative ids"
        case .plugin: return "plugin ids"
        case .jurisdiction: return "jurisdiction codes (a grouping matches its own code)"
        case .member: return "country codes: the country's initiatives and those of groupings it belongs to"
        case .kind: return "kinds: " + InitiativeKind.allCases.map(\.rawValue).joined(separator: ", ")
        case .status: return "latest statuses: " + InitiativeStatus.allCases.map(\.rawValue).joined(separator: ", ")
        case .period: return "a year (2021) or range of years (2019..2022) the period overlaps"
        case .participant: return "participant categories: "
            + OrganisationCategory.allCases.map(\.rawValue).joined(separator: ", ")
        }
    }

    /// The values a key allows when they form a closed list (kinds, statuses, categories); nil for open ones.
    var allowedValues: [String]? {
        switch self {
        case .kind: return InitiativeKind.allCases.map(\.rawValue)
        case .status: return InitiativeStatus.allCases.map(\.rawValue)
        case .participant: return OrganisationCategory.allCases.map(\.rawValue)
        case .id, .plugin, .jurisdiction, .member, .period: return nil
        }
    }
}

/// Which initiatives to compare: conditions that must all hold (repeated `--select` flags, or a view's `select:`
/// list), each met when any of its values matches.
public struct InitiativeSelection: Sendable, Hashable {
    /// The conditions, all of which must hold; no condition selects every initiative.
    public var conditions: [SelectionCondition]

    /// Creates a selection from conditions.
    public init(_ conditions: [SelectionCondition] = []) {
        self.conditions = conditions
    }

    /// Reads conditions written as `KEY=VALUE[,VALUE…]`.
    public init(parsing texts: [String]) throws(SelectionError) {
        var conditions: [SelectionCondition] = []
        for text in texts { conditions.append(try SelectionCondition(parsing: text)) }
        self.init(conditions)
    }

    /// True when the selection has no condition.
    public var selectsEverything: Bool { conditions.isEmpty }

    /// Both selections' conditions: what meets this one and `other`.
    public func and(_ other: InitiativeSelection) -> InitiativeSelection {
        InitiativeSelection(conditions + other.conditions)
    }

    /// Whether an initiative meets every condition.
    public func matches(_ initiative: Initiative, codebook: Codebook) -> Bool {
        conditions.allSatisfy { $0.matches(initiative, codebook: codebook) }
    }

    /// The initiatives that meet every condition, in their order; throws `matchedNothing` naming the conditions
    /// that no initiative meets on its own when none is selected.
    public func select(from initiatives: [Initiative], codebook: Codebook) throws(SelectionError) -> [Initiative] {
        guard !conditions.isEmpty else { return initiatives }
        let selected = initiatives.filter { matches($0, codebook: codebook) }
        guard selected.isEmpty else { return selected }
        let unmatched = conditions.filter { condition in
            !initiatives.contains { condition.matches($0, codebook: codebook) }
        }
        throw SelectionError.matchedNothing(conditions: conditions.map(\.description),
                                            unmatched: unmatched.map(\.description))
    }
}

extension SelectionCondition {
    /// Whether the initiative's property (as this condition's key names it) matches any of the values. A property
    /// the sources do not state matches no value: selecting by status never picks an initiative whose status is
    /// unknown.
    public func matches(_ initiative: Initiative, codebook: Codebook) -> Bool {
        switch key {
        case .id:
            return values.contains(initiative.id)
        case .plugin:
            return values.contains(initiative.pluginID)
        case .jurisdiction:
            return values.contains(initiative.jurisdiction)
        case .member:
            if values.contains(initiative.jurisdiction) { return true }
            let members = codebook.jurisdiction(initiative.jurisdiction)?.members ?? []
            return members.contains { values.contains($0) }
        case .kind:
            return values.contains(initiative.kind.rawValue)
        case .status:
            return initiative.status.current.contains { claim in claim.value.map { values.contains($0.rawValue) } ?? false }
        case .period:
            return initiative.period.current.contains { claim in
                guard let period = claim.value else { return false }
                return yearRanges.contains { Self.overlaps(period, $0) }
            }
        case .participant:
            return initiative.participants.contains { participant in
                participant.organisation.category.map { values.contains($0.rawValue) } ?? false
            }
        }
    }

    /// Whether a period provably overlaps the years: its start lies before the range ends and its end (a date, or
    /// open) after the range starts. A period whose end the sources do not state overlaps only where it starts,
    /// which is all that is known of it; one whose start is not stated overlaps nothing.
    static func overlaps(_ period: Period, _ range: YearRange) -> Bool {
        guard let start = period.start?.year, start <= range.last else { return false }
        switch period.end {
        case .date(let end): return end.year >= range.first
        case .open: return true
        case .unstated: return start >= range.first
        }
    }
}

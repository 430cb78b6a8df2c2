/// What a dimension of an initiative holds, read from the model without building a cell, so that a rule builds (and
/// cites) only the cells its findings show: a finding's sources list names nothing it does not rest on.
enum EvidenceState {
    /// A cited value, or sources that disagree on one.
    case known
    /// The fact does not apply.
    case notApplicable
    /// Not stated in the sources, or not recorded.
    case unknown

    init(_ dimension: KnownDimension, of initiative: Initiative) {
        switch dimension {
        case .period: self.init(initiative.period)
        case .status: self.init(initiative.status)
        case .lead: self.init(initiative.lead)
        case .chair: self.init(initiative.chair)
        case .memberCount: self.init(initiative.memberCount)
        case .meetings: self.init(initiative.meetings)
        case .budget: self.init(initiative.budget)
        case .participants: self = initiative.participants.isEmpty ? .unknown : .known
        case .components: self = initiative.components.isEmpty ? .unknown : .known
        case .goals: self = initiative.goals.isEmpty ? .unknown : .known
        case .positions: self = initiative.positions.isEmpty ? .unknown : .known
        case .jurisdiction, .kind, .name, .budgetBreakdown, .themes, .related: self = .known
        }
    }

    init<Value>(_ fact: Fact<Value>) {
        let current = fact.current
        if current.contains(where: { $0.value != nil }) {
            self = .known
        } else if !current.isEmpty, current.allSatisfy(\.isNotApplicable) {
            self = .notApplicable
        } else {
            self = .unknown
        }
    }
}

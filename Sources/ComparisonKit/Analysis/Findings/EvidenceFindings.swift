/// The evidence rules: facts that no source states for any selected initiative (gaps in the evidence), and facts
/// on which the sources disagree.
extension FindingsState {
    /// The dimensions whose gaps are worth a finding: the facts and lists a plugin records per initiative.
    private static let gapDimensions: [KnownDimension] = [
        .period, .status, .lead, .chair, .memberCount, .meetings, .budget, .participants, .components, .goals, .positions,
    ]

    /// The facts sources can disagree on.
    private static let disputable: [KnownDimension] = [.period, .status, .lead, .chair, .memberCount, .meetings, .budget]

    mutating func gapFindings(_ initiatives: [Initiative]) {
        guard !initiatives.isEmpty else { return }
        for dimension in Self.gapDimensions where builder.codebook.dimension(dimension.rawValue) != nil {
            let states = initiatives.map { EvidenceState(dimension, of: $0) }
            guard !states.contains(.known), !states.allSatisfy({ $0 == .notApplicable }) else { continue }
            let bases = initiatives.map { self.basis(dimension, of: $0).basis }
            add(.gap, topic: dimension.rawValue, phrases.gap(builder.dimensionLabel(dimension), count: initiatives.count), bases)
        }
    }

    mutating func disagreementFindings(_ initiatives: [Initiative]) {
        for initiative in initiatives {
            for dimension in Self.disputable {
                guard Self.isDisputed(dimension, of: initiative) else { continue }
                let (cell, basis) = self.basis(dimension, of: initiative)
                guard cell.state == .disputed else { continue }
                let values = cell.entries.map(\.text)
                // One basis per value, so each source's value is shown with its own citation.
                let bases = cell.entries.map { entry in
                    FindingBasis(initiativeID: basis.initiativeID, initiativeName: basis.initiativeName,
                                 rowID: basis.rowID, rowLabel: basis.rowLabel,
                                 value: entry.text + (entry.qualifier.map { " (\($0))" } ?? ""), footnotes: entry.footnotes)
                }
                var text = phrases.disagreement(builder.name(initiative), dimension: builder.dimensionLabel(dimension),
                                                values: values)
                if let acknowledgement = initiative.acknowledgedDisagreements.first(where: { $0.fact.rawValue == dimension.rawValue }) {
                    text += phrases.acknowledged(acknowledgement.reason)
                }
                add(.disagreement, topic: dimension.rawValue, text, bases)
            }
        }
    }

    /// Whether the fact's newest claims disagree, checked before a cell is built for it.
    private static func isDisputed(_ dimension: KnownDimension, of initiative: Initiative) -> Bool {
        switch dimension {
        case .period: return initiative.period.disagreement != nil
        case .status: return initiative.status.disagreement != nil
        case .lead: return initiative.lead.disagreement != nil
        case .chair: return initiative.chair.disagreement != nil
        case .memberCount: return initiative.memberCount.disagreement != nil
        case .meetings: return initiative.meetings.disagreement != nil
        case .budget: return initiative.budget.disagreement != nil
        default: return false
        }
    }
}

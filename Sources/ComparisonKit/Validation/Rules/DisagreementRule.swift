/// Lists every fact whose sources give different values for the same date, so an analyst knows to check: as a
/// warning, or as a note when the initiative acknowledges the disagreement with a reason. An acknowledgement of a
/// fact whose sources agree, or of one fact twice, is a warning: it no longer says anything true.
struct DisagreementRule: ValidationRule {
    let identifier = "disagreement"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        context.corpus.initiatives.flatMap { initiative -> [Diagnostic] in
            var acknowledged: [DisputableFact: AcknowledgedDisagreement] = [:]
            var diagnostics: [Diagnostic] = []
            for acknowledgement in initiative.acknowledgedDisagreements {
                if acknowledged[acknowledgement.fact] != nil {
                    diagnostics.append(.warning("the disagreement on '\(acknowledgement.fact.rawValue)' of "
                                                + "'\(initiative.id)' is acknowledged twice; keep one",
                                                at: acknowledgement.location))
                } else {
                    acknowledged[acknowledgement.fact] = acknowledgement
                }
            }
            for fact in DisputableFact.allCases {
                let groups = disagreements(of: fact, in: initiative)
                if groups.isEmpty, let stale = acknowledged[fact] {
                    diagnostics.append(.warning("the disagreement on '\(fact.rawValue)' of '\(initiative.id)' is "
                                                + "acknowledged, but its sources agree; remove the acknowledgement",
                                                at: stale.location))
                }
                diagnostics += groups.compactMap { report($0, fact, initiative, acknowledged[fact]) }
            }
            return diagnostics
        }
    }

    /// The groups of claims of one date that give different values, as `Fact.disagreements` finds them.
    private func disagreements(of fact: DisputableFact, in initiative: Initiative) -> [[(SourceLocation, String, String?)]] {
        func groups<Value>(_ fact: Fact<Value>) -> [[(SourceLocation, String, String?)]] {
            fact.disagreements.map { claims in
                claims.map { ($0.location, $0.citation.sourceID, $0.asOf.map { "\($0)" }) }
            }
        }
        switch fact {
        case .period: return groups(initiative.period)
        case .status: return groups(initiative.status)
        case .lead: return groups(initiative.lead)
        case .chair: return groups(initiative.chair)
        case .memberCount: return groups(initiative.memberCount)
        case .meetings: return groups(initiative.meetings)
        case .budget: return groups(initiative.budget)
        }
    }

    private func report(_ claims: [(location: SourceLocation, source: String, asOf: String?)], _ fact: DisputableFact,
                        _ initiative: Initiative, _ acknowledgement: AcknowledgedDisagreement?) -> Diagnostic? {
        guard let first = claims.first else { return nil }
        let sources = claims.map { "'\($0.source)'" }.joined(separator: ", ")
        let date = first.asOf.map { " as of \($0)" } ?? ""
        let message = "sources disagree on '\(fact.rawValue)' of '\(initiative.id)'\(date): \(sources) give different "
            + "values; tables show all of them"
        guard let acknowledgement else { return .warning(message, at: first.location) }
        return .note(message + " (acknowledged: \(acknowledgement.reason))", at: first.location)
    }
}

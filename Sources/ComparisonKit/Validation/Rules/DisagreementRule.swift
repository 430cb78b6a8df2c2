/// Lists every fact whose sources give different values for the same date, so an analyst knows to check.
struct DisagreementRule: ValidationRule {
    let identifier = "disagreement"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        context.corpus.initiatives.flatMap { initiative -> [Diagnostic] in
            [
                report(initiative.period, "period", initiative),
                report(initiative.status, "status", initiative),
                report(initiative.lead, "lead", initiative),
                report(initiative.chair, "chair", initiative),
                report(initiative.memberCount, "member-count", initiative),
                report(initiative.meetings, "meetings", initiative),
                report(initiative.budget, "budget", initiative),
            ].flatMap { $0 }
        }
    }

    private func report<Value>(_ fact: Fact<Value>, _ name: String, _ initiative: Initiative) -> [Diagnostic] {
        fact.disagreements.compactMap { claims in
            guard let first = claims.first else { return nil }
            let sources = claims.map { "'\($0.citation.sourceID)'" }.joined(separator: ", ")
            let date = first.asOf.map { " as of \($0)" } ?? ""
            return .warning("sources disagree on '\(name)' of '\(initiative.id)'\(date): \(sources) give different "
                            + "values; tables show all of them", at: first.location)
        }
    }
}

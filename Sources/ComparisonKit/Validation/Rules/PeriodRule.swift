/// A period may not end before it starts.
struct PeriodRule: ValidationRule {
    let identifier = "period"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        context.corpus.initiatives.flatMap { initiative in
            initiative.period.claims.compactMap { claim -> Diagnostic? in
                guard let period = claim.value, period.endsBeforeItStarts,
                      let start = period.start, case .date(let end) = period.end else { return nil }
                return .error("period of '\(initiative.id)' ends (\(end)) before it starts (\(start))", at: claim.location)
            }
        }
    }
}

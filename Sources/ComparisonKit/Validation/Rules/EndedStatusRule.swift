/// An initiative whose latest status says it has ended (`concluded`, `superseded`) cannot also run without an end:
/// the period's `end: open` contradicts the status. An end the sources do not state is no contradiction.
struct EndedStatusRule: ValidationRule {
    let identifier = "ended-status"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for initiative in context.corpus.initiatives {
            guard let ended = initiative.status.current.lazy.compactMap(\.value)
                .first(where: { $0 == .concluded || $0 == .superseded }) else { continue }
            for claim in initiative.period.current {
                guard let period = claim.value, period.end == .open else { continue }
                diagnostics.append(.warning(
                    "'\(initiative.id)' is \(ended.rawValue) but its period has an open end; give the end date, or "
                        + "'end' left out when the sources do not state it", at: claim.location))
            }
        }
        return diagnostics
    }
}

/// Warns when one budget's history puts figures on different price bases side by side without saying so, so that a
/// reader does not take a restatement in constant prices for a cut (EUR 9.2 billion in current prices and EUR 8.2
/// billion in 2018 prices are the same envelope).
///
/// Only **figures** count: claims whose budget is an exact amount or a range. An order of magnitude ("a billion-scale
/// sum") gives nothing to compare, and a fact with fewer than two figures has no history to misread. Among the
/// figures of one budget fact (its dated history and any disagreement, all claims together):
///
/// - A figure that records **no basis** is a warning whatever its note says: nobody can tell whether it compares
///   with the others. Write `basis: current`, `constant-YYYY`, or `not-stated` where the source does not say.
/// - When the recorded bases differ, the fact's **main basis** is the one most of its figures share; between equally
///   common bases, the basis of the newest of those figures (by `as-of`, then by order written). `not-stated` is a
///   basis like the others here: a figure whose basis is not stated cannot be compared with one in current prices.
/// - Every figure on another basis than the main one must **say so**: it must carry a `note`. The rule cannot read
///   the note, only see that there is one; the note should say which prices the figure is in and how it relates to
///   the others (for example, that it restates the proposal in 2018 prices). A figure on the main basis needs no note.
struct MixedPriceBasisRule: ValidationRule {
    let identifier = "mixed-price-basis"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for initiative in context.corpus.initiatives {
            let figures = initiative.budget.history.filter { claim in
                guard let budget = claim.value else { return false }
                if case .magnitude = budget.amount { return false }
                return true
            }
            guard figures.count > 1 else { continue }
            for claim in figures where claim.value?.basis == nil {
                diagnostics.append(.warning(
                    "budget of '\(initiative.id)' has \(figures.count) figures, but this one records no price basis, "
                        + "so no one can tell whether they compare; write basis: current, constant-YYYY or not-stated",
                    at: claim.location))
            }
            let bases = figures.compactMap { $0.value?.basis }
            guard let main = Self.mainBasis(of: bases) else { continue }
            for claim in figures {
                guard let basis = claim.value?.basis, basis != main, Self.isBlank(claim.note) else { continue }
                diagnostics.append(.warning(
                    "budget of '\(initiative.id)' mixes price bases: this figure is '\(basis.rawValue)' while most of "
                        + "its history is '\(main.rawValue)'; add a note saying which prices it is in and how it relates "
                        + "to the other figures, so that no one compares them as if they were one",
                    at: claim.location))
            }
        }
        return diagnostics
    }

    /// The basis most of the figures share; between equally common bases, the one of the figure that comes last
    /// (the figures are in history order, so the newest). Nil when every figure is on the same basis, or there is none.
    static func mainBasis(of bases: [PriceBasis]) -> PriceBasis? {
        var tally: [(basis: PriceBasis, count: Int, last: Int)] = []
        for (position, basis) in bases.enumerated() {
            if let index = tally.firstIndex(where: { $0.basis == basis }) {
                tally[index].count += 1
                tally[index].last = position
            } else {
                tally.append((basis, 1, position))
            }
        }
        guard tally.count > 1 else { return nil }
        return tally.max { ($0.count, $0.last) < ($1.count, $1.last) }?.basis
    }

    /// Whether a note is missing or holds only white space.
    private static func isBlank(_ note: LocalizedText?) -> Bool {
        note?.translations.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } ?? true
    }
}

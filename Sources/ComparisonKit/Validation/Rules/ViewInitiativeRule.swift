/// A budget-breakdown view should name an initiative that some enabled plugin defines; otherwise its table is empty
/// (a warning, as for a `related` entry, so that a project whose plugins are not enabled yet still validates).
struct ViewInitiativeRule: ValidationRule {
    let identifier = "view-initiative"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        context.views.compactMap { view -> Diagnostic? in
            guard case .budgetBreakdown(let id) = view.layout, context.corpus.initiative(id) == nil else { return nil }
            return .warning(
                "view '\(view.id)' breaks down the budget of '\(id)', which no enabled plugin defines, so its table "
                    + "is empty" + Suggestion.hint(for: id, in: context.corpus.initiativeIDs),
                at: view.location)
        }
    }
}

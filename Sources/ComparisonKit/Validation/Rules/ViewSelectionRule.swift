/// A view whose `select:` conditions match no initiative would be an empty table: an error that says which condition
/// matched nothing.
struct ViewSelectionRule: ValidationRule {
    let identifier = "view-selection"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        context.views.compactMap { view in
            guard !view.selection.selectsEverything, !context.corpus.initiatives.isEmpty else { return nil }
            switch Result(catching: { () throws(SelectionError) in
                try view.selection.select(from: context.corpus.initiatives, codebook: context.codebook)
            }) {
            case .success: return nil
            case .failure(let error): return .error("view '\(view.id)' selects nothing: \(error)", at: view.location)
            }
        }
    }
}

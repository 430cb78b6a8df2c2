/// Every row a view names must be a dimension of the codebook.
struct ViewDimensionRule: ValidationRule {
    let identifier = "view-dimension"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        context.views.flatMap { view -> [Diagnostic] in
            guard case .dimensions(let rows) = view.layout else { return [] }
            return rows.compactMap { row in
                guard context.codebook.dimension(row) == nil else { return nil }
                return .error(
                    "view '\(view.id)' names unknown dimension '\(row)'"
                        + Suggestion.hint(for: row, in: context.codebook.dimensionIDs),
                    at: view.location)
            }
        }
    }
}

/// Every row a view names must be a dimension of the codebook, or, in an indicator view, one of its indicators.
struct ViewDimensionRule: ValidationRule {
    let identifier = "view-dimension"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        context.views.flatMap { view -> [Diagnostic] in
            switch view.layout {
            case .themeMatrix, .participationMatrix, .summaries, .budgetBreakdown:
                return []
            case .dimensions(let rows):
                return rows.compactMap { row in
                    guard context.codebook.dimension(row) == nil else { return nil }
                    return .error(
                        "view '\(view.id)' names unknown dimension '\(row)'"
                            + Suggestion.hint(for: row, in: context.codebook.dimensionIDs),
                        at: view.location)
                }
            case .indicators(let rows):
                return rows.compactMap { row in
                    guard context.codebook.indicator(row) == nil else { return nil }
                    return .error(
                        "view '\(view.id)' names unknown indicator '\(row)'"
                            + Suggestion.hint(for: row, in: context.codebook.indicatorIDs)
                            + " (declare it in the codebook's indicators file, config/indicators.yaml)",
                        at: view.location)
                }
            }
        }
    }
}

/// Every indicator value names a declared indicator, in the indicator's unit, for a declared jurisdiction, and a
/// share lies between 0 and 100 per cent and a count is not negative.
struct IndicatorValueRule: ValidationRule {
    let identifier = "indicator-value"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        let codebook = context.codebook
        var diagnostics: [Diagnostic] = []
        var indicatorSuggestions: SuggestionIndex?
        var jurisdictionSuggestions: SuggestionIndex?
        for value in context.corpus.indicatorValues {
            guard let indicator = codebook.indicator(value.indicatorID) else {
                let hint = SuggestionIndex.hint(for: value.indicatorID, in: &indicatorSuggestions) { codebook.indicatorIDs }
                diagnostics.append(.error(
                    "unknown indicator '\(value.indicatorID)'\(hint) (declare it in the codebook's indicators file, "
                        + "config/indicators.yaml)", at: value.location))
                continue
            }
            if value.unit != indicator.unit {
                diagnostics.append(.error(
                    "indicator '\(indicator.id)' is measured in \(indicator.unit.rawValue) (declared at "
                        + "\(indicator.location)); this value is in \(value.unit.rawValue): convert it, or declare "
                        + "another indicator", at: value.location))
            }
            switch value.unit {
            case .percent where value.value < 0 || value.value > 100:
                diagnostics.append(.error("a share of \(value.value) % is not between 0 and 100", at: value.location))
            case .count where value.value < 0:
                diagnostics.append(.error("a count of \(value.value) is negative", at: value.location))
            default: break
            }
            if codebook.jurisdiction(value.jurisdiction) == nil, !codebook.jurisdictions.isEmpty {
                let hint = SuggestionIndex.hint(for: value.jurisdiction, in: &jurisdictionSuggestions) {
                    codebook.jurisdictionIDs
                }
                diagnostics.append(.error(
                    "unknown jurisdiction '\(value.jurisdiction)'\(hint) (declare it in config/jurisdictions.yaml)",
                    at: value.location))
            }
        }
        return diagnostics
    }
}

import Foundation

/// Budgets must be non-negative, ranges ordered, breakdowns must name the initiative's components, and a breakdown
/// that sums to more than the total is suspicious.
struct BudgetRule: ValidationRule {
    let identifier = "budget"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for initiative in context.corpus.initiatives {
            for claim in initiative.budget.claims {
                guard let budget = claim.value else { continue }
                diagnostics += check(budget, of: initiative, at: claim.location)
            }
        }
        return diagnostics
    }

    private func check(_ budget: Budget, of initiative: Initiative, at location: SourceLocation) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let components = ComponentLookup(initiative.components)
        var suggestions: SuggestionIndex?
        switch budget.amount {
        case .exact(let amount) where Self.isNegative(amount):
            diagnostics.append(.error("budget amount \(amount) is negative; amounts must be zero or more", at: location))
        case .range(let low, let high) where Self.isNegative(low) || Self.isNegative(high):
            diagnostics.append(.error("budget range \(low)–\(high) is negative; amounts must be zero or more", at: location))
        case .range(let low, let high) where low > high:
            diagnostics.append(.error("budget range minimum \(low) is above its maximum \(high)", at: location))
        default:
            break
        }
        for line in budget.breakdown {
            if Self.isNegative(line.amount) {
                diagnostics.append(.error("budget line for '\(line.componentID)' is negative (\(line.amount))", at: line.location))
            }
            if components.component(line.componentID) == nil {
                diagnostics.append(.error(
                    "budget line names component '\(line.componentID)', which '\(initiative.id)' does not have"
                        + SuggestionIndex.hint(for: line.componentID, in: &suggestions) {
                            initiative.components.map(\.id)
                        },
                    at: line.location))
            }
        }
        if case .exact(let total) = budget.amount, !budget.breakdown.isEmpty, budget.breakdownTotal > total {
            diagnostics.append(.warning(
                "budget breakdown sums to \(budget.breakdownTotal), more than the stated total \(total)", at: location))
        }
        return diagnostics
    }

    /// Whether an amount is below zero, as `amount < 0` says (NaN included), without a Decimal comparison, which
    /// costs about half a microsecond.
    static func isNegative(_ amount: Decimal) -> Bool {
        amount.sign == .minus && !amount.isZero
    }
}

import Foundation

/// The power of ten that amounts are written in, so analysts can write `7588` with `million`.
public enum AmountScale: String, Sendable, Hashable, CaseIterable {
    /// Amounts are written in units.
    case one
    /// Amounts are written in thousands.
    case thousand
    /// Amounts are written in millions.
    case million
    /// Amounts are written in billions (10^9).
    case billion

    /// How many units one step of this scale is.
    public var multiplier: Decimal {
        switch self {
        case .one: return 1
        case .thousand: return 1_000
        case .million: return 1_000_000
        case .billion: return 1_000_000_000
        }
    }
}

/// How much money: an exact amount, a range, or only an order of magnitude when the source gives no figure.
public enum BudgetAmount: Sendable, Hashable {
    /// An exact decimal amount in the budget's scale.
    case exact(Decimal)
    /// A range, in the budget's scale.
    case range(min: Decimal, max: Decimal)
    /// Only the order of magnitude is stated ("a billion-scale sum"); the amount itself is not.
    case magnitude(AmountScale)
}

/// A share of a budget assigned to one component of the initiative.
public struct BudgetLine: Sendable, Hashable {
    /// The component's id within its initiative.
    public var componentID: String
    /// The amount, in the budget's currency and scale.
    public var amount: Decimal
    /// The line's name as the claim's source gives it, when it differs from the component's title (an objective
    /// named differently in a proposal than in the adopted act); nil to use the component's title.
    public var name: LocalizedText?
    /// Where the line is written.
    public var location: SourceLocation

    /// Creates a budget line.
    public init(componentID: String, amount: Decimal, name: LocalizedText? = nil, location: SourceLocation) {
        self.componentID = componentID
        self.amount = amount
        self.name = name
        self.location = location
    }
}

/// An initiative's money: amount, currency, scale, price basis and how it splits across components.
public struct Budget: Sendable, Hashable {
    /// The amount or its order of magnitude.
    public var amount: BudgetAmount
    /// The ISO 4217 currency code, when stated.
    public var currency: String?
    /// The scale amounts are written in.
    public var scale: AmountScale
    /// The prices the amounts are given in; nil when the plugin has not recorded it.
    public var basis: PriceBasis?
    /// The split across components, in the same currency and scale.
    public var breakdown: [BudgetLine]
    /// What the money is for when it is not the initiative's own budget (funding for the projects an initiative
    /// leads to, say); nil for the initiative's own budget. Tables show it beside the amount, so that such a sum is
    /// never read as what the initiative itself spends.
    public var purpose: LocalizedText?

    /// Creates a budget.
    public init(amount: BudgetAmount, currency: String?, scale: AmountScale = .one, basis: PriceBasis? = nil,
                breakdown: [BudgetLine] = [], purpose: LocalizedText? = nil) {
        self.amount = amount
        self.currency = currency
        self.scale = scale
        self.basis = basis
        self.breakdown = breakdown
        self.purpose = purpose
    }

    /// The exact sum of the breakdown.
    public var breakdownTotal: Decimal {
        breakdown.reduce(Decimal(0)) { $0 + $1.amount }
    }
}

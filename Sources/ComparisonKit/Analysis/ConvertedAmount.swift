import Foundation

/// What budgets are put on: one currency, and optionally a figure per year of the initiative's period.
public struct BudgetBasis: Sendable, Hashable {
    /// The ISO 4217 code of the currency amounts are converted to.
    public var currency: String
    /// Whether each amount is divided by the number of years of its initiative's period.
    public var perYear: Bool

    /// Creates a basis.
    public init(currency: String, perYear: Bool = false) {
        self.currency = currency
        self.perYear = perYear
    }
}

/// A budget amount converted to another currency (and perhaps per year), with everything a reader needs to check it.
public struct ConvertedAmount: Sendable, Hashable {
    /// A converted figure: one amount, or both ends of a range.
    public enum Value: Sendable, Hashable {
        /// One amount.
        case exact(Decimal)
        /// A range; both ends are converted alike.
        case range(min: Decimal, max: Decimal)
    }

    /// The converted amount, in `currency` and in the original budget's `scale`, unrounded (see
    /// ``BudgetConversion/displayed(_:)`` for the display rule).
    public var value: Value
    /// The currency converted to.
    public var currency: String
    /// The scale of the original amount, kept: 7 588 million NOK becomes 643.3… million EUR.
    public var scale: AmountScale
    /// The original budget, amount, currency and price basis as written. A conversion never changes the price basis:
    /// two amounts on different bases stay on different bases after conversion.
    public var original: Budget
    /// The year whose rates converted it; nil for an amount already in `currency`, which needs no rate (and no year).
    public var year: Int?
    /// The rates applied, in order: none when the budget is already in `currency`, one for a direct rate (applied
    /// either way round), two for a cross rate through the euro.
    public var rates: [ExchangeRate]
    /// The number of years the amount was divided by, when converted per year; nil otherwise.
    public var perYearOver: Int?
}

/// A rate the exchange-rates file lacks: units of `quote` per one `base` in `year`.
public struct MissingRate: Sendable, Hashable, CustomStringConvertible {
    /// The priced currency (EUR for the euro reference rates).
    public var base: String
    /// The currency counted.
    public var quote: String
    /// The year.
    public var year: Int

    /// Creates a missing rate.
    public init(base: String, quote: String, year: Int) {
        self.base = base
        self.quote = quote
        self.year = year
    }

    /// `NOK per EUR for 2017`.
    public var description: String { "\(quote) per \(base) for \(year)" }
}

/// Why a per-year figure cannot be given: the period does not say how many years there are.
public enum PerYearProblem: Error, Sendable, Hashable {
    /// The initiative's period is not recorded, unknown, or its sources disagree.
    case periodNotKnown
    /// The period's start is not stated.
    case startNotStated
    /// The period has no set end.
    case openEnded
    /// The period's end is not stated.
    case endNotStated
    /// The period ends before it starts.
    case endsBeforeItStarts
}

/// Why a budget could not be converted. Every case names what is missing; none is ever filled in with a guess.
public enum ConversionGap: Error, Sendable, Hashable {
    /// The claim states no amount (unknown, or not applicable).
    case noAmount
    /// Only an order of magnitude is stated ("a billion-scale sum"): it is never turned into a number.
    case magnitudeOnly(AmountScale)
    /// The budget names no currency.
    case currencyNotStated
    /// Neither the claim's `as-of` date nor its source's publication date gives a year to take rates from.
    case yearNotKnown
    /// The exchange-rates file lacks these rates.
    case missingRates([MissingRate])
    /// A per-year figure was asked for and the period does not allow one.
    case perYearNotPossible(PerYearProblem)
}

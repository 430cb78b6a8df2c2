import Foundation

/// Converts budget amounts to one currency, and optionally to a figure per year, with the codebook's exchange rates.
///
/// The rules, stated once here (docs/plugin-format.md, "Exchange rates", repeats them for readers):
/// - **Which year's rate.** A figure is converted at the rate of its year: the year of the claim's `as-of` date, else
///   the year its source was published. A claim with neither is a ``ConversionGap/yearNotKnown``. The shipped rates
///   are the ECB's reference rates of the last business day of each year, not annual averages, so a figure of year Y
///   is converted at the rate of Y's last business day; an annual average would give a different figure.
/// - **Which rate.** The same currency needs none. Otherwise a rate of the pair is used as written (units of the
///   target per one unit of the budget's currency) or inverted; failing that, the conversion goes through the euro:
///   `amount ÷ (budget currency per EUR) × (target per EUR)`, so NOK → DKK uses DKK/EUR ÷ NOK/EUR of one year.
///   A rate the file lacks is a ``ConversionGap/missingRates(_:)`` naming each missing rate; nothing is guessed.
/// - **Per year.** The amount is divided by the number of calendar years of the initiative's period, counted from
///   its start year to its end year inclusive (2019–2025 is 7 years). A period without a stated start or end, or an
///   open one, gives ``ConversionGap/perYearNotPossible(_:)``, never an assumed length.
/// - **Exact arithmetic.** Amounts and rates are `Decimal`s read from their text; the numerators are multiplied
///   first and the one division comes last, so the only rounding is Decimal's at 38 significant digits. Ranges
///   convert both ends. An order of magnitude ("billion-scale") is never turned into a number. Rounding for display
///   is ``displayed(_:)``'s alone.
/// - **Price bases** are carried, never changed: a converted amount keeps its original budget's basis.
public enum BudgetConversion {
    /// The currency cross rates go through: the exchange-rates file gives rates against the euro.
    public static let hubCurrency = "EUR"

    /// The decimal places a converted amount is shown with, in its scale (`EUR 643.33 million`).
    public static let displayPlaces = 2

    /// A converted amount as shown: rounded to ``displayPlaces`` decimal places, halves away from zero
    /// (`643.325` → `643.33`). For display only; ranking and sums use the unrounded value.
    public static func displayed(_ value: Decimal) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, displayPlaces, .plain)
        return result
    }

    /// Converts `budget`, a figure of `year`, to `basis`'s currency with `rates`; per year of `period` when the basis
    /// asks for it (`period` is then the initiative's period, nil when it is not known).
    public static func convert(_ budget: Budget, year: Int?, to basis: BudgetBasis, period: Period?,
                               rates: ExchangeRates) -> Result<ConvertedAmount, ConversionGap> {
        let amounts: [Decimal]
        switch budget.amount {
        case .exact(let amount): amounts = [amount]
        case .range(let low, let high): amounts = [low, high]
        case .magnitude(let scale): return .failure(.magnitudeOnly(scale))
        }
        guard let currency = budget.currency else { return .failure(.currencyNotStated) }
        // The same currency needs no rate, so no year either: only a conversion needs to know whose rate to take.
        guard let year = year ?? (currency == basis.currency ? 0 : nil) else { return .failure(.yearNotKnown) }
        var years: Int?
        if basis.perYear {
            switch yearCount(of: period) {
            case .success(let count): years = count
            case .failure(let problem): return .failure(.perYearNotPossible(problem))
            }
        }
        let factor: Factor
        switch self.factor(from: currency, to: basis.currency, year: year, rates: rates) {
        case .success(let found): factor = found
        case .failure(let gap): return .failure(gap)
        }
        let denominator = factor.denominator * Decimal(years ?? 1)
        let converted = amounts.map { $0 * factor.numerator / denominator }
        let value: ConvertedAmount.Value = converted.count == 2 ? .range(min: converted[0], max: converted[1]) : .exact(converted[0])
        return .success(ConvertedAmount(value: value, currency: basis.currency, scale: budget.scale, original: budget,
                                        year: factor.rates.isEmpty ? nil : year, rates: factor.rates,
                                        perYearOver: years))
    }

    /// Converts one budget claim of `initiative`: the year is the claim's (``year(of:in:)``), the period the
    /// initiative's latest agreed one. The call the findings and the tables make.
    public static func convert(_ claim: Claim<Budget>, of initiative: Initiative, in corpus: Corpus,
                               to basis: BudgetBasis, rates: ExchangeRates) -> Result<ConvertedAmount, ConversionGap> {
        guard let budget = claim.value else { return .failure(.noAmount) }
        return convert(budget, year: year(of: claim, in: corpus), to: basis, period: initiative.period.latestValue,
                       rates: rates)
    }

    /// The year whose rate converts a claim's figure: its `as-of` year, else its source's publication year.
    public static func year<Value>(of claim: Claim<Value>, in corpus: Corpus) -> Int? {
        claim.asOf?.year ?? corpus.source(for: claim.citation)?.published?.year
    }

    /// The number of calendar years of a period, start year to end year inclusive, or why there is none.
    public static func yearCount(of period: Period?) -> Result<Int, PerYearProblem> {
        guard let period else { return .failure(.periodNotKnown) }
        guard let start = period.start else { return .failure(.startNotStated) }
        switch period.end {
        case .open: return .failure(.openEnded)
        case .unstated: return .failure(.endNotStated)
        case .date(let end):
            guard end.year >= start.year else { return .failure(.endsBeforeItStarts) }
            return .success(end.year - start.year + 1)
        }
    }

    /// A conversion factor kept as a fraction, so that the one division comes last.
    private struct Factor {
        var numerator: Decimal = 1
        var denominator: Decimal = 1
        var rates: [ExchangeRate] = []
    }

    /// The factor from `source` to `target` in `year`: none, a direct or inverted rate, or a cross rate via the euro.
    private static func factor(from source: String, to target: String, year: Int,
                               rates: ExchangeRates) -> Result<Factor, ConversionGap> {
        var factor = Factor()
        if source == target { return .success(factor) }
        if let direct = rates.rate(base: source, quote: target, year: year) {
            factor.numerator = direct.rate
            factor.rates = [direct]
            return .success(factor)
        }
        if let inverse = rates.rate(base: target, quote: source, year: year) {
            factor.denominator = inverse.rate
            factor.rates = [inverse]
            return .success(factor)
        }
        var missing: [MissingRate] = []
        // Into the euro: divide by the source's units per EUR (or multiply by EUR per source unit).
        if source != hubCurrency {
            if let rate = rates.rate(base: hubCurrency, quote: source, year: year) {
                factor.denominator = rate.rate
                factor.rates.append(rate)
            } else if let rate = rates.rate(base: source, quote: hubCurrency, year: year) {
                factor.numerator = rate.rate
                factor.rates.append(rate)
            } else {
                missing.append(MissingRate(base: hubCurrency, quote: source, year: year))
            }
        }
        // Out of the euro: multiply by the target's units per EUR (or divide by EUR per target unit).
        if target != hubCurrency {
            if let rate = rates.rate(base: hubCurrency, quote: target, year: year) {
                factor.numerator *= rate.rate
                factor.rates.append(rate)
            } else if let rate = rates.rate(base: target, quote: hubCurrency, year: year) {
                factor.denominator *= rate.rate
                factor.rates.append(rate)
            } else {
                missing.append(MissingRate(base: hubCurrency, quote: target, year: year))
            }
        }
        return missing.isEmpty ? .success(factor) : .failure(.missingRates(missing))
    }
}

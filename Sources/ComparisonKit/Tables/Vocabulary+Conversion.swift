/// The words of converted budgets: the per-year phrase, the rate, and why an amount could not be converted.
extension Vocabulary {
    /// "per year over 7 years", "per år over 7 år", "om året over 7 år".
    func perYear(over years: Int) -> String {
        words.plural(.perYear, count: years)
    }

    /// "from" before the amount as written.
    var convertedFrom: String { words[.convertedFrom] }

    /// "rate" before the rates used.
    func rateWord(count: Int) -> String {
        words.plural(.rate, count: count)
    }

    /// "same currency": no rate was needed.
    var sameCurrency: String { words[.sameCurrency] }

    /// "not converted" before the reason.
    var notConverted: String { words[.notConverted] }

    /// "per year not possible" before the reason.
    var perYearNotPossible: String { words[.perYearNotPossible] }

    /// Why an amount could not be converted, naming what is missing.
    func conversionGap(_ gap: ConversionGap) -> String {
        switch gap {
        case .noAmount:
            return words[.gapNoAmount]
        case .magnitudeOnly:
            return words[.gapMagnitudeOnly]
        case .currencyNotStated:
            return words[.gapCurrencyNotStated]
        case .yearNotKnown:
            return words[.gapYearNotKnown]
        case .missingRates(let missing):
            let rates = missing.map { words.format(.missingRate, $0.quote, $0.base, "\($0.year)") }
                .joined(separator: words[.andSeparator])
            return words.format(.noRateOf, rates)
        case .perYearNotPossible(let problem):
            return perYearNotPossible + ": " + perYearProblem(problem)
        }
    }

    /// Why a period gives no number of years.
    func perYearProblem(_ problem: PerYearProblem) -> String {
        switch problem {
        case .periodNotKnown:
            return words[.periodNotKnown]
        case .startNotStated:
            return words[.periodStartNotStated]
        case .openEnded:
            return words[.periodOpenEnded]
        case .endNotStated:
            return words[.periodEndNotStated]
        case .endsBeforeItStarts:
            return words[.periodEndsBeforeItStarts]
        }
    }
}

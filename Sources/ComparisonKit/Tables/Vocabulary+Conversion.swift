/// The words of converted budgets: the per-year phrase, the rate, and why an amount could not be converted.
extension Vocabulary {
    /// "per year over 7 years", "per år over 7 år", "om året over 7 år".
    func perYear(over years: Int) -> String {
        pick("per year over \(years) \(years == 1 ? "year" : "years")", "per år over \(years) år",
             "om året over \(years) år")
    }

    /// "from" before the amount as written.
    var convertedFrom: String { pick("from", "fra", "fra") }

    /// "rate" before the rates used.
    func rateWord(count: Int) -> String {
        count == 1 ? pick("rate", "kurs", "kurs") : pick("rates", "kurser", "kurser")
    }

    /// "same currency": no rate was needed.
    var sameCurrency: String { pick("same currency, no rate needed", "samme valuta, ingen kurs", "samme valuta, ingen kurs") }

    /// "not converted" before the reason.
    var notConverted: String { pick("not converted", "ikke omregnet", "ikke omregnet") }

    /// "per year not possible" before the reason.
    var perYearNotPossible: String { pick("per year not possible", "per år ikke mulig", "pr. år ikke muligt") }

    /// Why an amount could not be converted, naming what is missing.
    func conversionGap(_ gap: ConversionGap) -> String {
        switch gap {
        case .noAmount:
            return pick("no amount is stated", "ikke noe beløp er oppgitt", "intet beløb er oplyst")
        case .magnitudeOnly:
            return pick("only an order of magnitude is stated, never a number",
                        "bare størrelsesordenen er oppgitt, aldri et tall", "kun størrelsesordenen er oplyst, aldrig et tal")
        case .currencyNotStated:
            return pick("the currency is not stated", "valutaen er ikke oppgitt", "valutaen er ikke oplyst")
        case .yearNotKnown:
            return pick("neither the claim's date nor its source's gives a year for the rate",
                        "verken opplysningens dato eller kildens gir et år for kursen",
                        "hverken oplysningens dato eller kildens giver et år for kursen")
        case .missingRates(let missing):
            let rates = missing.map { "\($0.quote) per \($0.base) \(pick("for", "for", "for")) \($0.year)" }
                .joined(separator: pick(" and ", " og ", " og "))
            return pick("the exchange-rates file has no rate of ", "valutakursfilen har ingen kurs for ",
                        "valutakursfilen har ingen kurs for ") + rates
        case .perYearNotPossible(let problem):
            return perYearNotPossible + ": " + perYearProblem(problem)
        }
    }

    /// Why a period gives no number of years.
    func perYearProblem(_ problem: PerYearProblem) -> String {
        switch problem {
        case .periodNotKnown:
            return pick("the period is not known", "perioden er ikke kjent", "perioden er ikke kendt")
        case .startNotStated:
            return pick("the period's start is not stated", "periodens start er ikke oppgitt", "periodens start er ikke oplyst")
        case .openEnded:
            return pick("the period is open-ended", "perioden har ingen slutt", "perioden har ingen slutning")
        case .endNotStated:
            return pick("the period's end is not stated", "periodens slutt er ikke oppgitt", "periodens slutning er ikke oplyst")
        case .endsBeforeItStarts:
            return pick("the period ends before it starts", "perioden slutter før den starter",
                        "perioden slutter før den starter")
        }
    }
}

/// The budget cell of a view with a budget basis: each amount converted, beside the amount as written, the rate and
/// its date, with the rate's source cited like every other value.
extension CellBuilder {
    /// The budget cell of `initiative`, its amounts converted to `basis` (see ``BudgetConversion`` for the rules).
    /// Claims that cannot be converted keep their amount as written and say what is missing; an order of magnitude is
    /// shown as such. Amounts keep their price basis: two bases are never merged into one figure.
    mutating func convertedBudgetCell(of initiative: Initiative, in corpus: Corpus, basis: BudgetBasis) -> TableCell {
        let formatter = self.formatter
        let language = vocabulary.language
        let original = initiative.originalLanguage
        var cell = cell(for: initiative.budget, original: original, format: { formatter.budget($0, original: original) },
                        language: { $0.purpose?.resolved(in: language, original: original).shownIn }, data: { claim in
            guard let budget = claim.value else { return nil }
            guard case .exact(let amount) = budget.amount else { return budget.basis.map(CellData.budgetBasis) }
            return .money(MoneyValue(amount: amount, scale: budget.scale, currency: budget.currency,
                                     status: claim.status, asOf: claim.asOf, basis: budget.basis))
        })
        guard initiative.budget.isRecorded else { return cell }
        let claims = history == .all ? initiative.budget.history : initiative.budget.current
        for (index, claim) in zip(cell.entries.indices, claims) {
            guard let budget = claim.value else { continue }
            let year = BudgetConversion.year(of: claim, in: corpus)
            switch conversion(of: budget, year: year, period: initiative.period.latestValue, basis: basis) {
            case .converted(let text, let rateFootnotes):
                cell.entries[index].text = text
                for number in rateFootnotes where !cell.entries[index].footnotes.contains(number) {
                    cell.entries[index].footnotes.append(number)
                }
            case .gap(let reason):
                cell.entries[index].text += " (" + reason + ")"
            }
        }
        return cell
    }

    /// A budget (or a line of one, as a budget of its own) converted: its text and the footnotes of its rates, or why
    /// it was not converted.
    enum Conversion {
        /// The converted text and the footnote numbers of the rates used.
        case converted(String, rateFootnotes: [Int])
        /// "not converted: …", naming what is missing.
        case gap(String)
    }

    /// Converts `budget`, a figure of `year`, to `basis`. A per-year figure the period does not allow falls back to
    /// the converted total, saying why it is not divided.
    mutating func conversion(of budget: Budget, year: Int?, period: Period?, basis: BudgetBasis) -> Conversion {
        var result = BudgetConversion.convert(budget, year: year, to: basis, period: period, rates: exchangeRates)
        var perYearProblem: PerYearProblem?
        if case .failure(.perYearNotPossible(let problem)) = result {
            perYearProblem = problem
            var total = basis
            total.perYear = false
            result = BudgetConversion.convert(budget, year: year, to: total, period: period, rates: exchangeRates)
        }
        switch result {
        case .success(let converted):
            var text = convertedText(converted, of: budget)
            if let perYearProblem {
                text += "; " + vocabulary.perYearNotPossible + ": " + vocabulary.perYearProblem(perYearProblem)
            }
            var numbers: [Int] = []
            for rate in converted.rates {
                for number in footnotes.numbers(for: rate.citation) where !numbers.contains(number) {
                    numbers.append(number)
                }
            }
            return .converted(text, rateFootnotes: numbers)
        case .failure(let gap):
            return .gap(vocabulary.notConverted + ": " + vocabulary.conversionGap(gap))
        }
    }

    /// `EUR 643.33 million, current prices (from NOK 7 588 million; rate 11.795 NOK per EUR, 31 December 2024)`,
    /// with `per year over 7 years` after the amount when divided, and the budget's purpose after it all.
    private func convertedText(_ converted: ConvertedAmount, of budget: Budget) -> String {
        let shown: String
        switch converted.value {
        case .exact(let amount):
            shown = formatter.number(BudgetConversion.displayed(amount))
        case .range(let low, let high):
            shown = formatter.number(BudgetConversion.displayed(low)) + "–" + formatter.number(BudgetConversion.displayed(high))
        }
        var text = formatter.money(shown, scale: converted.scale, currency: converted.currency)
        if let years = converted.perYearOver { text += " " + vocabulary.perYear(over: years) }
        if let priceBasis = budget.basis { text += ", " + vocabulary.priceBasis(priceBasis) }
        let original: String
        switch budget.amount {
        case .exact(let amount):
            original = formatter.money(formatter.number(amount), scale: budget.scale, currency: budget.currency)
        case .range(let low, let high):
            original = formatter.money(formatter.number(low) + "–" + formatter.number(high), scale: budget.scale,
                                       currency: budget.currency)
        case .magnitude:
            original = formatter.budget(budget)
        }
        let rates = converted.rates.isEmpty
            ? vocabulary.sameCurrency
            : vocabulary.rateWord(count: converted.rates.count) + " "
                + converted.rates.map { "\(formatter.number($0.rate)) \($0.quote) per \($0.base), \(formatter.date($0.fixed))" }
                    .joined(separator: "; ")
        text += " (" + vocabulary.convertedFrom + " " + original + "; " + rates + ")"
        if let purpose = budget.purpose { text += ": " + purpose.resolved(in: vocabulary.language) }
        return text
    }
}

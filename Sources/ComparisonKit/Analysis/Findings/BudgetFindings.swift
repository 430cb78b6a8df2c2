import Foundation

/// The budget rule: exact amounts ranked within one currency and price basis at a time, never across them; sums
/// stated only as an order of magnitude, ranges and money that is not the initiative's own are listed but never
/// ranked; an unknown budget is a gap. With a budget basis, amounts are converted first (with the cited rates, see
/// `BudgetConversion`), so amounts written in different currencies rank together, still one price basis at a time;
/// an amount that cannot be converted (a missing rate) is listed, with what is missing, and not ranked.
extension FindingsState {
    /// What a ranking compares: amounts in one currency on one price basis.
    private struct Basis: Hashable {
        let currency: String?
        let priceBasis: PriceBasis?
    }

    mutating func budgetFindings(_ initiatives: [Initiative]) {
        var groups: [Basis: [(amount: Decimal, entry: String, basis: FindingBasis)]] = [:]
        var groupOrder: [Basis] = []
        var notRanked: [(entry: String, basis: FindingBasis)] = []
        var unconverted: [(entry: String, basis: FindingBasis)] = []
        var unknown: [(name: String, basis: FindingBasis)] = []
        for initiative in initiatives {
            guard initiative.budget.isRecorded, initiative.budget.disagreement == nil,
                  EvidenceState(initiative.budget) != .notApplicable else { continue }
            let (cell, basis) = self.basis(.budget, of: initiative)
            let name = builder.name(initiative)
            switch cell.state {
            case .unknown, .notRecorded:
                unknown.append((name, basis))
                continue
            case .notApplicable, .disputed:
                continue  // no budget of its own, or reported with the disagreements
            case .known:
                break
            }
            let values = initiative.budget.current.compactMap(\.value)
            guard let budget = values.first, values.allSatisfy({ $0 == budget }) else { continue }
            let entry = name + ": " + basis.value
            guard case .exact(let amount) = budget.amount, budget.purpose == nil else {
                notRanked.append((entry, basis))
                continue
            }
            var ranked = amount * budget.scale.multiplier
            var currency = budget.currency
            if let target = builder.budgetBasis {
                let claim = initiative.budget.current.first { $0.value != nil }
                let year = claim.flatMap { BudgetConversion.year(of: $0, in: builder.corpus) }
                guard case .success(let converted) = BudgetConversion.convert(
                    budget, year: year, to: target, period: initiative.period.latestValue,
                    rates: builder.codebook.exchangeRates), case .exact(let value) = converted.value
                else {
                    unconverted.append((entry, basis))
                    continue
                }
                ranked = value * converted.scale.multiplier
                currency = target.currency
            }
            let key = Basis(currency: currency, priceBasis: budget.basis)
            if groups[key] == nil { groupOrder.append(key) }
            groups[key, default: []].append((ranked, entry, basis))
        }
        for key in groupOrder {
            // Largest first; equal amounts keep corpus order, so the ranking is the same on every run. Amounts are
            // compared as doubles first, exactly (rounding to a double never reverses an order), and as decimals only
            // when the doubles are equal: comparing two `Decimal`s was half the cost of this rule (callgrind).
            let ranked = (groups[key] ?? []).enumerated()
                .map { (offset: $0.offset, quick: NSDecimalNumber(decimal: $0.element.amount).doubleValue, item: $0.element) }
                .sorted { lhs, rhs in
                    if lhs.quick != rhs.quick { return lhs.quick > rhs.quick }
                    if lhs.item.amount != rhs.item.amount { return lhs.item.amount > rhs.item.amount }
                    return lhs.offset < rhs.offset
                }.map(\.item)
            let basisText = phrases.basis(currency: key.currency ?? "?", perYear: builder.budgetBasis?.perYear ?? false,
                                          priceBasis: cells.vocabulary.priceBasis(key.priceBasis ?? .notStated))
            let text = ranked.count == 1 ? phrases.single(ranked[0].entry, basis: basisText)
                : phrases.ranking(ranked.map(\.entry), basis: basisText)
            add(.budgets, topic: (key.currency ?? "?") + " " + (key.priceBasis ?? .notStated).rawValue, text,
                ranked.map(\.basis))
        }
        if groupOrder.count > 1 {
            add(.budgets, phrases.basesDiffer(groupOrder.count), [])
        }
        if !notRanked.isEmpty {
            add(.budgets, phrases.notRanked(notRanked.map(\.entry)), notRanked.map(\.basis))
        }
        if !unconverted.isEmpty {
            add(.budgets, phrases.notConverted(unconverted.map(\.entry)), unconverted.map(\.basis))
        }
        if !unknown.isEmpty {
            add(.gap, topic: KnownDimension.budget.rawValue, phrases.budgetGaps(unknown.map(\.name)), unknown.map(\.basis))
        }
    }
}

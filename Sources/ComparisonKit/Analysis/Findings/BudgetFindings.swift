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

    /// An initiative a budget finding lists, with its cell: built as the initiatives are read in a full report, and
    /// in a briefing's key findings (`citesNamedOnly`) only for the initiatives a sentence names, once they are known.
    private struct Listed {
        let initiative: Initiative
        var basis: FindingBasis?
    }

    mutating func budgetFindings(_ initiatives: [Initiative]) {
        var groups: [Basis: [(amount: Decimal, listed: Listed)]] = [:]
        var groupOrder: [Basis] = []
        var notRanked: [Listed] = []
        var unconverted: [Listed] = []
        var unknown: [Listed] = []
        for initiative in initiatives {
            guard initiative.budget.isRecorded, initiative.budget.disagreement == nil else { continue }
            // The cell's state is the evidence's: the same claims decide both, and a fact without a disagreement is
            // never shown disputed. Not applicable: no budget of its own.
            let state = EvidenceState(initiative.budget)
            guard state != .notApplicable else { continue }
            let listed = Listed(initiative: initiative,
                                basis: citesNamedOnly ? nil : self.basis(.budget, of: initiative).basis)
            guard state == .known else {
                unknown.append(listed)
                continue
            }
            let values = initiative.budget.current.compactMap(\.value)
            guard let budget = values.first, values.allSatisfy({ $0 == budget }) else { continue }
            guard case .exact(let amount) = budget.amount, budget.purpose == nil else {
                notRanked.append(listed)
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
                    unconverted.append(listed)
                    continue
                }
                ranked = value * converted.scale.multiplier
                currency = target.currency
            }
            let key = Basis(currency: currency, priceBasis: budget.basis)
            if groups[key] == nil { groupOrder.append(key) }
            groups[key, default: []].append((ranked, listed))
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
                }.map(\.item.listed)
            let basisText = phrases.basis(currency: key.currency ?? "?", perYear: builder.budgetBasis?.perYear ?? false,
                                          priceBasis: cells.vocabulary.priceBasis(key.priceBasis ?? .notStated))
            let named = name(ranked)
            let text = ranked.count == 1 ? phrases.single(named.entries[0], basis: basisText)
                : phrases.ranking(named.entries, total: ranked.count, basis: basisText)
            add(.budgets, topic: (key.currency ?? "?") + " " + (key.priceBasis ?? .notStated).rawValue, text,
                named.basis, leftOut: named.leftOut)
        }
        if groupOrder.count > 1 {
            add(.budgets, phrases.basesDiffer(groupOrder.count), [])
        }
        if !notRanked.isEmpty {
            let named = name(notRanked)
            add(.budgets, phrases.notRanked(named.entries, total: notRanked.count), named.basis, leftOut: named.leftOut)
        }
        if !unconverted.isEmpty {
            let named = name(unconverted)
            add(.budgets, phrases.notConverted(named.entries, total: unconverted.count), named.basis,
                leftOut: named.leftOut)
        }
        if !unknown.isEmpty {
            let named = name(unknown)
            add(.gap, topic: KnownDimension.budget.rawValue, phrases.budgetGaps(named.names, total: unknown.count),
                named.basis, leftOut: named.leftOut)
        }
    }

    /// The names and the "name: value" entries of the first `FindingsPhrases.namesPerSentence` listed initiatives
    /// (the ones a sentence names), and the cells of all of them: in a briefing's key findings of the named ones only,
    /// the others counted.
    private mutating func name(_ listed: [Listed]) -> (names: [String], entries: [String], basis: [FindingBasis], leftOut: Int) {
        var names: [String] = []
        var entries: [String] = []
        var basis: [FindingBasis] = []
        for (index, item) in listed.enumerated() {
            let isNamed = index < FindingsPhrases.namesPerSentence
            guard isNamed || item.basis != nil else { continue }
            let cell = item.basis ?? self.basis(.budget, of: item.initiative).basis
            if isNamed {
                let name = builder.name(item.initiative)
                names.append(name)
                entries.append(name + ": " + cell.value)
            }
            basis.append(cell)
        }
        return (names, entries, basis, listed.count - basis.count)
    }
}

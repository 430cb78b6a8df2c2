import Foundation

/// The budget rule: exact amounts ranked within one currency and price basis at a time, never across them; sums
/// stated only as an order of magnitude, ranges and money that is not the initiative's own are listed but never
/// ranked; an unknown budget is a gap.
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
            let key = Basis(currency: budget.currency, priceBasis: budget.basis)
            if groups[key] == nil { groupOrder.append(key) }
            groups[key, default: []].append((amount * budget.scale.multiplier, entry, basis))
        }
        for key in groupOrder {
            // Largest first; equal amounts keep corpus order, so the ranking is the same on every run.
            let ranked = (groups[key] ?? []).enumerated().sorted { lhs, rhs in
                lhs.element.amount != rhs.element.amount ? lhs.element.amount > rhs.element.amount : lhs.offset < rhs.offset
            }.map(\.element)
            let basisText = phrases.basis(currency: key.currency ?? "?",
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
        if !unknown.isEmpty {
            add(.gap, topic: KnownDimension.budget.rawValue, phrases.budgetGaps(unknown.map(\.name)), unknown.map(\.basis))
        }
    }
}

import ComparisonKit
import Foundation
import YAMLKit

extension CompactDocumentReader {
    /// A budget: exactly one of `amount`, `min` with `max`, or `magnitude`, with currency, scale and breakdown.
    /// Gives up on whatever the assembler reports: another number of forms, half a range, a bad amount, scale or
    /// price basis.
    func budgetValue(_ node: Int) throws(GiveUp) -> Budget {
        var amount, min, max, magnitude, currency, scale, basis, breakdown: Int?
        for key in try keys(node) {
            let value = key + 1
            switch try field(key) {
            case .amount: amount = value
            case .min: min = value
            case .max: max = value
            case .magnitude: magnitude = value
            case .currency: currency = value
            case .scale: scale = value
            case .basis: basis = value
            case .breakdown: breakdown = value
            default: throw GiveUp()
            }
        }
        // A field that is a plain null counts as absent, as `decodeIfPresent` reads it.
        func given(_ node: Int?) -> Int? { node.flatMap { document.isNull($0) ? nil : $0 } }
        let written: BudgetAmount
        switch (given(amount), given(min), given(max), given(magnitude)) {
        case (let exact?, nil, nil, nil): written = .exact(try decimal(exact))
        case (nil, let low?, let high?, nil): written = .range(min: try decimal(low), max: try decimal(high))
        case (nil, nil, nil, let magnitude?): written = .magnitude(try choice(magnitude, as: AmountScale.self))
        default: throw GiveUp()
        }
        let priceBasis = try text(ifPresent: basis).map { written throws(GiveUp) in
            guard let parsed = PriceBasis(rawValue: written) else { throw GiveUp() }
            return parsed
        }
        return Budget(
            amount: written, currency: try text(ifPresent: currency),
            scale: try choice(ifPresent: scale, as: AmountScale.self) ?? .one, basis: priceBasis,
            breakdown: try optional(breakdown) { node throws(GiveUp) in
                try list(node) { item throws(GiveUp) in try budgetLine(item) }
            } ?? [])
    }

    /// One line of a budget breakdown: a component id and its amount.
    func budgetLine(_ node: Int) throws(GiveUp) -> BudgetLine {
        var component, amount: Int?
        for key in try keys(node) {
            switch try field(key) {
            case .component: component = key + 1
            case .amount: amount = key + 1
            default: throw GiveUp()
            }
        }
        return BudgetLine(componentID: try text(required(component)), amount: try decimal(required(amount)),
                          location: location(node))
    }
}

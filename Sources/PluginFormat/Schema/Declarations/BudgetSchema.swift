import ComparisonKit
import Foundation

/// A budget as written: exactly one of `amount`, `min` with `max`, or `magnitude`, with its currency, scale, price
/// basis and breakdown.
enum BudgetSchema {
    /// The fields of a budget before the one-form rule is checked.
    struct Draft: Sendable {
        var amount: Decimal?
        var min: Decimal?
        var max: Decimal?
        var magnitude: AmountScale?
        /// How many of the amount keys are written at all (an unreadable one still counts).
        var forms = 0
        var currency: String?
        var scale: AmountScale = .one
        var basis: PriceBasis?
        var breakdown: [BudgetLine] = []
        var purpose: LocalizedText?
    }

    static let line = RecordSchema<BudgetLine>(
        "budget-line", "The share of a budget assigned to one component.",
        fields: [
            FieldSchema("component", .slug, required: true, "The id of one of the initiative's components.") {
                $0.componentID = $1
            },
            FieldSchema("amount", .decimal("amount"), required: true, "The amount, in the budget's currency and scale.") {
                $0.amount = $1
            },
            FieldSchema("name", .localizedText,
                        "The line's name as this claim's source gives it, when it differs from the component's title.") {
                $0.name = $1
            },
        ]) { reader, node in BudgetLine(componentID: "", amount: 0, location: reader.location(node)) }

    static let record = RecordSchema<Draft>(
        "budget", "An initiative's money: an exact amount, a range, or an order of magnitude.",
        fields: [
            FieldSchema("amount", .decimal("amount"), "An exact amount (a decimal, never rounded).") { $0.amount = $1 },
            FieldSchema("min", .decimal("min"), "The low end of a range (with max).") { $0.min = $1 },
            FieldSchema("max", .decimal("max"), "The high end of a range (with min).") { $0.max = $1 },
            FieldSchema("magnitude", .choice("magnitude"),
                        "Only the order of magnitude is stated, such as billion: the amount itself is not.") {
                $0.magnitude = $1
            },
            FieldSchema("currency", .currency, "The ISO 4217 currency code.") { $0.currency = $1 },
            FieldSchema("scale", .choice("scale"), "The power of ten amounts are written in (default one).") { $0.scale = $1 },
            FieldSchema("basis", .priceBasis,
                        "The price basis: current (current prices), constant-YYYY (constant prices of a year), or not-stated.") {
                $0.basis = $1
            },
            FieldSchema("breakdown", .list(.record(line)), "The split across components, in the same currency and scale.") {
                $0.breakdown = $1
            },
            FieldSchema("purpose", .localizedText,
                        "What the money is for, when it is not the initiative's own budget (such as funding for the projects it leads to).") {
                $0.purpose = $1
            },
        ]) { reader, node in
            var draft = Draft()
            let document = reader.document
            for key in document.keys(node) where !document.isNull(key + 1) && amountKeys.contains(document.symbol(key)) {
                draft.forms += 1
            }
            return draft
        }

    private static let amountKeys = ["amount", "min", "max", "magnitude"].map(FormatKeys.symbol(for:))

    /// A budget, with the one-form rule checked.
    static let budget = ValueReader<Budget>.record(record) { reader, node, draft in
        let amount: BudgetAmount
        if let exact = draft.amount, draft.forms == 1 {
            amount = .exact(exact)
        } else if let magnitude = draft.magnitude, draft.forms == 1 {
            amount = .magnitude(magnitude)
        } else if let low = draft.min, let high = draft.max, draft.forms == 2 {
            amount = .range(min: low, max: high)
        } else {
            // An amount key that could not be read (`amount: 12,5`) has been reported, with why; the one-form rule
            // would only repeat it in words that do not fit.
            let read = [draft.amount, draft.min, draft.max].filter { $0 != nil }.count + (draft.magnitude == nil ? 0 : 1)
            if read < draft.forms { return nil }
            let halfRange = draft.forms == 1 && (draft.min != nil || draft.max != nil)
            reader.report(halfRange ? "a budget range needs both 'min' and 'max'"
                : "a budget needs exactly one of 'amount', 'min' with 'max', or 'magnitude'", at: node)
            return nil
        }
        return Budget(amount: amount, currency: draft.currency, scale: draft.scale, basis: draft.basis,
                      breakdown: draft.breakdown, purpose: draft.purpose)
    }
}

extension ValueReader where Value == String {
    /// An ISO 4217 currency code (checked against the code list by validation).
    static let currency = codebookID("ISO 4217", pattern: "^[A-Z]{3}$")
}

extension ValueReader where Value == PriceBasis {
    /// A price basis: `current`, `constant-YYYY` or `not-stated`.
    static let priceBasis = ValueReader(.anyOf([.choice(["current", "not-stated"]), .text(pattern: "^constant-[0-9]{4}$")])) {
        reader, node in
        guard let text = ValueReader<String>.scalarText(&reader, node, expected: "a price basis") else { return nil }
        if let basis = PriceBasis(rawValue: text) { return basis }
        if let basis = legacyBasis(text) {
            // Format 1 files written before the basis was typed stay valid: the old free text is read, with a nudge.
            reader.report(.warning("price basis '\(text)' is the old free-text form; write '\(basis.rawValue)'",
                                   at: reader.location(node)))
            return basis
        }
        reader.report("unknown price basis '\(text)'; expected current, constant-YYYY or not-stated", at: node)
        return nil
    }

    /// The typed basis an old free-text basis meant: `current prices`, or `constant 2018 prices` / `2018 prices`.
    static func legacyBasis(_ text: String) -> PriceBasis? {
        let words = text.lowercased().split(separator: " ")
        if words == ["current", "prices"] { return .current }
        let year = words.first { $0.count == 4 && $0.allSatisfy(\.isNumber) }.flatMap { Int($0) }
        if let year, words.last == "prices", words.count == 2 || (words.count == 3 && words[0] == "constant") {
            return .constant(year: year)
        }
        return nil
    }
}

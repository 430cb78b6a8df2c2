import ComparisonKit

/// A budget as written: exactly one of `amount`, `min`/`max`, or `magnitude`, with currency, scale and breakdown.
struct BudgetDocument: Decodable {
    let amount: Located<String>?
    let min: Located<String>?
    let max: Located<String>?
    let magnitude: Located<String>?
    let currency: Located<String>?
    let scale: Located<String>?
    let basis: String?
    let breakdown: [BudgetLineDocument]?
    let location: SourceLocation

    private enum CodingKeys: String, CodingKey {
        case amount, min, max, magnitude, currency, scale, basis, breakdown
    }

    init(from decoder: any Decoder) throws {
        location = decoder.sourceLocation
        let container = try decoder.container(keyedBy: CodingKeys.self)
        amount = try container.decodeIfPresent(Located<String>.self, forKey: .amount)
        min = try container.decodeIfPresent(Located<String>.self, forKey: .min)
        max = try container.decodeIfPresent(Located<String>.self, forKey: .max)
        magnitude = try container.decodeIfPresent(Located<String>.self, forKey: .magnitude)
        currency = try container.decodeIfPresent(Located<String>.self, forKey: .currency)
        scale = try container.decodeIfPresent(Located<String>.self, forKey: .scale)
        basis = try container.decodeIfPresent(String.self, forKey: .basis)
        breakdown = try container.decodeIfPresent([BudgetLineDocument].self, forKey: .breakdown)
    }
}

/// One line of a budget breakdown: a component id and its amount.
struct BudgetLineDocument: Decodable {
    let component: String
    let amount: Located<String>
    let location: SourceLocation

    private enum CodingKeys: String, CodingKey { case component, amount }

    init(from decoder: any Decoder) throws {
        location = decoder.sourceLocation
        let container = try decoder.container(keyedBy: CodingKeys.self)
        component = try container.decode(String.self, forKey: .component)
        amount = try container.decode(Located<String>.self, forKey: .amount)
    }
}


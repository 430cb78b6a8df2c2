import Foundation

/// A language's plural rule for whole numbers: which CLDR category (`zero`, `one`, `two`, `few`, `many`, `other`) a
/// count takes, from conditions in CLDR's syntax (`n = 1`, `i % 10 = 1 and i % 100 != 11`, `n = 2..4`). Counts the
/// tool writes are whole, so the operands `n` and `i` are the count and `v`, `w`, `f`, `t` are 0; a rule copied
/// from CLDR works as it is.
struct PluralRule: Sendable {
    /// The CLDR categories, in CLDR's order; `other` is last and needs no condition.
    static let categories = ["zero", "one", "two", "few", "many", "other"]

    /// A relation: `operand (% modulus)? (=|!=) ranges`.
    private struct Relation: Sendable {
        let operandIsZero: Bool
        let modulus: Int?
        let equal: Bool
        let ranges: [ClosedRange<Int>]

        func holds(_ count: Int) -> Bool {
            var value = operandIsZero ? 0 : count
            if let modulus { value %= modulus }
            return ranges.contains { $0.contains(value) } == equal
        }
    }

    /// Per category with a condition, in CLDR's order: the condition as alternatives of conjunctions.
    private let conditions: [(category: Int, alternatives: [[Relation]])]

    /// The categories the rule names, `other` included: the forms a plural phrase must give.
    let usedCategories: Set<String>

    /// The rule with `other` alone, in place of a rule that cannot be read (the file is then refused anyway).
    static let fallback = PluralRule(conditions: [])

    private init(conditions: [(category: Int, alternatives: [[Relation]])]) {
        self.conditions = conditions
        usedCategories = ["other"]
    }

    /// Reads a rule; throws the problems with it, one sentence each.
    init(_ rule: [String: String]) throws(LanguageFileError) {
        var problems: [String] = []
        var conditions: [(Int, [[Relation]])] = []
        for (name, text) in rule.sorted(by: { $0.key < $1.key }) {
            guard let category = Self.categories.firstIndex(of: name), name != "other" else {
                problems.append("plural: '\(name)' is not a CLDR category with a condition (zero, one, two, few, many)")
                continue
            }
            if let alternatives = Self.parse(text) {
                conditions.append((category, alternatives))
            } else {
                problems.append("plural: cannot read the condition '\(text)' of '\(name)' (write it as CLDR does: "
                                + "n = 1)")
            }
        }
        guard problems.isEmpty else { throw LanguageFileError(file: "", problems: problems) }
        self.conditions = conditions.sorted { $0.0 < $1.0 }.map { (category: $0.0, alternatives: $0.1) }
        usedCategories = Set(conditions.map { Self.categories[$0.0] } + ["other"])
    }

    /// The category of `count`, as an index into `categories`.
    func category(of count: Int) -> Int {
        for condition in conditions
        where condition.alternatives.contains(where: { $0.allSatisfy { $0.holds(count) } }) {
            return condition.category
        }
        return Self.categories.count - 1
    }

    /// Parses `a and b or c` into alternatives of conjunctions; nil when it is not the syntax.
    private static func parse(_ text: String) -> [[Relation]]? {
        var alternatives: [[Relation]] = []
        for alternative in text.components(separatedBy: " or ") {
            var relations: [Relation] = []
            for relation in alternative.components(separatedBy: " and ") {
                guard let parsed = parseRelation(relation) else { return nil }
                relations.append(parsed)
            }
            alternatives.append(relations)
        }
        return alternatives.isEmpty ? nil : alternatives
    }

    private static func parseRelation(_ text: String) -> Relation? {
        let equal: Bool
        let parts: [String]
        if text.contains("!=") {
            equal = false
            parts = text.components(separatedBy: "!=")
        } else {
            equal = true
            parts = text.components(separatedBy: "=")
        }
        guard parts.count == 2 else { return nil }
        let left = parts[0].split(separator: "%").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let operand = left.first, ["n", "i", "v", "w", "f", "t"].contains(operand), left.count <= 2 else {
            return nil
        }
        var modulus: Int?
        if left.count == 2 {
            guard let value = Int(left[1]), value > 0 else { return nil }
            modulus = value
        }
        var ranges: [ClosedRange<Int>] = []
        for item in parts[1].split(separator: ",") {
            let bounds = item.components(separatedBy: "..").map { $0.trimmingCharacters(in: .whitespaces) }
            guard bounds.count <= 2, let low = Int(bounds[0]), let high = Int(bounds[bounds.count - 1]),
                  low <= high else {
                return nil
            }
            ranges.append(low...high)
        }
        guard !ranges.isEmpty else { return nil }
        return Relation(operandIsZero: !["n", "i"].contains(operand), modulus: modulus, equal: equal, ranges: ranges)
    }
}

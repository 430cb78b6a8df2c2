import Foundation

/// The words and conventions of one language the tool writes in, compiled once from its language file: phrases in an
/// array indexed by `Phrase` (a lookup is an array access), templates split at their placeholders, the plural rule
/// parsed, and the separators as bytes.
package final class LanguagePack: Sendable {
    /// The part of an amount of money, in the order the language writes them.
    enum MoneyPart: String, Sendable {
        case amount, scale, currency
    }

    /// A compiled phrase.
    enum Compiled: Sendable {
        case text(PhraseTemplate)
        /// One template per CLDR category (`PluralRule.categories`), nil for categories the language does not use.
        case plural([PhraseTemplate?])
    }

    /// What the English file says of a phrase, against which every other file is checked: whether it is plural and
    /// the names of its arguments in the order calls pass them.
    struct Shape: Sendable, Equatable {
        let plural: Bool
        let arguments: [String]
    }

    /// The most arguments a phrase takes (besides a plural phrase's count).
    static let maximumArguments = 4

    /// The language's ISO 639-1 code.
    package let code: LanguageCode
    /// Other codes people type for it.
    package let aliases: [String]
    /// Its option for LaTeX's babel package.
    package let babel: String
    let pluralRule: PluralRule
    /// The decimal separator and the thousands separator, as UTF-8.
    let decimalSeparator: [UInt8]
    let groupSeparator: [UInt8]
    let months: [String]
    let dayMonthYear: PhraseTemplate
    let monthYear: PhraseTemplate
    let moneyOrder: [MoneyPart]
    let currencyNames: [String: String]
    let languageNames: [String: String]
    private let phrases: [Compiled]
    /// Each phrase's shape, for checking the other files against this one when it is the English file.
    let shapes: [Shape]

    /// Checks and compiles a language file. `reference` is the English pack, nil when compiling English itself:
    /// then the phrases must be exactly `Phrase`'s keys; otherwise exactly English's, with the same placeholders and,
    /// for a plural phrase, one form per category of this language's plural rule. Throws every problem found.
    init(_ file: LanguageFile, reference: LanguagePack?) throws(LanguageFileError) {
        let name = LanguageFileError.path(file.code)
        var problems: [String] = []
        var rule = PluralRule.fallback
        do { rule = try PluralRule(file.plural) } catch { problems += error.problems }
        if file.dates.months.count != 12 {
            problems.append("dates.months: \(file.dates.months.count) names, not 12")
        }
        for (field, template) in [("dayMonthYear", file.dates.dayMonthYear), ("monthYear", file.dates.monthYear)] {
            let expected = field == "dayMonthYear" ? ["day", "month", "year"] : ["month", "year"]
            if Set(PhraseTemplate.placeholders(in: template) ?? []) != Set(expected) {
                problems.append("dates.\(field): '\(template)' must use exactly the placeholders "
                                + expected.map { "{\($0)}" }.joined(separator: ", "))
            }
        }
        let order = file.money.order.compactMap(MoneyPart.init(rawValue:))
        if order.count != 3 || Set(order).count != 3 || file.money.order.count != 3 {
            problems.append("money.order: \(file.money.order) must name amount, scale and currency once each")
        }
        if file.numbers.decimal.isEmpty || file.numbers.group.isEmpty {
            problems.append("numbers: the decimal and group separators must not be empty")
        }

        let keys = Phrase.allCases.map { String(describing: $0) }
        let known = Set(keys)
        for key in file.phrases.keys.sorted() where !known.contains(key) {
            problems.append("phrases: '\(key)' is not a phrase the tool writes (no such key in en.json and Phrase)")
        }
        var compiled: [Compiled] = []
        var shapes: [Shape] = []
        compiled.reserveCapacity(keys.count)
        for (index, key) in keys.enumerated() {
            guard let value = file.phrases[key] else {
                problems.append("phrases: '\(key)' is missing" + (reference.map { " (English: \"\($0.englishText(index))\")" } ?? ""))
                compiled.append(.text(PhraseTemplate("", arguments: [], plural: false)))
                shapes.append(Shape(plural: false, arguments: []))
                continue
            }
            let forms: [String: String]
            let plural: Bool
            switch value {
            case .text(let text): (forms, plural) = (["other": text], false)
            case .plural(let byCategory): (forms, plural) = (byCategory, true)
            }
            // The arguments: English's, or, for English, its placeholders in order of first appearance.
            var names: [String] = []
            var formProblem = false
            for category in PluralRule.categories.reversed() {
                guard let text = forms[category] else { continue }
                guard let found = PhraseTemplate.placeholders(in: text) else {
                    problems.append("phrases: '\(key)' has an unbalanced brace or an empty {} in \"\(text)\"")
                    formProblem = true
                    continue
                }
                for placeholder in found where !(plural && placeholder == "count") && !names.contains(placeholder) {
                    names.append(placeholder)
                }
            }
            let shape: Shape
            if let reference {
                shape = reference.shapes[index]
                if shape.plural != plural {
                    problems.append("phrases: '\(key)' must be " + (shape.plural
                        ? "plural, an object with a form per category of the plural rule" : "one text, as in English"))
                } else if !formProblem, Set(names) != Set(shape.arguments) {
                    problems.append("phrases: '\(key)' has the placeholders \(names.map { "{\($0)}" }.sorted()) where English has "
                                    + "\(shape.arguments.map { "{\($0)}" }.sorted())")
                }
            } else {
                shape = Shape(plural: plural, arguments: names)
                if names.count > Self.maximumArguments {
                    problems.append("phrases: '\(key)' has more than \(Self.maximumArguments) placeholders")
                }
            }
            if plural {
                let given = Set(forms.keys)
                if given != rule.usedCategories {
                    problems.append("phrases: '\(key)' gives the plural forms \(given.sorted()) where the plural rule needs "
                                    + "\(rule.usedCategories.sorted())")
                }
                compiled.append(.plural(PluralRule.categories.map { category in
                    forms[category].map { PhraseTemplate($0, arguments: shape.arguments, plural: true) }
                }))
            } else {
                compiled.append(.text(PhraseTemplate(forms["other"] ?? "", arguments: shape.arguments, plural: false)))
            }
            shapes.append(shape)
        }
        guard problems.isEmpty else { throw LanguageFileError(file: name, problems: problems) }

        code = file.code
        aliases = file.aliases
        babel = file.babel
        pluralRule = rule
        decimalSeparator = Array(file.numbers.decimal.utf8)
        groupSeparator = Array(file.numbers.group.utf8)
        months = file.dates.months
        dayMonthYear = PhraseTemplate(file.dates.dayMonthYear, arguments: ["day", "month", "year"], plural: false)
        monthYear = PhraseTemplate(file.dates.monthYear, arguments: ["month", "year"], plural: false)
        moneyOrder = order
        currencyNames = file.money.currencyNames
        languageNames = file.languageNames
        phrases = compiled
        self.shapes = shapes
    }

    /// A phrase without placeholders.
    @inline(__always)
    package subscript(_ key: Phrase) -> String {
        format(key)
    }

    /// A phrase with its placeholders filled in by the arguments, in the order the English text names them.
    @inline(__always)
    package func format(_ key: Phrase, _ a0: String = "", _ a1: String = "", _ a2: String = "", _ a3: String = "") -> String {
        switch phrases[key.rawValue] {
        case .text(let template): return template.render(count: 0, a0, a1, a2, a3)
        case .plural(let forms): return Self.form(forms, pluralRule.category(of: 0))?.render(count: 0, a0, a1, a2, a3) ?? ""
        }
    }

    /// A plural phrase in the form `count` takes, `{count}` written as digits and the other placeholders filled in by
    /// the arguments as in `format`.
    @inline(__always)
    package func plural(_ key: Phrase, count: Int, _ a0: String = "", _ a1: String = "", _ a2: String = "",
                        _ a3: String = "") -> String {
        switch phrases[key.rawValue] {
        case .text(let template): return template.render(count: count, a0, a1, a2, a3)
        case .plural(let forms):
            return Self.form(forms, pluralRule.category(of: count))?.render(count: count, a0, a1, a2, a3) ?? ""
        }
    }

    /// The form of a category, else `other`'s.
    private static func form(_ forms: [PhraseTemplate?], _ category: Int) -> PhraseTemplate? {
        forms[category] ?? forms[forms.count - 1]
    }

    /// A phrase's English text as the file gives it (its `other` form), for a message about a missing translation.
    private func englishText(_ index: Int) -> String {
        let template: PhraseTemplate?
        switch phrases[index] {
        case .text(let text): template = text
        case .plural(let forms): template = forms.last ?? nil
        }
        guard let template else { return "" }
        return template.pieces.map { piece in
            switch piece {
            case .text(let text): text
            case .argument(let position): "{" + (shapes[index].arguments.indices.contains(position) ? shapes[index].arguments[position] : "?") + "}"
            case .count: "{count}"
            }
        }.joined()
    }
}

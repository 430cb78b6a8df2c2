import Foundation

/// The words and conventions of one language the tool writes in, compiled once from its language file: phrases in an
/// array indexed by `Phrase` (a lookup is an array access), templates split at their placeholders, the plural rule
/// parsed, and the separators as bytes.
package final class LanguagePack: Sendable {
    /// The part of an amount of money, in the order the language writes them.
    enum MoneyPart: String, Sendable {
        case amount, scale, currency
    }

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
    private let phrases: [PhraseCompiler.Compiled]
    /// Each phrase's shape, for checking the other files against this one when it is the English file.
    let shapes: [PhraseCompiler.Shape]

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

        let phrases = PhraseCompiler(rule: rule, reference: reference?.shapes).compile(file.phrases)
        problems += phrases.problems
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
        self.phrases = phrases.compiled
        shapes = phrases.shapes
    }

    /// A phrase without placeholders.
    @inline(__always)
    package subscript(_ key: Phrase) -> String {
        format(key)
    }

    /// A phrase with its placeholders filled in by the arguments, in the order the English text names them.
    @inline(__always)
    package func format(_ key: Phrase, _ a0: String = "", _ a1: String = "", _ a2: String = "",
                        _ a3: String = "") -> String {
        switch phrases[key.rawValue] {
        case .text(let template): return template.render(count: 0, a0, a1, a2, a3)
        case .plural(let forms):
            return Self.form(forms, pluralRule.category(of: 0))?.render(count: 0, a0, a1, a2, a3) ?? ""
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
}

import Foundation

/// One language file as written (`Sources/LanguageFiles/Languages/<code>.json`), before `LanguagePack` checks and
/// compiles it: the language's code and the other codes people type for it, its plural rule, how it writes numbers,
/// dates and money, the names it gives languages, and its phrases by key.
struct LanguageFile: Decodable {
    /// How the language writes numbers.
    struct Numbers: Decodable {
        /// The decimal separator: "." or ",".
        let decimal: String
        /// What groups thousands: a no-break space (U+00A0) or ".".
        let group: String
    }

    /// How the language writes dates.
    struct Dates: Decodable {
        /// The twelve months' names as written in running text.
        let months: [String]
        /// A full date, with the placeholders `{day}`, `{month}` and `{year}`: "{day}.\u00a0{month}\u00a0{year}".
        let dayMonthYear: String
        /// A month of a year, with `{month}` and `{year}`.
        let monthYear: String
    }

    /// How the language writes an amount of money.
    struct Money: Decodable {
        /// The order of the parts, joined by no-break spaces: `amount`, `scale` (the scale's word) and `currency`.
        let order: [String]
        /// What the language calls a currency, by ISO 4217 code; a currency not named here is written as its code.
        let currencyNames: [String: String]
    }

    /// A phrase: one text, or one text per plural category (CLDR's `zero`, `one`, `two`, `few`, `many`, `other`).
    enum Value: Decodable {
        case text(String)
        case plural([String: String])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self = .text(text)
            } else {
                self = .plural(try container.decode([String: String].self))
            }
        }
    }

    /// The ISO 639-1 code, the file's name.
    let code: String
    /// Other codes people type for the language (`no` and `nn` for `nb`, three-letter codes).
    let aliases: [String]
    /// The language's option for LaTeX's babel package.
    let babel: String
    /// The plural rule: for each category but `other`, the CLDR condition on the count (`n = 1`).
    let plural: [String: String]
    /// Numbers.
    let numbers: Numbers
    /// Dates.
    let dates: Dates
    /// Money.
    let money: Money
    /// The names of languages in this language, by code, for the legend of text shown in another language.
    let languageNames: [String: String]
    /// The phrases, by the key `Phrase` names.
    let phrases: [String: Value]
}

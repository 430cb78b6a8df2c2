import Foundation

/// Turns model values into text in the reader's language: dates, periods, money, organisations.
package struct ValueFormatter: Sendable {
    /// The words of the reader's language.
    package let vocabulary: Vocabulary

    /// Creates a formatter for a language.
    package init(language: LanguageCode) {
        vocabulary = Vocabulary(language)
    }

    private var language: LanguageCode { vocabulary.language }

    /// A partial date as a reader of the language writes it: "16 March 2021", "16. mars 2021", "16. marts 2021";
    /// "March 2021"; "2021". Non-breaking spaces keep a date on one line.
    package func date(_ date: PartialDate) -> String {
        guard let month = date.month else { return String(date.year) }
        let monthYear = vocabulary.month(month) + "\u{00A0}" + String(date.year)
        guard let day = date.day else { return monthYear }
        return language == "en" ? "\(day)\u{00A0}" + monthYear : "\(day).\u{00A0}" + monthYear
    }

    /// A period such as `2021-03 – 2021-10` or `2024 – open`.
    package func period(_ period: Period) -> String {
        let start = period.start.map(date) ?? vocabulary.startNotStated
        let end: String
        switch period.end {
        case .date(let value): end = date(value)
        case .open: end = vocabulary.openEnded
        case .unstated: end = vocabulary.endNotStated
        }
        return "\(start) – \(end)"
    }

    /// An organisation: its name, its English name in brackets for English readers, and its category. An English
    /// name that already starts with the name ("KS (Norwegian Association of …)" for "KS") is shown alone, so that
    /// no name is written twice.
    func organisation(_ organisation: Organisation) -> String {
        var text = organisation.name
        if language == "en", let english = organisation.englishName, english != organisation.name {
            text = english.hasPrefix(organisation.name) ? english : text + " (\(english))"
        }
        if let category = organisation.category {
            text += ", " + vocabulary.category(category)
        }
        return text
    }

    /// A decimal number with digit grouping by non-breaking spaces (a dot groups thousands in Danish) and the
    /// language's decimal separator. Exact: no binary floating point is involved.
    package func number(_ value: Decimal) -> String {
        let groupsWithDots = language == "da"
        let decimalSeparator = language == "en" ? UInt8(ascii: ".") : UInt8(ascii: ",")
        return DecimalText.withPlainText(value) { plain in
            let negative = plain.first == UInt8(ascii: "-")
            let start = negative ? 1 : 0
            let dot = plain[start...].firstIndex(of: UInt8(ascii: ".")) ?? plain.endIndex
            let integerCount = dot - start
            let capacity = plain.count + (integerCount / 3) * 2 + 1
            return String(unsafeUninitializedCapacity: capacity) { text in
                var count = 0
                func put(_ byte: UInt8) {
                    text[count] = byte
                    count += 1
                }
                if negative { put(UInt8(ascii: "-")) }
                for offset in 0..<integerCount {
                    if offset > 0, (integerCount - offset) % 3 == 0 {
                        if groupsWithDots {
                            put(UInt8(ascii: "."))
                        } else {
                            put(0xC2)  // U+00A0, a non-breaking space, in UTF-8
                            put(0xA0)
                        }
                    }
                    put(plain[start + offset])
                }
                if dot + 1 < plain.count {
                    put(decimalSeparator)
                    for index in (dot + 1)..<plain.count { put(plain[index]) }
                }
                return count
            }
        }
    }

    /// Money in the language's convention: `EUR 7 588 million`, `7 588 mill. euro`, `7.588 mio. euro`.
    package func money(_ amount: String, scale: AmountScale, currency: String?) -> String {
        let unit = scaleWord(scale)
        var text = ""
        switch language {
        case "nb", "da":
            Self.append(amount, to: &text)
            Self.append(unit, to: &text)
            Self.append(currency.map(currencyName) ?? "", to: &text)
        default:
            Self.append(currency ?? "", to: &text)
            Self.append(amount, to: &text)
            Self.append(unit, to: &text)
        }
        return text
    }

    /// Appends a part of a money phrase, after a non-breaking space when something comes before it; empty parts
    /// are left out.
    private static func append(_ part: String, to text: inout String) {
        guard !part.isEmpty else { return }
        if !text.isEmpty { text += "\u{00A0}" }
        text += part
    }

    /// A budget: its amount, range or order of magnitude, with the price basis.
    func budget(_ budget: Budget) -> String {
        var text: String
        switch budget.amount {
        case .exact(let amount):
            text = money(number(amount), scale: budget.scale, currency: budget.currency)
        case .range(let low, let high):
            text = money("\(number(low))–\(number(high))", scale: budget.scale, currency: budget.currency)
        case .magnitude(let scale):
            text = magnitudePhrase(scale, currency: budget.currency) + " (" + vocabulary.amountNotStated + ")"
        }
        if let basis = budget.basis { text += ", " + vocabulary.priceBasis(basis) }
        if let purpose = budget.purpose { text += ": " + purpose.resolved(in: language) }
        return text
    }

    /// An amount of a budget line in the budget's scale and currency, with the budget's price basis when it is
    /// recorded: a line is a figure of its own, and a reader comparing lines of two budgets must see that one is in
    /// current prices and the other in 2018 prices.
    func budgetLine(_ amount: Decimal, of budget: Budget) -> String {
        let text = money(number(amount), scale: budget.scale, currency: budget.currency)
        guard let basis = budget.basis else { return text }
        return text + ", " + vocabulary.priceBasis(basis)
    }

    /// "a billion-scale sum in DKK", "et milliardbeløp i DKK", "et milliardbeløb i DKK".
    private func magnitudePhrase(_ scale: AmountScale, currency: String?) -> String {
        let inCurrency = currency.map { language == "en" ? " in \($0)" : " i \($0)" } ?? ""
        switch (language, scale) {
        case ("nb", .billion): return "et milliardbeløp" + inCurrency
        case ("nb", .million): return "et millionbeløp" + inCurrency
        case ("nb", .thousand): return "et tusenbeløp" + inCurrency
        case ("nb", _): return "et beløp" + inCurrency
        case ("da", .billion): return "et milliardbeløb" + inCurrency
        case ("da", .million): return "et millionbeløb" + inCurrency
        case ("da", .thousand): return "et tusindbeløb" + inCurrency
        case ("da", _): return "et beløb" + inCurrency
        case (_, .billion): return "a billion-scale sum" + inCurrency
        case (_, .million): return "a million-scale sum" + inCurrency
        case (_, .thousand): return "a thousand-scale sum" + inCurrency
        default: return "a sum" + inCurrency
        }
    }

    private func scaleWord(_ scale: AmountScale) -> String {
        switch (scale, language) {
        case (.one, _): return ""
        case (.thousand, "nb"): return "tusen"
        case (.thousand, "da"): return "tusind"
        case (.thousand, _): return "thousand"
        case (.million, "nb"): return "mill."
        case (.million, "da"): return "mio."
        case (.million, _): return "million"
        case (.billion, "nb"): return "mrd."
        case (.billion, "da"): return "mia."
        case (.billion, _): return "billion"
        }
    }

    /// The currency as readers of the language name it; a krone of another country keeps its country.
    private func currencyName(_ code: String) -> String {
        switch (code, language) {
        case ("EUR", _): return "euro"
        case ("NOK", "nb"): return "kroner"
        case ("NOK", _): return "norske kr."
        case ("DKK", "da"): return "kr."
        case ("DKK", _): return "danske kroner"
        case ("SEK", "da"): return "svenske kr."
        case ("SEK", _): return "svenske kroner"
        case ("ISK", "da"): return "islandske kr."
        case ("ISK", _): return "islandske kroner"
        default: return code
        }
    }
}

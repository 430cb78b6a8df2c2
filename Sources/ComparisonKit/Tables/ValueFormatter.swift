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
    private var words: LanguagePack { vocabulary.words }

    /// A partial date as a reader of the language writes it (its file's `dates`): "16 March 2021", "16. mars 2021",
    /// "16. marts 2021"; "March 2021"; "2021". The files join the parts with non-breaking spaces, which keep a date
    /// on one line.
    package func date(_ date: PartialDate) -> String {
        guard let month = date.month else { return String(date.year) }
        guard let day = date.day else {
            return words.monthYear.render(count: 0, vocabulary.month(month), String(date.year), "", "")
        }
        return words.dayMonthYear.render(count: 0, String(day), vocabulary.month(month), String(date.year), "")
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
    /// name that already starts with the name ("KS (Norwegian Association …)") stands alone, never "KS (KS (…))".
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

    /// A decimal number with the language's digit grouping (its file's `numbers.group`: a non-breaking space, a dot
    /// in Danish) and decimal separator. Exact: no binary floating point is involved.
    package func number(_ value: Decimal) -> String {
        let group = words.groupSeparator
        let decimalSeparator = words.decimalSeparator
        return DecimalText.withPlainText(value) { plain in
            let negative = plain.first == UInt8(ascii: "-")
            let start = negative ? 1 : 0
            let dot = plain[start...].firstIndex(of: UInt8(ascii: ".")) ?? plain.endIndex
            let integerCount = dot - start
            let capacity = plain.count + (integerCount / 3) * group.count + decimalSeparator.count
            return String(unsafeUninitializedCapacity: capacity) { text in
                var count = 0
                func put(_ byte: UInt8) {
                    text[count] = byte
                    count += 1
                }
                if negative { put(UInt8(ascii: "-")) }
                for offset in 0..<integerCount {
                    if offset > 0, (integerCount - offset) % 3 == 0 {
                        for byte in group { put(byte) }
                    }
                    put(plain[start + offset])
                }
                if dot + 1 < plain.count {
                    for byte in decimalSeparator { put(byte) }
                    for index in (dot + 1)..<plain.count { put(plain[index]) }
                }
                return count
            }
        }
    }

    /// Money in the language's convention (its file's `money`): `EUR 7 588 million`, `7 588 mill. euro`,
    /// `7.588 mio. euro`.
    package func money(_ amount: String, scale: AmountScale, currency: String?) -> String {
        var text = ""
        for part in words.moneyOrder {
            switch part {
            case .amount: Self.append(amount, to: &text)
            case .scale: Self.append(scaleWord(scale), to: &text)
            case .currency: Self.append(currency.map(currencyName) ?? "", to: &text)
            }
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
    /// A budget's purpose is plugin text, shown by the fallback rule (reader's language, `original`, English) and
    /// marked when it is not in the reader's language.
    func budget(_ budget: Budget, original: LanguageCode = "en") -> String {
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
        if let purpose = budget.purpose {
            text += ": " + vocabulary.marked(purpose.resolved(in: language, original: original))
        }
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
        let sum = switch scale {
        case .billion: words[.magnitudeBillion]
        case .million: words[.magnitudeMillion]
        case .thousand: words[.magnitudeThousand]
        case .one: words[.magnitudeSum]
        }
        return currency.map { words.format(.sumInCurrency, sum, $0) } ?? sum
    }

    private func scaleWord(_ scale: AmountScale) -> String {
        switch scale {
        case .one: ""
        case .thousand: words[.scaleThousand]
        case .million: words[.scaleMillion]
        case .billion: words[.scaleBillion]
        }
    }

    /// The currency as readers of the language name it (its file's `money.currencyNames`; a krone of another country
    /// keeps its country), else its code.
    private func currencyName(_ code: String) -> String {
        words.currencyNames[code] ?? code
    }
}

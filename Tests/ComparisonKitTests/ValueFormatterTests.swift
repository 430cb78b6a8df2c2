import Foundation
import Testing
@testable import ComparisonKit

@Suite("ValueFormatter")
struct ValueFormatterTests {
    let en = ValueFormatter(language: "en")
    let nb = ValueFormatter(language: "nb")
    let da = ValueFormatter(language: "da")

    func d(_ text: String) -> Decimal { TestCorpus.decimal(text) }

    // MARK: Money

    @Test func moneyFollowsEachLanguagesConvention() {
        let budget = Budget(amount: .exact(7588), currency: "EUR", scale: .million)
        #expect(en.budget(budget) == "EUR\u{00A0}7\u{00A0}588\u{00A0}million")
        #expect(nb.budget(budget) == "7\u{00A0}588\u{00A0}mill.\u{00A0}euro")
        #expect(da.budget(budget) == "7.588\u{00A0}mio.\u{00A0}euro")
    }

    @Test func billionsAndThousands() {
        let billions = Budget(amount: .exact(d("9.2")), currency: "EUR", scale: .billion)
        #expect(en.budget(billions) == "EUR\u{00A0}9.2\u{00A0}billion")
        #expect(nb.budget(billions) == "9,2\u{00A0}mrd.\u{00A0}euro")
        #expect(da.budget(billions) == "9,2\u{00A0}mia.\u{00A0}euro")
        let thousands = Budget(amount: .exact(500), currency: "EUR", scale: .thousand)
        #expect(en.budget(thousands) == "EUR\u{00A0}500\u{00A0}thousand")
        #expect(nb.budget(thousands) == "500\u{00A0}tusen\u{00A0}euro")
        #expect(da.budget(thousands) == "500\u{00A0}tusind\u{00A0}euro")
    }

    @Test func kronerInNorwegianAndDanish() {
        #expect(nb.budget(Budget(amount: .exact(100), currency: "NOK", scale: .million)) == "100\u{00A0}mill.\u{00A0}kroner")
        #expect(da.budget(Budget(amount: .exact(100), currency: "DKK", scale: .million)) == "100\u{00A0}mio.\u{00A0}kr.")
        #expect(en.budget(Budget(amount: .exact(100), currency: "DKK", scale: .million)) == "DKK\u{00A0}100\u{00A0}million")
    }

    @Test func otherCurrenciesKeepTheirCode() {
        #expect(nb.budget(Budget(amount: .exact(3), currency: "USD", scale: .billion)) == "3\u{00A0}mrd.\u{00A0}USD")
    }

    @Test func noCurrencyAndNoScale() {
        #expect(en.budget(Budget(amount: .exact(1500), currency: nil)) == "1\u{00A0}500")
        #expect(da.budget(Budget(amount: .exact(1500), currency: nil)) == "1.500")
        #expect(nb.budget(Budget(amount: .exact(1500), currency: "EUR")) == "1\u{00A0}500\u{00A0}euro")
    }

    @Test func rangesAndPriceBasis() {
        let range = Budget(amount: .range(min: 10, max: 1200), currency: "EUR", scale: .million, basis: .current)
        #expect(en.budget(range) == "EUR\u{00A0}10–1\u{00A0}200\u{00A0}million, current prices")
        #expect(nb.budget(range) == "10–1\u{00A0}200\u{00A0}mill.\u{00A0}euro, løpende priser")
        #expect(da.budget(range) == "10–1.200\u{00A0}mio.\u{00A0}euro, løbende priser")
    }

    @Test func magnitudePhrases() {
        let billion = Budget(amount: .magnitude(.billion), currency: "DKK")
        #expect(en.budget(billion) == "a billion-scale sum in DKK (amount not stated)")
        #expect(nb.budget(billion) == "et milliardbeløp i DKK (beløp ikke oppgitt)")
        #expect(da.budget(billion) == "et milliardbeløb i DKK (beløb ikke oplyst)")
        let million = Budget(amount: .magnitude(.million), currency: nil)
        #expect(en.budget(million) == "a million-scale sum (amount not stated)")
        #expect(nb.budget(million) == "et millionbeløp (beløp ikke oppgitt)")
        #expect(da.budget(million) == "et millionbeløb (beløb ikke oplyst)")
        let thousand = Budget(amount: .magnitude(.thousand), currency: "NOK")
        #expect(en.budget(thousand) == "a thousand-scale sum in NOK (amount not stated)")
        #expect(nb.budget(thousand) == "et tusenbeløp i NOK (beløp ikke oppgitt)")
        #expect(da.budget(thousand) == "et tusindbeløb i NOK (beløb ikke oplyst)")
    }

    @Test func budgetLinesUseTheBudgetsCurrencyAndScale() {
        let budget = Budget(amount: .exact(7588), currency: "EUR", scale: .million)
        #expect(en.budgetLine(d("2226.914"), of: budget) == "EUR\u{00A0}2\u{00A0}226.914\u{00A0}million")
        #expect(da.budgetLine(d("2226.914"), of: budget) == "2.226,914\u{00A0}mio.\u{00A0}euro")
    }

    // MARK: Numbers

    @Test func decimalsKeepEveryDigitWithTheLanguagesSeparator() {
        #expect(en.number(d("2226.914")) == "2\u{00A0}226.914")
        #expect(nb.number(d("2226.914")) == "2\u{00A0}226,914")
        #expect(da.number(d("2226.914")) == "2.226,914")
        #expect(en.number(d("0.5")) == "0.5")
        #expect(nb.number(d("0.5")) == "0,5")
    }

    @Test func groupsEveryThreeDigits() {
        #expect(en.number(1000) == "1\u{00A0}000")
        #expect(en.number(7588) == "7\u{00A0}588")
        #expect(en.number(1_234_567) == "1\u{00A0}234\u{00A0}567")
        #expect(da.number(1_234_567) == "1.234.567")
        #expect(nb.number(d("1234567.891")) == "1\u{00A0}234\u{00A0}567,891")
    }

    @Test func threeDigitsAndLessAreNotGrouped() {
        #expect(en.number(588) == "588")
        #expect(da.number(999) == "999")
        #expect(en.number(7) == "7")
        #expect(en.number(0) == "0")
    }

    @Test func negativeNumbersGroupAfterTheSign() {
        #expect(en.number(-588) == "-588")
        #expect(en.number(d("-1234567.5")) == "-1\u{00A0}234\u{00A0}567.5")
        #expect(nb.number(-1000) == "-1\u{00A0}000")
        #expect(da.number(d("-1000.014")) == "-1.000,014")
    }

    @Test("Numbers of every size read as their exact decimal text, grouped", arguments: ["en", "nb", "da"])
    func numbersMatchTheirDecimalTextGrouped(_ language: LanguageCode) throws {
        let formatter = ValueFormatter(language: language)
        var state: UInt64 = 7
        var texts = ["0", "-0", "1e20", "1e45", "-5E-3", "0.000000000000000000001", "12345678901234567890.5",
                     "999999999999999999", "1000000000000000000", "-99999999999999999999999"]
        for _ in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var text = String(state >> (state % 50))
            let point = Int(state % 9)
            if point > 0, point < text.count {
                text.insert(".", at: text.index(text.startIndex, offsetBy: text.count - point))
            }
            texts.append(state % 4 == 0 ? "-" + text : text)
        }
        for text in texts {
            let value = try #require(Decimal(string: text))
            let expected = Self.grouped(value.description, language: language)
            guard formatter.number(value) == expected else {
                Issue.record("\(text): \(formatter.number(value)) instead of \(expected)")
                return
            }
        }
    }

    /// The plain text grouped the slow, obvious way: what `number` must give.
    static func grouped(_ plain: String, language: LanguageCode) -> String {
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        var integer = ""
        for (offset, digit) in parts[0].enumerated() {
            if offset > 0, (parts[0].count - offset) % 3 == 0 { integer += language == "da" ? "." : "\u{00A0}" }
            integer.append(digit)
        }
        let fraction = parts.count > 1 ? (language == "en" ? "." : ",") + parts[1] : ""
        return (negative ? "-" : "") + integer + fraction
    }

    // MARK: Dates, periods, organisations

    @Test func datesReadAsTheLanguageWritesThem() {
        #expect(en.date(TestCorpus.date("2021")) == "2021")
        #expect(en.date(TestCorpus.date("2021-03")) == "March\u{00A0}2021")
        #expect(en.date(TestCorpus.date("2021-04-29")) == "29\u{00A0}April\u{00A0}2021")
        #expect(nb.date(TestCorpus.date("2021-03-16")) == "16.\u{00A0}mars\u{00A0}2021")
        #expect(da.date(TestCorpus.date("2021-04-29")) == "29.\u{00A0}april\u{00A0}2021")
        #expect(da.date(TestCorpus.date("2021-03")) == "marts\u{00A0}2021")
    }

    @Test func periodsWithDatedOpenAndUnstatedEnds() {
        let dated = Period(start: TestCorpus.date("2021-03"), end: .date(TestCorpus.date("2021-10")))
        #expect(en.period(dated) == "March\u{00A0}2021 – October\u{00A0}2021")
        let open = Period(start: TestCorpus.date("2024"), end: .open)
        #expect(en.period(open) == "2024 – open")
        #expect(nb.period(open) == "2024 – åpen")
        #expect(da.period(open) == "2024 – åben")
        let unstated = Period(start: nil, end: .unstated)
        #expect(en.period(unstated) == "start not stated – end not stated")
        #expect(nb.period(unstated) == "start ikke oppgitt – slutt ikke oppgitt")
        #expect(da.period(unstated) == "start ikke oplyst – slut ikke oplyst")
    }

    @Test func organisationsShowTheEnglishNameOnlyToEnglishReaders() {
        let ministry = Organisation(name: "Finansministeriet", englishName: "Ministry of Finance", category: .ministry)
        #expect(en.organisation(ministry) == "Finansministeriet (Ministry of Finance), ministry")
        #expect(da.organisation(ministry) == "Finansministeriet, ministerium")
        #expect(nb.organisation(ministry) == "Finansministeriet, departement")
        let commission = Organisation(name: "European Commission", englishName: "European Commission")
        #expect(en.organisation(commission) == "European Commission")
        // An English name that starts with the name already says it: "KS (KS (…))" was written before.
        let ks = Organisation(name: "KS", englishName: "KS (Norwegian Association of Local and Regional Authorities)")
        #expect(en.organisation(ks) == "KS (Norwegian Association of Local and Regional Authorities)")
        #expect(nb.organisation(ks) == "KS")
        let person = Organisation(name: "Eksempel Eksempelsen", englishName: "Eksempel Eksempelsen, chief executive")
        #expect(en.organisation(person) == "Eksempel Eksempelsen, chief executive")
    }

    @Test func anEnglishNameThatStartsWithTheNameIsNotDoubled() {
        let ks = Organisation(name: "KS", englishName: "KS (Norwegian Association of Local and Regional Authorities)",
                              category: .municipalSector)
        #expect(en.organisation(ks) == "KS (Norwegian Association of Local and Regional Authorities), municipal sector")
        #expect(nb.organisation(ks) == "KS, kommunesektor")
    }

    @Test func unsupportedLanguagesFallBackToEnglish() {
        let fi = ValueFormatter(language: "fi")
        #expect(fi.vocabulary.language == "en")
        #expect(fi.budget(Budget(amount: .exact(7588), currency: "EUR", scale: .million))
                    == "EUR\u{00A0}7\u{00A0}588\u{00A0}million")
    }

    // MARK: Conventions the formatter gets wrong

    @Test
    func kronerOfDifferentCountriesStayDistinct() {
        let sek = Budget(amount: .exact(100), currency: "SEK", scale: .million)
        let dkk = Budget(amount: .exact(100), currency: "DKK", scale: .million)
        let nok = Budget(amount: .exact(100), currency: "NOK", scale: .million)
        #expect(da.budget(sek) != da.budget(dkk))
        #expect(nb.budget(sek) != nb.budget(nok))
        #expect(nb.budget(dkk) != nb.budget(nok))
    }

    @Test
    func magnitudeOfOnesIsNotCalledThousands() {
        #expect(!en.budget(Budget(amount: .magnitude(.one), currency: "EUR")).contains("thousand"))
    }
}

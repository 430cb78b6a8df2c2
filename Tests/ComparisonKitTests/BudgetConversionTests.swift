import Foundation
import Testing
@testable import ComparisonKit

/// Converting budgets with cited rates: exact decimals, cross rates through the euro, per-year figures, and gaps that
/// name what is missing instead of guessing.
@Suite("BudgetConversion: exact, cited, never guessed")
struct BudgetConversionTests {
    static let rateFile = "config/exchange-rates.yaml"

    /// A rate of `quote` per one `base`, citing the year-end source of its year.
    static func rate(_ quote: String, _ text: String, year: Int, base: String = "EUR", line: Int = 20) -> ExchangeRate {
        ExchangeRate(base: base, quote: quote, rate: TestCorpus.decimal(text), year: year,
                     fixed: TestCorpus.date("\(year)-12-31"),
                     citation: Citation(pluginID: ExchangeRates.citationNamespace, sourceID: "ecb-\(year)",
                                        locator: "reference rates of 31 December \(year)",
                                        location: SourceLocation(file: rateFile, line: line, column: 80)),
                     location: SourceLocation(file: rateFile, line: line, column: 5))
    }

    /// The ECB's year-end rates of 2021 and 2024 for NOK and DKK, as the shipped file gives them.
    static let rates = ExchangeRates(
        rates: [rate("NOK", "9.9888", year: 2021), rate("DKK", "7.4364", year: 2021),
                rate("NOK", "11.795", year: 2024), rate("DKK", "7.4578", year: 2024)],
        sources: [2021, 2024].map { year in
            Source(id: "ecb-\(year)", title: "Euro foreign exchange reference rates", publisher: "European Central Bank",
                   published: TestCorpus.date("\(year)-12-31"), language: "en",
                   location: SourceLocation(file: rateFile, line: 5, column: 3))
        })

    static func budget(_ amount: BudgetAmount, _ currency: String?, scale: AmountScale = .million,
                       basis: PriceBasis? = .current) -> Budget {
        Budget(amount: amount, currency: currency, scale: scale, basis: basis)
    }

    static func convert(_ budget: Budget, year: Int?, to currency: String, perYear: Bool = false,
                        period: Period? = nil) -> Result<ConvertedAmount, ConversionGap> {
        BudgetConversion.convert(budget, year: year, to: BudgetBasis(currency: currency, perYear: perYear),
                                 period: period, rates: rates)
    }

    static func value(_ result: Result<ConvertedAmount, ConversionGap>) -> ConvertedAmount.Value? {
        guard case .success(let converted) = result else { return nil }
        return converted.value
    }

    @Test func anEuroAmountIsMultipliedByTheRateOfItsYearExactly() throws {
        let result = Self.convert(Self.budget(.exact(7588), "EUR"), year: 2021, to: "NOK")
        let converted = try result.get()
        #expect(converted.value == .exact(TestCorpus.decimal("75795.0144")))
        #expect(converted.rates.map(\.rate) == [TestCorpus.decimal("9.9888")])
        #expect(converted.year == 2021)
        #expect(converted.scale == .million)
        #expect(converted.original.basis == .current, "the price basis is carried, never changed")
    }

    @Test func anAmountInTheRatesCurrencyIsDividedByIt() throws {
        let converted = try Self.convert(Self.budget(.exact(TestCorpus.decimal("117.95")), "NOK"), year: 2024, to: "EUR").get()
        #expect(converted.value == .exact(10))
    }

    @Test func aCrossRateGoesThroughTheEuro() throws {
        // 11 795 NOK is 1 000 EUR at 11.795, which is 7 457.8 DKK at 7.4578.
        let converted = try Self.convert(Self.budget(.exact(11_795), "NOK", scale: .one), year: 2024, to: "DKK").get()
        #expect(converted.value == .exact(TestCorpus.decimal("7457.8")))
        #expect(converted.rates.map(\.quote) == ["NOK", "DKK"])
    }

    @Test func theSameCurrencyNeedsNoRate() throws {
        let converted = try Self.convert(Self.budget(.exact(9), "DKK"), year: 1990, to: "DKK").get()
        #expect(converted.value == .exact(9))
        #expect(converted.rates.isEmpty)
    }

    @Test func aMissingRateIsNamedNeverGuessed() {
        #expect(Self.convert(Self.budget(.exact(5), "EUR"), year: 2019, to: "NOK")
                    == .failure(.missingRates([MissingRate(base: "EUR", quote: "NOK", year: 2019)])))
        #expect(Self.convert(Self.budget(.exact(5), "SEK"), year: 2021, to: "ISK")
                    == .failure(.missingRates([MissingRate(base: "EUR", quote: "SEK", year: 2021),
                                               MissingRate(base: "EUR", quote: "ISK", year: 2021)])))
        #expect(MissingRate(base: "EUR", quote: "SEK", year: 2017).description == "SEK per EUR for 2017")
    }

    @Test func aRangeConvertsBothEnds() {
        let result = Self.convert(Self.budget(.range(min: 10, max: 20), "EUR"), year: 2024, to: "NOK")
        #expect(Self.value(result) == .range(min: TestCorpus.decimal("117.95"), max: TestCorpus.decimal("235.9")))
    }

    @Test func anOrderOfMagnitudeIsNeverANumber() {
        #expect(Self.convert(Self.budget(.magnitude(.billion), "DKK"), year: 2021, to: "EUR")
                    == .failure(.magnitudeOnly(.billion)))
    }

    @Test func withoutCurrencyOrYearThereIsNothingToConvertWith() {
        #expect(Self.convert(Self.budget(.exact(1), nil), year: 2021, to: "EUR") == .failure(.currencyNotStated))
        #expect(Self.convert(Self.budget(.exact(1), "NOK"), year: nil, to: "EUR") == .failure(.yearNotKnown))
    }

    @Test func perYearDividesByTheYearsOfThePeriodInclusive() throws {
        let period = Period(start: TestCorpus.date("2021-01"), end: .date(TestCorpus.date("2027-12-31")))
        let converted = try Self.convert(Self.budget(.exact(7000), "EUR"), year: 2021, to: "EUR", perYear: true,
                                         period: period).get()
        #expect(converted.perYearOver == 7)
        #expect(converted.value == .exact(1000))
        // Converted and divided with one division at the end: 7 588 × 9.9888 ÷ 7.
        let nok = try Self.convert(Self.budget(.exact(7588), "EUR"), year: 2021, to: "NOK", perYear: true,
                                   period: period).get()
        #expect(nok.value == .exact(TestCorpus.decimal("75795.0144") / 7))
    }

    @Test("Per year is refused, not assumed, when the period gives no length", arguments: [
        (nil, PerYearProblem.periodNotKnown),
        (Period(start: nil, end: .date(TestCorpus.date("2025"))), .startNotStated),
        (Period(start: TestCorpus.date("2024"), end: .open), .openEnded),
        (Period(start: TestCorpus.date("2024"), end: .unstated), .endNotStated),
        (Period(start: TestCorpus.date("2024"), end: .date(TestCorpus.date("2020"))), .endsBeforeItStarts),
    ])
    func perYearNeedsAWholePeriod(_ period: Period?, _ problem: PerYearProblem) {
        #expect(Self.convert(Self.budget(.exact(1), "EUR"), year: 2024, to: "NOK", perYear: true, period: period)
                    == .failure(.perYearNotPossible(problem)))
    }

    @Test func displayRoundsHalvesAwayFromZeroToTwoPlaces() {
        #expect(BudgetConversion.displayed(TestCorpus.decimal("643.325")) == TestCorpus.decimal("643.33"))
        #expect(BudgetConversion.displayed(TestCorpus.decimal("2123.1")) == TestCorpus.decimal("2123.1"))
        #expect(BudgetConversion.displayed(TestCorpus.decimal("0.004")) == 0)
    }

    @Test func theYearIsTheClaimsAsOfElseItsSourcesPublication() {
        let corpus = TestCorpus.corpus([TestCorpus.Part(
            descriptor: TestCorpus.descriptor("eu", jurisdiction: "EU"),
            sources: [TestCorpus.source("reg", plugin: "eu", published: "2021-04-29")], initiatives: [])])
        let dated: Claim<Budget> = TestCorpus.known(Self.budget(.exact(1), "EUR"), TestCorpus.cite("reg", plugin: "eu"),
                                                    asOf: "2023-09-13")
        let undated: Claim<Budget> = TestCorpus.known(Self.budget(.exact(1), "EUR"), TestCorpus.cite("reg", plugin: "eu"))
        let unsourced: Claim<Budget> = TestCorpus.known(Self.budget(.exact(1), "EUR"), TestCorpus.cite("x", plugin: "eu"))
        #expect(BudgetConversion.year(of: dated, in: corpus) == 2023)
        #expect(BudgetConversion.year(of: undated, in: corpus) == 2021)
        #expect(BudgetConversion.year(of: unsourced, in: corpus) == nil)
    }

    @Test func aConvertedBudgetCellCitesItsRateAndKeepsTheAmountAsWritten() throws {
        var initiative = TestCorpus.initiative("eu-x", plugin: "eu", jurisdiction: "EU", source: "reg")
        initiative.budget = Fact([
            TestCorpus.known(Self.budget(.exact(7588), "EUR"), TestCorpus.cite("reg", plugin: "eu"), asOf: "2021-04-29"),
            TestCorpus.known(Self.budget(.exact(5), "EUR", basis: .constant(year: 2018)),
                             TestCorpus.cite("reg", plugin: "eu"), asOf: "2019-01-01"),
        ])
        let corpus = TestCorpus.corpus([TestCorpus.Part(
            descriptor: TestCorpus.descriptor("eu", jurisdiction: "EU"),
            sources: [TestCorpus.source("reg", plugin: "eu", published: "2021-04-29")], initiatives: [initiative])])
        let base = TestCorpus.codebook()
        let codebook = Codebook(dimensions: base.dimensions, themes: base.themes, jurisdictions: base.jurisdictions,
                                exchangeRates: Self.rates)
        var view = TestCorpus.view("budgets", rows: ["budget"], history: .all)
        view.budgetBasis = BudgetBasis(currency: "NOK")
        let table = TableBuilder(corpus: corpus, codebook: codebook, language: "en").table(for: view)
        let entries = try #require(table.rows.first?.cells.first?.entries)
        #expect(entries.count == 2)
        #expect(entries[0].text.contains("EUR\u{00A0}5\u{00A0}million"))
        #expect(entries[0].text.contains("constant 2018 prices"), "each amount keeps its own basis")
        #expect(entries[0].text.contains("not converted: the exchange-rates file has no rate of NOK per EUR for 2019"))
        #expect(entries[1].text.hasPrefix("NOK\u{00A0}75\u{00A0}795.01\u{00A0}million, current prices (from EUR\u{00A0}7\u{00A0}588\u{00A0}million; rate 9.9888 NOK per EUR, 31\u{00A0}December\u{00A0}2021)"))
        let rateFootnote = try #require(table.footnotes.first { $0.source.publisher == "European Central Bank" })
        #expect(rateFootnote.locator == "reference rates of 31 December 2021")
        #expect(entries[1].footnotes.contains(rateFootnote.number))
        #expect(!entries[0].footnotes.contains(rateFootnote.number))
    }
}

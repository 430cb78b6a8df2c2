import ComparisonKit
import Foundation
import PluginFormat
import Testing

/// The codebook's exchange-rates file: cited rates read exactly, every problem at its own line and column.
@Suite struct ExchangeRatesFileTests {
    private static let header = """
        format: 1
        sources:
          ecb-2021-12-31:
            title: Euro foreign exchange reference rates
            publisher: European Central Bank
            published: 2021-12-31
            language: en
        rates:

        """

    /// The rates and the problems (as `line:column: message`) of a file holding `rates` after the header.
    private func read(_ rates: String) throws -> (ExchangeRates, [String]) {
        let scratch = try ScratchPlugins()
        let path = try scratch.write("exchange-rates.yaml", Self.header + rates)
        let (read, problems) = ExchangeRatesLoader.load(path: path)
        return (read, problems.map { "\($0.location.line):\($0.location.column): \($0.message)" })
    }

    @Test func theShippedFileGivesEveryYearEndRateItsSource() throws {
        let (rates, problems) = ExchangeRatesLoader.load(
            path: TestFiles.root.appendingPathComponent("config/exchange-rates.yaml").path)
        #expect(problems.isEmpty, "\(problems)")
        #expect(rates.rates.count == 21)
        for currency in ["NOK", "DKK", "SEK"] {
            #expect((2018...2024).allSatisfy { rates.rate(base: "EUR", quote: currency, year: $0) != nil }, "\(currency)")
        }
        let nok2024 = try #require(rates.rate(base: "EUR", quote: "NOK", year: 2024))
        #expect(nok2024.rate == Decimal(string: "11.795", locale: Locale(identifier: "en_US_POSIX")))
        #expect(nok2024.fixed.description == "2024-12-31")
        let source = try #require(rates.source(for: nok2024.citation))
        #expect(source.publisher == "European Central Bank")
        #expect(source.title == "Euro foreign exchange reference rates")
        #expect(nok2024.citation.locator == "reference rates of 31 December 2024")
        // The last TARGET day of 2022 was the 30th, of 2023 the 29th.
        #expect(rates.rate(base: "EUR", quote: "SEK", year: 2022)?.fixed.description == "2022-12-30")
        #expect(rates.rate(base: "EUR", quote: "DKK", year: 2023)?.fixed.description == "2023-12-29")
    }

    @Test func aRateIsReadAsExactDecimalText() throws {
        let (rates, problems) = try read(
            "  - { currency: NOK, rate: 9.98880000000000000001, year: 2021, fixed: 2021-12-31, source: ecb-2021-12-31 }\n")
        #expect(problems.isEmpty, "\(problems)")
        #expect(rates.rates.first?.rate == Decimal(string: "9.98880000000000000001", locale: Locale(identifier: "en_US_POSIX")))
        #expect(rates.rates.first?.base == "EUR", "'per' is EUR when left out")
    }

    @Test func aRateWithoutASourceIsAnErrorAtTheRate() throws {
        let (rates, problems) = try read("  - { currency: NOK, rate: 9.9888, year: 2021, fixed: 2021-12-31 }\n")
        #expect(rates.rates.isEmpty)
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("9:5: ") == true, "\(problems)")
        #expect(problems.first?.contains("source") == true, "\(problems)")
    }

    @Test func aRateCitingAnUndeclaredSourceIsAnErrorAtTheCitation() throws {
        let (_, problems) = try read(
            "  - { currency: NOK, rate: 9.9888, year: 2021, fixed: 2021-12-31, source: ecb-2021-12-30 }\n")
        #expect(problems == ["9:75: rate of NOK per EUR for 2021 cites source 'ecb-2021-12-30', which 'sources' does "
            + "not declare; declare it there (title, publisher, published, language, url); did you mean 'ecb-2021-12-31'?"])
    }

    @Test func twoRatesForOnePairAndYearAreAnErrorAtTheSecond() throws {
        let (rates, problems) = try read("""
              - { currency: NOK, rate: 9.9888, year: 2021, fixed: 2021-12-31, source: ecb-2021-12-31 }
              - { currency: DKK, rate: 7.4364, year: 2021, fixed: 2021-12-31, source: ecb-2021-12-31 }
              - { currency: NOK, per: EUR, rate: 9.99, year: 2021, fixed: 2021-12-30, source: ecb-2021-12-31 }

            """)
        #expect(problems == ["11:5: duplicate rate of NOK per EUR for 2021; the first is at line 9 (one rate per pair "
            + "and year: keep the one the comparison should use)"])
        #expect(rates.rates.count == 2)
        #expect(rates.rate(base: "EUR", quote: "NOK", year: 2021)?.rate == Decimal(string: "9.9888", locale: Locale(identifier: "en_US_POSIX")))
    }

    @Test func aRateThatIsNotAPlainDecimalOrNotAboveZeroIsRefused() throws {
        let (_, problems) = try read("""
              - { currency: NOK, rate: "9,9888", year: 2021, fixed: 2021-12-31, source: ecb-2021-12-31 }
              - { currency: DKK, rate: 0, year: 2021, fixed: 2021-12-31, source: ecb-2021-12-31 }
              - { currency: EUR, rate: 1, year: 2021, fixed: 2021-12-31, source: ecb-2021-12-31 }

            """)
        #expect(problems.count == 3, "\(problems)")
        #expect(problems.first?.hasPrefix("9:28: rate '9,9888' is not a plain decimal number") == true, "\(problems)")
        #expect(problems.dropFirst().first?.hasPrefix("10:28: rate 0 is not above zero") == true, "\(problems)")
        #expect(problems.last?.hasPrefix("11:17: a rate of EUR per EUR converts nothing") == true, "\(problems)")
    }
}

extension ExchangeRatesFileTests {
    @Test func aCurrencyThatIsNotAnISOCodeIsAnErrorAtIt() throws {
        let (rates, problems) = try read(
            "  - { currency: nok, per: EUR, rate: 9.9888, year: 2021, fixed: 2021-12-31, source: ecb-2021-12-31 }\n")
        #expect(rates.rates.isEmpty)
        #expect(problems == ["9:17: unknown currency code 'nok'; use an ISO 4217 code such as EUR, NOK, DKK or SEK; "
            + "did you mean 'NOK'?"])
    }
}

/// A view's `budget-basis` in the run configuration.
@Suite struct BudgetBasisConfigurationTests {
    private func load(_ views: String) throws -> Result<RunConfiguration, PluginLoadFailure> {
        let scratch = try ScratchPlugins()
        let path = try scratch.write("nordic-compare.yaml", """
            format: 1
            plugins-folder: plugins
            plugins: []
            codebook: { dimensions: dimensions.yaml, themes: themes.yaml, exchange-rates: rates.yaml }
            views:

            """ + views)
        return RunConfigurationLoader.load(path: path)
    }

    @Test func aViewReadsItsCurrencyAndPerYearChoice() throws {
        let configuration = try load("""
              - { id: budgets, title: Budgets, rows: [budget], budget-basis: { currency: NOK, per-year: true } }
              - { id: plain, title: Plain, rows: [budget] }

            """).get()
        #expect(configuration.views.map(\.budgetBasis) == [BudgetBasis(currency: "NOK", perYear: true), nil])
        #expect(configuration.exchangeRatesPath?.hasSuffix("/rates.yaml") == true)
    }

    @Test func aThemeMatrixWithABudgetBasisAndABadCurrencyAreErrorsAtTheirValues() throws {
        let result = try load("""
              - { id: themes, title: Themes, type: theme-matrix, budget-basis: { currency: EUR } }
              - { id: budgets, title: Budgets, rows: [budget], budget-basis: { currency: euro, per-year: true } }
              - { id: yearly, title: Yearly, rows: [budget], budget-basis: { currency: EUR, per-year: yes } }

            """)
        guard case .failure(let failure) = result else {
            Issue.record("the configuration was accepted")
            return
        }
        let problems = failure.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        #expect(problems.contains { $0.hasPrefix("6:80: view 'themes' is a theme matrix, which shows no budgets") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("7:78: unknown currency code 'euro'") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("8:91: 'yes' is not true or false") }, "\(problems)")
    }
}

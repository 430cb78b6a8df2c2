import Foundation
import Testing

/// Budgets on one basis, with the built executable: converted with the shipped cited rates, price bases kept apart,
/// orders of magnitude never turned into numbers, missing rates named.
@Suite struct BudgetBasisTests {
    @Test func printConvertsTheShippedBudgetsToNokWithCitedRates() throws {
        let result = try CommandRunner.run(["print", "--view", "budgets", "--currency", "NOK"])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        let output = result.standardOutput
        // The 2018 proposal at the rate of 31 December 2018: 9.2 × 9.9483 = 91.52436, shown to two places.
        #expect(output.contains("NOK\u{00A0}91.52\u{00A0}billion, current prices (from EUR\u{00A0}9.2\u{00A0}billion; "
            + "rate 9.9483 NOK per EUR, 31\u{00A0}December\u{00A0}2018)"), "\(output)")
        // Constant 2018 prices stay constant 2018 prices: never merged with the current-price figures.
        #expect(output.contains("NOK\u{00A0}81.58\u{00A0}billion, constant 2018 prices (from EUR\u{00A0}8.2\u{00A0}billion"))
        #expect(output.contains("NOK\u{00A0}75\u{00A0}795.01\u{00A0}million, current prices (from EUR\u{00A0}7\u{00A0}588\u{00A0}million; "
            + "rate 9.9888 NOK per EUR, 31\u{00A0}December\u{00A0}2021)"))
        // The Danish billion-scale sum is shown as such, never as a number.
        #expect(output.contains("a billion-scale sum in DKK (amount not stated), price basis not stated: funding for the "
            + "follow-up projects, not the partnership's own budget (not converted: only an order of magnitude is stated, "
            + "never a number)"))
        // Each rate's source is a numbered source note like every other.
        #expect(output.contains("*Euro foreign exchange reference rates* — European Central Bank, 2018-12-31 (en); "
            + "reference rates of 31 December 2018; <https://www.ecb.europa.eu/stats/policy_and_exchange_rates/"
            + "euro_reference_exchange_rates/html/index.en.html>"))
        let cited = try #require(output.split(separator: "\n").first { $0.contains("reference rates of 31 December 2018") })
        let number = try #require(cited.split(separator: "]").first?.split(separator: "[").last)
        #expect(output.contains("31\u{00A0}December\u{00A0}2018) (proposed, June\u{00A0}2018) [8, \(number)]"), "\(output)")
    }

    @Test func perYearDividesByThePeriodAndTheJSONCitesTheRate() throws {
        let result = try CommandRunner.run(["print", "--view", "budgets", "--currency", "SEK", "--per-year", "--format", "json"])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        // 7 588 million EUR at 10.2503 SEK per EUR over the 7 years 2021–2027.
        #expect(result.standardOutput.contains("SEK\u{00A0}11\u{00A0}111.33\u{00A0}million per year over 7 years, current prices"))
        #expect(result.standardOutput.contains("reference rates of 31 December 2021"))
    }

    @Test func aViewConvertingToACurrencyWithoutRatesNamesTheMissingRate() throws {
        let folder = try TemporaryFolder()
        let root = Repository.root.path
        let config = try folder.write("config/nordic-compare.yaml", """
            format: 1
            plugins-folder: \(root)/plugins
            plugins: [eu-dep]
            codebook:
              dimensions: \(root)/config/dimensions.yaml
              themes: \(root)/config/themes.yaml
            views:
              - id: budgets
                title: { en: Budgets }
                rows: [budget]
                budget-basis: { currency: ISK, per-year: true }
              - id: danish
                title: { en: Budgets in DKK }
                rows: [budget]
                budget-basis: { currency: DKK }

            """)
        let result = try CommandRunner.run(["print", "--config", config, "--view", "budgets", "--view", "danish"])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        #expect(result.standardOutput.contains("(not converted: the exchange-rates file has no rate of ISK per EUR for 2023)"),
                "\(result.standardOutput)")
        // A configuration that names no exchange-rates file converts with the shipped rates, cited as ever.
        #expect(result.standardOutput.contains("DKK\u{00A0}60\u{00A0}875.29\u{00A0}million, price basis not stated"),
                "\(result.standardOutput)")
        #expect(result.standardOutput.contains("reference rates of 29 December 2023"))
    }

    @Test func aRateWithoutASourceStopsTheRunAtItsLine() throws {
        let folder = try TemporaryFolder()
        let root = Repository.root.path
        _ = try folder.write("config/exchange-rates.yaml", """
            format: 1
            sources: {}
            rates:
              - { currency: NOK, rate: 9.9888, year: 2021, fixed: 2021-12-31 }

            """)
        let config = try folder.write("config/nordic-compare.yaml", """
            format: 1
            plugins-folder: \(root)/plugins
            plugins: [eu-dep]
            codebook:
              dimensions: \(root)/config/dimensions.yaml
              themes: \(root)/config/themes.yaml
              exchange-rates: exchange-rates.yaml
            views:
              - { id: budgets, title: { en: Budgets }, rows: [budget] }

            """)
        let result = try CommandRunner.run(["print", "--config", config, "--currency", "NOK"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("config/exchange-rates.yaml:4:5: error:"), "\(result.standardError)")
        #expect(result.standardError.contains("source"), "\(result.standardError)")
    }

    @Test("A currency that is not a code, or per year without one, is refused before anything runs", arguments: [
        (["print", "--currency", "nok"], "unknown currency code 'nok'; use an ISO 4217 code such as --currency EUR, NOK, DKK or SEK; did you mean 'NOK'?"),
        (["run", "--currency", "EURO"], "unknown currency code 'EURO'"),
        (["print", "--per-year"], "--per-year needs a currency to convert to"),
    ])
    func badArgumentsAreRefused(_ arguments: [String], _ message: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }
}

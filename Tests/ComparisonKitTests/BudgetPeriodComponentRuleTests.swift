import Foundation
import Testing
@testable import ComparisonKit

/// Periods, budgets and components.
@Suite("Validation: periods, budgets, components")
struct BudgetPeriodComponentRuleTests {
    func withSwedishBudget(_ amount: BudgetAmount) -> ValidationContext {
        TestCorpus.cleanEditingSwedish { initiative in
            initiative.budget.claims[0].content = .known(Budget(amount: amount, currency: "SEK", scale: .million))
        }
    }

    @Test func aPeriodEndingBeforeItStartsIsAnError() throws {
        let context = TestCorpus.cleanEditingSwedish { initiative in
            initiative.period.claims[0].content = .known(Period(start: TestCorpus.date("2021-10"),
                                                                end: .date(TestCorpus.date("2021-03"))))
        }
        let error = try #require(PeriodRule().validate(context).first)
        #expect(error.severity == .error)
        #expect(error.location.line == 8)
        #expect(error.message == "period of 'se-ai-commission' ends (2021-03) before it starts (2021-10)")
    }

    @Test func aPeriodWithinOneYearIsFine() {
        let context = TestCorpus.cleanEditingSwedish { initiative in
            initiative.period.claims[0].content = .known(Period(start: TestCorpus.date("2021-03"),
                                                                end: .date(TestCorpus.date("2021"))))
        }
        #expect(PeriodRule().validate(context).isEmpty)
    }

    @Test func aNegativeBudgetIsAnError() throws {
        let diagnostics = BudgetRule().validate(withSwedishBudget(.exact(-10)))
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(error.severity == .error)
        #expect(error.location.line == 12)
        #expect(error.message == "budget amount -10 is negative; amounts must be zero or more")
    }

    @Test func negativeAndInvertedRangesAreErrors() {
        let negative = BudgetRule().validate(withSwedishBudget(.range(min: -5, max: 10)))
        #expect(negative.map(\.severity) == [.error])
        #expect(negative.first?.message.contains("negative") == true)
        let inverted = BudgetRule().validate(withSwedishBudget(.range(min: 20, max: 10)))
        #expect(inverted.map(\.message) == ["budget range minimum 20 is above its maximum 10"])
        #expect(BudgetRule().validate(withSwedishBudget(.range(min: 10, max: 20))).isEmpty)
        #expect(BudgetRule().validate(withSwedishBudget(.exact(0))).isEmpty)
    }

    @Test func aBreakdownAboveTheTotalIsOnlyAWarning() throws {
        let context = TestCorpus.cleanEditingEU { initiative in
            guard var budget = initiative.budget.claims[0].value else { return }
            budget.amount = .exact(7000)
            initiative.budget.claims[0].content = .known(budget)
        }
        let diagnostics = BudgetRule().validate(context)
        let warning = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.location == SourceLocation(file: TestCorpus.euFile, line: 38, column: 3))
        #expect(warning.message.hasPrefix("budget breakdown sums to 7588"))
        #expect(warning.message.hasSuffix("more than the stated total 7000"))
    }

    @Test func aBreakdownBelowTheTotalIsFine() {
        let context = TestCorpus.cleanEditingEU { initiative in
            guard var budget = initiative.budget.claims[0].value else { return }
            budget.amount = .exact(TestCorpus.decimal("7588.001"))
            initiative.budget.claims[0].content = .known(budget)
        }
        #expect(BudgetRule().validate(context).isEmpty)
    }

    @Test func aBreakdownLineNamingAMissingComponentIsAnError() throws {
        let context = TestCorpus.cleanEditingEU { initiative in
            guard var budget = initiative.budget.claims[0].value else { return }
            budget.breakdown[0].componentID = "hcp"
            initiative.budget.claims[0].content = .known(budget)
        }
        let diagnostics = BudgetRule().validate(context)
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(error.severity == .error)
        #expect(error.location == SourceLocation(file: TestCorpus.euFile, line: 40, column: 11))
        #expect(error.message == "budget line names component 'hcp', which 'eu-digital-europe' does not have; "
                    + "did you mean 'hpc'?")
    }

    @Test func aNegativeBreakdownLineIsAnError() {
        let context = TestCorpus.cleanEditingEU { initiative in
            guard var budget = initiative.budget.claims[0].value else { return }
            budget.breakdown[4].amount = -1
            initiative.budget.claims[0].content = .known(budget)
        }
        let diagnostics = BudgetRule().validate(context)
        #expect(diagnostics.map(\.message) == ["budget line for 'deployment' is negative (-1)"])
        #expect(diagnostics.map(\.location.line) == [44])
    }

    @Test("The quick sign test agrees with `< 0`", arguments: ["-0", "-0.000", "0", "5", "-5", "-1e-30", "1e-30", "NaN"])
    func negativityAgreesWithComparison(_ text: String) throws {
        let amount = text == "NaN" ? Decimal.nan : try #require(Decimal(string: text))
        #expect(BudgetRule.isNegative(amount) == (amount < 0))
    }

    @Test func aMissingComponentIsFoundAmongManyComponents() throws {
        // Past sixteen components the rule looks them up in a set instead of searching the list.
        let context = TestCorpus.cleanEditingEU { initiative in
            let template = initiative.components[0]
            for index in 0..<20 {
                var extra = template
                extra.id = "extra-\(index)"
                initiative.components.append(extra)
            }
            guard var budget = initiative.budget.claims[0].value else { return }
            budget.breakdown[0].componentID = "extra-19"
            budget.breakdown[1].componentID = "extra-20"
            initiative.budget.claims[0].content = .known(budget)
        }
        let diagnostics = BudgetRule().validate(context)
        #expect(diagnostics.map(\.message).filter { $0.contains("names component") }.count == 1)
        #expect(diagnostics.contains { $0.message.hasPrefix("budget line names component 'extra-20'") })
    }

    @Test func aDuplicateComponentIdIsAnError() throws {
        let context = TestCorpus.cleanEditingEU { initiative in
            var copy = initiative.components[1]
            copy.citation = TestCorpus.cite("reg-2021-694", plugin: "eu-dep", file: TestCorpus.euFile, line: 99)
            initiative.components.append(copy)
        }
        let diagnostics = ComponentRule().validate(context)
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(error.severity == .error)
        #expect(error.location.line == 99)
        #expect(error.message == "duplicate component id 'ai' in 'eu-digital-europe': already used at "
                    + "\(TestCorpus.euFile):64:3")
    }
}

import Foundation
import Testing
@testable import ComparisonKit

@Suite("Budget")
struct BudgetTests {
    func budget(total: String, _ split: [(String, String)]) -> Budget {
        Budget(amount: .exact(TestCorpus.decimal(total)), currency: "EUR", scale: .million,
               breakdown: split.map { BudgetLine(componentID: $0.0, amount: TestCorpus.decimal($0.1),
                                                 location: .synthetic("budget")) })
    }

    @Test func the2021SplitSumsExactlyTo7588() {
        let budget = budget(total: "7588", TestCorpus.split2021)
        #expect(budget.breakdownTotal == Decimal(7588))
        #expect(budget.breakdownTotal == TestCorpus.decimal("7588.000"))
        #expect(NSDecimalNumber(decimal: budget.breakdownTotal).stringValue == "7588")
    }

    @Test func the2023SixWaySplitSumsExactlyTo8168() {
        let split = [("hpc", "2019.914"), ("ai", "1663.956"), ("cybersecurity", "1399.566"), ("skills", "507.347"),
                     ("deployment", "1002.217"), ("semiconductors", "1575")]
        let budget = budget(total: "8168", split)
        #expect(budget.breakdownTotal == Decimal(8168))
    }

    @Test func tenthsThatBinaryFloatingPointCannotHoldAddUpExactly() {
        let budget = budget(total: "0.3", [("a", "0.1"), ("b", "0.2")])
        #expect(budget.breakdownTotal == TestCorpus.decimal("0.3"))
        #expect(0.1 + 0.2 != 0.3 as Double)
    }

    @Test func emptyBreakdownSumsToZero() {
        #expect(Budget(amount: .magnitude(.billion), currency: "DKK").breakdownTotal == 0)
    }

    @Test func scaleMultipliers() {
        #expect(AmountScale.allCases.map(\.multiplier) == [1, 1_000, 1_000_000, 1_000_000_000])
    }
}

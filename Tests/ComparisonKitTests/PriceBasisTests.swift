import Foundation
import Testing
@testable import ComparisonKit

@Suite("PriceBasis: written forms, words and table cells")
struct PriceBasisTests {
    @Test("The written forms read back", arguments: [
        ("current", PriceBasis.current), ("constant-2018", .constant(year: 2018)), ("constant-0999", .constant(year: 999)),
        ("not-stated", .notStated),
    ])
    func writtenFormsReadBack(_ written: String, _ basis: PriceBasis) {
        #expect(PriceBasis(rawValue: written) == basis)
        #expect(basis.rawValue == written)
    }

    @Test("Anything else is not a price basis", arguments: [
        "", "current prices", "Current", "constant", "constant-", "constant-18", "constant-20188", "constant-2O18",
        "constant-٢٠١٨", "constant-+201", "constant- 2018", "constant-2018 ", "not stated", "notStated", "fixed-2018",
    ])
    func otherTextIsRefused(_ written: String) {
        #expect(PriceBasis(rawValue: written) == nil)
    }

    @Test func everyYearAFourDigitFormCanHoldReadsBack() {
        for year in [0, 7, 42, 999, 1000, 2018, 9999] {
            #expect(PriceBasis(rawValue: PriceBasis.constant(year: year).rawValue) == .constant(year: year))
        }
    }

    @Test func helpTextsListTheThreeForms() {
        #expect(PriceBasis.writtenForms == ["current", "constant-YYYY", "not-stated"])
    }

    @Test("Each basis in words", arguments: [
        ("en", "current prices", "constant 2018 prices", "price basis not stated"),
        ("nb", "løpende priser", "faste 2018-priser", "prisgrunnlag ikke oppgitt"),
        ("da", "løbende priser", "faste 2018-priser", "prisgrundlag ikke oplyst"),
    ])
    func words(_ language: LanguageCode, _ current: String, _ constant: String, _ notStated: String) {
        let vocabulary = Vocabulary(language)
        #expect(vocabulary.priceBasis(.current) == current)
        #expect(vocabulary.priceBasis(.constant(year: 2018)) == constant)
        #expect(vocabulary.priceBasis(.notStated) == notStated)
    }

    @Test("A budget ends with its basis in the reader's language", arguments: [
        ("en", "EUR\u{00A0}7\u{00A0}588\u{00A0}million, constant 2018 prices"),
        ("nb", "7\u{00A0}588\u{00A0}mill.\u{00A0}euro, faste 2018-priser"),
        ("da", "7.588\u{00A0}mio.\u{00A0}euro, faste 2018-priser"),
    ])
    func budgetText(_ language: LanguageCode, _ expected: String) {
        let budget = Budget(amount: .exact(7588), currency: "EUR", scale: .million, basis: .constant(year: 2018))
        #expect(ValueFormatter(language: language).budget(budget) == expected)
    }

    @Test func aBudgetThatIsNotTheInitiativesOwnSaysWhatItIsForInTheReadersLanguage() {
        let purpose = LocalizedText([("en", "funding for follow-up projects"), ("da", "midler til opfølgende projekter")])
        let budget = Budget(amount: .magnitude(.billion), currency: "DKK", basis: .notStated, purpose: purpose)
        #expect(ValueFormatter(language: "en").budget(budget).hasSuffix(", price basis not stated: funding for follow-up projects"))
        #expect(ValueFormatter(language: "da").budget(budget).hasSuffix(": midler til opfølgende projekter"))
    }

    @Test func aBudgetWithoutARecordedBasisSaysNothingAboutIt() {
        let budget = Budget(amount: .exact(7588), currency: "EUR", scale: .million)
        #expect(ValueFormatter(language: "nb").budget(budget) == "7\u{00A0}588\u{00A0}mill.\u{00A0}euro")
    }

    @Test func aBasisStatedAsNotStatedIsSaid() {
        let budget = Budget(amount: .magnitude(.billion), currency: "DKK", basis: .notStated)
        #expect(ValueFormatter(language: "da").budget(budget)
                    == "et milliardbeløb i DKK (beløb ikke oplyst), prisgrundlag ikke oplyst")
    }

    @Test("A breakdown line ends with its budget's basis", arguments: [
        ("en", "EUR\u{00A0}2.7\u{00A0}billion, current prices", "EUR\u{00A0}1\u{00A0}575\u{00A0}million, price basis not stated"),
        ("nb", "2,7\u{00A0}mrd.\u{00A0}euro, løpende priser", "1\u{00A0}575\u{00A0}mill.\u{00A0}euro, prisgrunnlag ikke oppgitt"),
        ("da", "2,7\u{00A0}mia.\u{00A0}euro, løbende priser", "1.575\u{00A0}mio.\u{00A0}euro, prisgrundlag ikke oplyst"),
    ])
    func breakdownLineText(_ language: LanguageCode, _ current: String, _ notStated: String) throws {
        let formatter = ValueFormatter(language: language)
        let proposal = Budget(amount: .exact(try #require(Decimal(string: "9.2"))), currency: "EUR", scale: .billion,
                              basis: .current)
        let amended = Budget(amount: .exact(8168), currency: "EUR", scale: .million, basis: .notStated)
        #expect(formatter.budgetLine(try #require(Decimal(string: "2.7")), of: proposal) == current)
        #expect(formatter.budgetLine(1575, of: amended) == notStated)
        // Without a recorded basis a line says nothing about it, as its budget does.
        let unrecorded = Budget(amount: .exact(8168), currency: "EUR", scale: .million)
        #expect(formatter.budgetLine(1575, of: unrecorded) == formatter.money(formatter.number(1575), scale: .million,
                                                                                currency: "EUR"))
    }

    /// The table cell of a budget carries its basis as data, exact amounts in their money value and the others on
    /// their own, and so do the lines of its breakdown.
    @Test func budgetCellsCarryTheBasisAsData() {
        let file = TestCorpus.file(of: "p", plugin: "eu")
        var exact = TestCorpus.initiative("p", plugin: "eu", jurisdiction: "EU", source: "s")
        exact.components = [Component(id: "c1", title: TestCorpus.text(("en", "One")), themes: [],
                                      citation: TestCorpus.cite("s", plugin: "eu", file: file, line: 5))]
        exact.budget = Fact([TestCorpus.known(
            Budget(amount: .exact(10), currency: "EUR", scale: .million, basis: .constant(year: 2020),
                   breakdown: [BudgetLine(componentID: "c1", amount: 10, location: SourceLocation(file: file, line: 7, column: 5))]),
            TestCorpus.cite("s", plugin: "eu", file: file, line: 6))])
        var range = TestCorpus.initiative("q", plugin: "eu", jurisdiction: "EU", source: "s")
        range.budget = Fact([TestCorpus.known(Budget(amount: .range(min: 1, max: 2), currency: "EUR", basis: .current),
                                              TestCorpus.cite("s", plugin: "eu", line: 8))])
        var none = TestCorpus.initiative("r", plugin: "eu", jurisdiction: "EU", source: "s")
        none.budget = Fact([TestCorpus.known(Budget(amount: .range(min: 1, max: 2), currency: "EUR"),
                                             TestCorpus.cite("s", plugin: "eu", line: 9))])
        let corpus = TestCorpus.corpus([TestCorpus.Part(descriptor: TestCorpus.descriptor("eu", jurisdiction: "EU"),
                                                        sources: [TestCorpus.source("s", plugin: "eu")],
                                                        initiatives: [exact, range, none])])
        let table = TableBuilder(corpus: corpus, codebook: TestCorpus.codebook(), language: "en")
            .table(for: TestCorpus.view("v", rows: ["budget", "budget-breakdown"]))
        let budgets = table.rows[0].cells.map { $0.entries.first?.data?.priceBasis }
        #expect(budgets == [.constant(year: 2020), .current, nil])
        #expect(table.rows[1].cells[0].entries.map { $0.data?.priceBasis } == [.constant(year: 2020)])
    }
}

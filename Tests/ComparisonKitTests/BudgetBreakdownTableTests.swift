import Foundation
import Testing
@testable import ComparisonKit

/// A budget-breakdown view: one initiative's components as rows and its dated figures as columns, each column in one
/// unit and on one price basis, every cell a bare number cited to its figure.
@Suite struct BudgetBreakdownTableTests {
    static let eu = TestCorpus.euFile

    /// The clean corpus's programme with a proposal before the adopted split (in another scale, one line under the
    /// proposal's own name, one under its component's title written differently) and a restated total with no split.
    static func corpus() -> Corpus {
        var part = TestCorpus.euPart()
        var programme = part.initiatives[0]
        let proposal = Budget(amount: .exact(TestCorpus.decimal("9.2")), currency: "EUR", scale: .billion,
                              basis: .current, breakdown: [
                                  BudgetLine(componentID: "hpc", amount: TestCorpus.decimal("2.7"),
                                             name: LocalizedText(universal: "High Performance Computing"),
                                             location: SourceLocation(file: eu, line: 30, column: 11)),
                                  BudgetLine(componentID: "skills", amount: TestCorpus.decimal("0.7"),
                                             name: TestCorpus.text(("en", "Digital Skills")),
                                             location: SourceLocation(file: eu, line: 31, column: 11)),
                              ])
        let restated = Budget(amount: .exact(TestCorpus.decimal("8.2")), currency: "EUR", scale: .billion,
                              basis: .constant(year: 2018))
        programme.budget = Fact([
            TestCorpus.known(proposal, TestCorpus.cite("proposal-2018", plugin: "eu-dep", file: eu, line: 29),
                             status: .proposed, asOf: "2018-06"),
            TestCorpus.known(restated, TestCorpus.cite("ep-2018", plugin: "eu-dep", file: eu, line: 33),
                             status: .proposed, asOf: "2018-12"),
        ] + programme.budget.claims)
        part.initiatives[0] = programme
        part.sources += [TestCorpus.source("proposal-2018", plugin: "eu-dep", line: 20),
                         TestCorpus.source("ep-2018", plugin: "eu-dep", line: 22)]
        return TestCorpus.corpus([TestCorpus.swedishPart(), part])
    }

    static func view(history: HistoryMode? = .all, initiative: String = "eu-digital-europe") -> ViewDefinition {
        ViewDefinition(id: "dep-budget", title: TestCorpus.text(("en", "Budget by objective"), ("nb", "Budsjett")),
                       layout: .budgetBreakdown(initiative: initiative), history: history,
                       location: SourceLocation(file: "config/nordic-compare.yaml", line: 20, column: 5))
    }

    static func table(_ view: ViewDefinition = view(), language: LanguageCode = "en") -> ComparisonTable {
        TableBuilder(corpus: corpus(), codebook: TestCorpus.codebook(), language: language).table(for: view)
    }

    @Test func eachDatedFigureIsAColumnNamingItsStandingUnitAndPriceBasis() {
        let table = Self.table()
        #expect(table.kind == .budgetBreakdown(initiativeID: "eu-digital-europe", initiativeName: "Digital Europe Programme"))
        #expect(table.columnGroups.map(\.label) == ["European Union"])
        #expect(table.columns.map(\.heading) == [
            "Proposed, June\u{00A0}2018 (EUR\u{00A0}billion, current prices)",
            "Proposed, December\u{00A0}2018 (EUR\u{00A0}billion, constant 2018 prices)",
            "Adopted, 29\u{00A0}April\u{00A0}2021 (EUR\u{00A0}million, current prices)",
        ])
        #expect(Set(table.columns.map(\.initiativeID)) == ["eu-digital-europe"])
        #expect(table.rowHeading == "Component")
    }

    @Test func componentsAreRowsInTheInitiativesOrderAndTheTotalIsLast() {
        let table = Self.table()
        #expect(table.rows.map(\.id) == ["hpc", "ai", "cybersecurity", "skills", "deployment", "total"])
        #expect(table.rows.first?.label == "Specific objective 1: High-performance computing")
        #expect(table.rows.last?.label == "Total")
        let texts = table.rows.map { row in row.cells.map { $0.entries.map(\.text).joined(separator: "|") } }
        #expect(texts[0] == ["2.7", "not recorded", "2\u{00A0}226.914"])
        // The proposal gives AI no line: not stated, cited to the proposal that was read.
        #expect(texts[1] == ["not stated in the sources", "not recorded", "2\u{00A0}061.956"])
        #expect(texts[5] == ["9.2", "8.2", "7\u{00A0}588"])
        #expect(table.rows[1].cells[0].state == .unknown)
        #expect(table.rows[0].cells[1].state == .notRecorded)
    }

    @Test func aLineKeepsItsSourcesNameOnlyWhereItIsReallyAnotherName() {
        let table = Self.table()
        // "High Performance Computing" is the row's title written differently; "Digital Skills" is another name.
        #expect(table.rows[0].cells[0].entries[0].qualifier == nil)
        #expect(table.rows[3].cells[0].entries[0].qualifier == "Digital Skills")
    }

    @Test func everyFigureIsCitedToItsOwnSourceAndTheNumbersRunRowByRow() {
        let table = Self.table()
        #expect(table.footnotes.map(\.source.id) == ["proposal-2018", "reg-2021-694", "ep-2018"])
        #expect(table.rows[0].cells[0].entries[0].footnotes == [1])
        #expect(table.rows[0].cells[2].entries[0].footnotes == [2])
        #expect(table.rows[5].cells[1].entries[0].footnotes == [3])
        #expect(table.rows[0].cells[1].entries[0].footnotes == [])
    }

    /// The chart is drawn from the cells' data: each line carries its component, standing, date, scale and basis.
    @Test func eachAmountCarriesItsFigureAsData() throws {
        let table = Self.table()
        guard case .money(let money)? = table.rows[0].cells[2].entries[0].data else {
            Issue.record("no money data")
            return
        }
        #expect(money.amount == TestCorpus.decimal("2226.914") && money.scale == .million)
        #expect(money.componentID == "hpc" && money.componentTitle == "High-performance computing")
        #expect(money.status == .adopted && money.basis == .current)
        guard case .money(let total)? = table.rows[5].cells[2].entries[0].data else {
            Issue.record("no money data in the total")
            return
        }
        #expect(total.componentID == nil && total.amount == 7588)
    }

    @Test func theLatestHistoryShowsOnlyTheNewestFigure() {
        let table = Self.table(Self.view(history: .latest))
        #expect(table.columns.map(\.heading) == ["Adopted, 29\u{00A0}April\u{00A0}2021 (EUR\u{00A0}million, current prices)"])
        #expect(table.rows.map(\.id) == ["hpc", "ai", "cybersecurity", "skills", "deployment", "total"])
    }

    @Test func theWordsAreTheReadersLanguage() {
        let table = Self.table(language: "nb")
        #expect(table.rowHeading == "Komponent")
        #expect(table.rows.last?.label == "Totalt")
        #expect(table.columns.last?.heading == "Vedtatt, 29.\u{00A0}april\u{00A0}2021 (mill.\u{00A0}euro, løpende priser)")
        #expect(table.rows.last?.cells.first?.entries.first?.text == "9,2")
    }

    @Test func anInitiativeNoPluginDefinesGivesAnEmptyTableAndAWarningWithAHint() {
        let table = Self.table(Self.view(initiative: "eu-digital-europa"))
        #expect(table.columns.isEmpty && table.rows.isEmpty)
        var context = TestCorpus.clean()
        context.views.append(Self.view(initiative: "eu-digital-europa"))
        let diagnostics = ViewInitiativeRule().validate(context)
        #expect(diagnostics.map(\.description) == [
            "config/nordic-compare.yaml:20:5: warning: view 'dep-budget' breaks down the budget of 'eu-digital-europa', "
                + "which no enabled plugin defines, so its table is empty; did you mean 'eu-digital-europe'?",
        ])
        context.views[context.views.count - 1] = Self.view()
        #expect(ViewInitiativeRule().validate(context).isEmpty)
    }

    @Test func anUnsplitUndatedBudgetIsOneColumnHeadedByItsUnit() {
        // The Swedish budget is exact but not split, undated and on no recorded basis: one column headed by its unit,
        // with only the total.
        let table = Self.table(Self.view(initiative: "se-ai-commission"))
        #expect(table.rows.map(\.id) == ["total"])
        #expect(table.columns.map(\.heading) == ["SEK\u{00A0}million"])
        #expect(table.rows[0].cells.map { $0.entries.map(\.text) } == [["10"]])
        #expect(table.rows[0].cells[0].entries[0].footnotes == [1])
    }
}

@testable import BriefingRenderers
import ComparisonKit
import Foundation
import Testing

/// The HTML budget chart never puts figures on different price bases on one axis (issue 17: a proposal in current
/// prices and its restatement in 2018 prices must not be drawn as a fall). Fictional figures only.
@Suite("HTML budget chart: one price basis per chart")
struct BudgetChartBasisTests {
    typealias Stage = (status: ClaimStatus, asOf: PartialDate, scale: AmountScale, basis: PriceBasis?, amounts: [String])

    /// A one-column budgets table whose breakdown lists these stages of an example programme, oldest first.
    func table(_ stages: [Stage], language: String = "en") -> ComparisonTable {
        let components = [("area-a", "Example area A"), ("area-b", "Example area B")]
        var entries: [CellEntry] = []
        for stage in stages {
            for ((id, title), amount) in zip(components, stage.amounts) {
                let value = MoneyValue(amount: Decimal(string: amount) ?? 0, scale: stage.scale, currency: "EUR",
                                       status: stage.status, asOf: stage.asOf, componentID: id, componentTitle: title,
                                       basis: stage.basis)
                entries.append(CellEntry(text: title, footnotes: [], data: .money(value)))
            }
        }
        return ComparisonTable(
            viewID: "budgets", title: "Budgets", language: language, rowHeading: "Dimension",
            columnGroups: [ColumnGroup(jurisdiction: "EU", label: "Example union", columns: [
                TableColumn(initiativeID: "example-programme", heading: "Example programme", jurisdiction: "EU"),
            ])],
            rows: [TableRow(id: "budget-breakdown", label: "Budget by component",
                            cells: [TableCell(state: .known, entries: entries)])],
            footnotes: [], legend: "")
    }

    func date(_ text: String) -> PartialDate { try! PartialDate(parsing: text) }

    /// The shape of the corrected history: a proposal in current prices, the same envelope restated in constant
    /// 2018 prices, the adopted figures in current prices and an amendment whose basis is not stated.
    var mixedHistory: [Stage] {
        [
            (.proposed, date("2018-06"), .billion, .current, ["1.2", "0.8"]),
            (.proposed, date("2018-12"), .billion, .constant(year: 2018), ["1.05", "0.7"]),
            (.adopted, date("2021-04-29"), .million, .current, ["1000", "700"]),
            (.amended, date("2023-09-13"), .million, .notStated, ["900", "750"]),
        ]
    }

    @Test func stagesOnOneKnownBasisShareAChartAndOthersGetTheirOwn() {
        let charts = BudgetChartData.all(in: table(mixedHistory))
        #expect(charts.map(\.basis) == [.current, .constant(year: 2018), .notStated])
        #expect(charts.map { $0.series.map(\.status) } == [[.proposed, .adopted], [.proposed], [.amended]])
        // The current-price chart compares 1.2 billion with 1 000 million exactly, on one axis.
        #expect(charts[0].components[0].amounts == [1200, 1000])
        // The restatement in 2018 prices is never on the axis of the current-price figures.
        #expect(charts[1].components[0].amounts == [Decimal(string: "1.05")])
        #expect(charts[1].scale == .billion)
    }

    @Test func stagesWithoutARecordedBasisAreEachDrawnAlone() {
        let charts = BudgetChartData.all(in: table([
            (.proposed, date("2018-06"), .billion, nil, ["1.2", "0.8"]),
            (.proposed, date("2020-05"), .billion, nil, ["1.1", "0.7"]),
        ]))
        #expect(charts.count == 2)
        #expect(charts.allSatisfy { $0.basis == nil && $0.series.count == 1 })
    }

    @Test("Each chart names its basis in its title and caption", arguments: [
        ("en", "Budget by component: Example programme (current prices)", "in EUR\u{A0}million, current prices;",
         "Budget by component: Example programme (constant 2018 prices)",
         "Budget by component: Example programme (price basis not stated)",
         "The sources do not state the price basis of these figures, so they are drawn alone"),
        ("nb", "Budsjett per komponent: Example programme (løpende priser)", "i mill.\u{A0}euro, løpende priser;",
         "Budsjett per komponent: Example programme (faste 2018-priser)",
         "Budsjett per komponent: Example programme (prisgrunnlag ikke oppgitt)",
         "Kildene oppgir ikke prisgrunnlaget for disse tallene, så de vises alene"),
        ("da", "Budget pr. komponent: Example programme (løbende priser)", "i mio.\u{A0}euro, løbende priser;",
         "Budget pr. komponent: Example programme (faste 2018-priser)",
         "Budget pr. komponent: Example programme (prisgrundlag ikke oplyst)",
         "Kilderne oplyser ikke prisgrundlaget for disse tal, så de vises alene"),
    ])
    func words(_ language: String, _ currentTitle: String, _ currentCaption: String, _ constantTitle: String,
               _ notStatedTitle: String, _ notStatedCaption: String) throws {
        let charts = BudgetChartData.all(in: table(mixedHistory, language: language)).compactMap { data in
            BudgetBarChart(data: data, language: language, id: "c").chart()
        }
        #expect(charts.map(\.title) == [currentTitle, constantTitle, notStatedTitle])
        #expect(charts[0].caption.contains(currentCaption))
        #expect(charts[2].caption.contains(notStatedCaption))
        // The accessible title of the drawing says the same as the visible one.
        #expect(charts[1].svg.contains(HTMLEscaping.line(constantTitle)))
    }

    @Test func thePageNeverDrawsTheRestatementBesideTheProposal() {
        let document = BriefingDocument(title: "t", language: "en", tables: [table(mixedHistory)])
        let page = String(decoding: HTMLRenderer().render(document).first?.contents ?? [], as: UTF8.self)
        let figures = page.components(separatedBy: "<figure class=\"chart-figure\">").dropFirst()
        #expect(figures.count == 3)
        // No one chart holds both the proposal of June 2018 and its restatement of December 2018.
        #expect(figures.contains { $0.contains("proposed, June\u{A0}2018: ") })
        #expect(figures.contains { $0.contains("proposed, December\u{A0}2018: ") })
        #expect(!figures.contains { $0.contains("proposed, June\u{A0}2018: ") && $0.contains("proposed, December\u{A0}2018: ") })
    }
}

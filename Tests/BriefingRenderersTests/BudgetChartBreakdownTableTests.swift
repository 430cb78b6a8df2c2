@testable import BriefingRenderers
import ComparisonKit
import Foundation
import Testing

/// The HTML budget chart of a budget-breakdown table draws exactly the numbers of its cells: the table's columns are
/// the stages of one initiative's budget, so they make one breakdown (split by price basis as always), named after the
/// initiative rather than after a column. Fictional figures only.
@Suite("HTML budget chart: drawn from a budget-breakdown table")
struct BudgetChartBreakdownTableTests {
    func date(_ text: String) -> PartialDate { try! PartialDate(parsing: text) }

    /// Two components over three figures: a proposal in billions, the adopted figures in millions (both in current
    /// prices), and an amendment whose basis is not stated; the total row carries no component and is not drawn.
    var table: ComparisonTable {
        let stages: [(ClaimStatus, String, AmountScale, PriceBasis, [String], String)] = [
            (.proposed, "2018-06", .billion, .current, ["1.2", "0.8"], "2"),
            (.adopted, "2021-04-29", .million, .current, ["1000", "700"], "1700"),
            (.amended, "2023-09-13", .million, .notStated, ["900", "750"], "1650"),
        ]
        let components = [("area-a", "Example area A"), ("area-b", "Example area B")]
        func cell(_ stage: Int, _ component: Int?) -> TableCell {
            let (status, asOf, scale, basis, amounts, total) = stages[stage]
            let amount = component.map { amounts[$0] } ?? total
            let value = MoneyValue(amount: Decimal(string: amount) ?? 0, scale: scale, currency: "EUR", status: status,
                                   asOf: date(asOf), componentID: component.map { components[$0].0 },
                                   componentTitle: component.map { components[$0].1 }, basis: basis)
            return TableCell(state: .known, entries: [CellEntry(text: amount, footnotes: [1], data: .money(value))])
        }
        let rows = components.indices.map { component in
            TableRow(id: components[component].0, label: components[component].1,
                     cells: stages.indices.map { cell($0, component) })
        } + [TableRow(id: "total", label: "Total", cells: stages.indices.map { cell($0, nil) })]
        return ComparisonTable(
            viewID: "example-budget", title: "Example programme: budget by area", language: "en",
            rowHeading: "Component",
            columnGroups: [ColumnGroup(jurisdiction: "EU", label: "Example union", columns: stages.map { stage in
                TableColumn(initiativeID: "example-programme", heading: "\(stage.0) \(stage.1)", jurisdiction: "EU")
            })],
            rows: rows, footnotes: [], legend: "",
            kind: .budgetBreakdown(initiativeID: "example-programme", initiativeName: "Example programme"))
    }

    @Test func theFiguresOfOneInitiativeMakeOneBreakdownPerPriceBasis() {
        let charts = BudgetChartData.all(in: table)
        #expect(charts.map(\.initiative) == ["Example programme", "Example programme"])
        #expect(charts.map(\.basis) == [.current, .notStated])
        #expect(charts.map { $0.series.map(\.status) } == [[.proposed, .adopted], [.amended]])
        // The cells' numbers, converted exactly to the chart's scale; the total row is not a component.
        #expect(charts[0].components.map(\.id) == ["area-a", "area-b"])
        #expect(charts[0].components.map(\.amounts) == [[1200, 1000], [800, 700]])
        #expect(charts[1].components.map(\.amounts) == [[900], [750]])
    }

    @Test func theSameCellsInAComparisonTableAreOneBreakdownPerColumn() {
        var comparison = table
        comparison.kind = .comparison
        // Read as initiatives side by side, each column would be a chart of its own: the kind is what joins them.
        #expect(BudgetChartData.all(in: comparison).map(\.initiative) == ["proposed 2018-06", "adopted 2021-04-29",
                                                                          "amended 2023-09-13"])
    }
}

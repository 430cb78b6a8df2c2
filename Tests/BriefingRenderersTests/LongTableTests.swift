@testable import BriefingDOCX
@testable import BriefingRenderers
import ComparisonKit
import Foundation
import Testing

/// Renderers whose work once grew with the square of a table: the HTML budget charts read every row's cells again
/// for every column, a DOCX link searched every earlier link, a LaTeX marker every earlier marker. The work is
/// counted or the answers compared with the plain way, never timed.
@Suite("Renderers: work that grows with the table")
struct LongTableTests {
    /// A budgets table of `columns` initiatives: a total row, a breakdown row whose cells each hold two lines, and
    /// a row with one cell too few (a renderer must stay rectangular).
    func budgetsTable(columns: Int) -> ComparisonTable {
        func line(_ column: Int, _ component: String, _ amount: Int) -> CellEntry {
            let value = MoneyValue(amount: Decimal(amount), scale: .million, currency: "EUR", status: .adopted,
                                   asOf: nil, componentID: component, componentTitle: "Area \(component)",
                                   basis: .current)
            return CellEntry(text: "Area \(component)", footnotes: [], data: .money(value))
        }
        let headings = (0..<columns).map {
            TableColumn(initiativeID: "initiative-\($0)", heading: "Initiative \($0)", jurisdiction: "EU")
        }
        return ComparisonTable(
            viewID: "budgets", title: "Budgets", language: "en", rowHeading: "Dimension",
            columnGroups: [ColumnGroup(jurisdiction: "EU", label: "Example union", columns: headings)],
            rows: [
                TableRow(id: "budget", label: "Budget", cells: (0..<columns).map { _ in
                    TableCell(state: .known, entries: [CellEntry(text: "EUR 3 million", footnotes: [])])
                }),
                TableRow(id: "budget-breakdown", label: "Budget by component", cells: (0..<columns).map { column in
                    TableCell(state: .known, entries: [line(column, "a", column + 1), line(column, "b", 2 * column + 1)])
                }),
                TableRow(id: "note", label: "Note", cells: (0..<(columns - 1)).map { _ in
                    TableCell(state: .notRecorded, entries: [])
                }),
            ],
            footnotes: [], legend: "")
    }

    @Test("the budget charts read each cell once", arguments: [10, 200])
    func budgetChartsReadEachCellOnce(columns: Int) {
        let table = budgetsTable(columns: columns)
        var reading = BudgetChartData.Reading(table)
        let charts = reading.charts()
        // Three rows, the last one cell short: one read per cell there is, not one per cell and column.
        #expect(reading.cellsRead == 3 * columns - 1)
        #expect(charts.map(\.initiative) == (0..<columns).map { "Initiative \($0)" })
        #expect(charts.last?.components.map(\.amounts) == [[Decimal(columns)], [Decimal(2 * columns - 1)]])
        #expect(BudgetChartData.all(in: table).map(\.initiative) == charts.map(\.initiative))
    }

    @Test func aChartWithManyComponentsAndStagesKeepsTheirOrder() {
        // 300 components over 40 stages, each stage naming every component once and one twice (the first wins).
        var lines: [MoneyValue] = []
        for stage in 0..<40 {
            for component in 0..<300 where (component + stage) % 7 != 0 {
                lines.append(MoneyValue(amount: Decimal(component * 100 + stage), scale: .one, currency: "EUR",
                                        status: stage % 2 == 0 ? .proposed : .adopted,
                                        asOf: try? PartialDate(parsing: String(1990 + stage)),
                                        componentID: "c\(component)", componentTitle: nil, basis: .current))
            }
            lines.append(MoneyValue(amount: 1, scale: .one, currency: "EUR", status: stage % 2 == 0 ? .proposed : .adopted,
                                    asOf: try? PartialDate(parsing: String(1990 + stage)), componentID: "c1",
                                    componentTitle: nil, basis: .current))
        }
        let data = BudgetChartData(initiative: "Example", currency: "EUR", basis: .current, lines: lines)
        #expect(data.series.count == 40)
        #expect(data.components.map(\.id) == (0..<300).map { "c\($0)" }.sorted { lhs, rhs in
            // Order of first appearance: stage 0 leaves out every seventh component, which stage 1 brings in.
            let left = Int(lhs.dropFirst()) ?? 0, right = Int(rhs.dropFirst()) ?? 0
            let leftFirst = left % 7 == 0 ? 1 : 0, rightFirst = right % 7 == 0 ? 1 : 0
            return (leftFirst, left) < (rightFirst, right)
        })
        // The first figure of a component at a stage wins; a stage without one leaves a gap.
        let c1 = data.components.first { $0.id == "c1" }
        #expect(c1?.amounts[0] == 100)
        #expect(c1?.amounts[6] == 1)
        let c6 = data.components.first { $0.id == "c6" }
        #expect(c6?.amounts[0] == 600)
        #expect(c6?.amounts[1] == nil)
        // The bar classes alternate within one standing: proposed, adopted, proposed alt, adopted alt, …
        let classes = BudgetBarChart(data: data, language: "en", id: "chart-1").cssClasses
        #expect(Array(classes.prefix(4)) == ["bar bar-proposed", "bar bar-adopted", "bar bar-proposed bar-alt",
                                             "bar bar-adopted bar-alt"])
    }

    @Test func eachLinkTargetIsNumberedOnceInOrderOfFirstUse() {
        var targets = HyperlinkTargets()
        let urls = (0..<500).map { "https://example.org/\($0 % 137)" }
        let numbers = urls.map { targets.number(of: $0) }
        #expect(targets.urls == (0..<137).map { "https://example.org/\($0)" })
        #expect(numbers == (0..<500).map { $0 % 137 + 1 })
    }

    @Test func aMarkerWithManyFootnotesShowsEachOnceInOrder() {
        let footnotes = (1...60).map { Footnote(number: $0, source: source($0), locator: nil) }
        let table = ComparisonTable(viewID: "v", title: "V", language: "en", rowHeading: "Dimension", columnGroups: [],
                                    rows: [], footnotes: footnotes, legend: "")
        let list = LaTeXSourceList(table: table)
        let cited = (0..<200).map { ($0 * 13) % 61 + 1 }  // 1…61, each several times; 61 is not a footnote
        // Each shown once, in ascending order as a reader looks them up, the unlisted one last.
        let expected = (1...60).map(String.init) + ["?"]
        #expect(list.marker(cited, tableIndex: 0)
                    == "\\nobreak\\hspace{0pt}\\textsuperscript{[" + expected.joined(separator: ", ") + "]}")
    }

    func source(_ number: Int) -> Source {
        Source(id: "s\(number)", title: "Source \(number)", publisher: "Publisher", published: nil, language: "en",
               location: .synthetic("test"))
    }
}

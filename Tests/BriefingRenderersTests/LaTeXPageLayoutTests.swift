@testable import BriefingRenderers
import ComparisonKit
import Foundation
import Testing

/// The LaTeX page layout: a token longer than a column breaks inside it, the type is as large as lets every
/// column's longest word fit, the title and legend travel with their table, and pages carry the title and number.
@Suite struct LaTeXPageLayoutTests {
    func table(columns: Int, cell: String = "not stated in the sources", legend: String = "Example legend.") -> ComparisonTable {
        ComparisonTable(
            viewID: "v", title: "Example view", language: "en", rowHeading: "Dimension",
            columnGroups: [ColumnGroup(jurisdiction: "NO", label: "Norway", columns: (0..<columns).map { index in
                TableColumn(initiativeID: "i\(index)", heading: "Example \(index)", jurisdiction: "NO")
            })],
            rows: [TableRow(id: "r", label: "Row", cells: (0..<columns).map { _ in
                TableCell(state: .known, entries: [CellEntry(text: cell, footnotes: [])])
            })],
            footnotes: [], legend: legend)
    }

    @Test func aLongTokenGetsABreakPointAfterEveryCharacterAndAWordNone() {
        let token = String(repeating: "x", count: LaTeXEscaping.longTokenLength + 1)
        #expect(LaTeXEscaping.text(token).components(separatedBy: "\\hspace{0pt}").count == token.count)
        #expect(!LaTeXEscaping.text("Digitaliseringspartnerskabet 26~September").contains("\\hspace{0pt}"))
        #expect(!LaTeXEscaping.text(String(repeating: "y", count: LaTeXEscaping.longTokenLength)).contains("\\hspace"))
    }

    @Test func theTypeIsAsLargeAsLetsEveryLongestWordFit() {
        #expect(LaTeXTable.size(of: table(columns: 3), portrait: false).command == "\\small")
        // Eleven columns of "26 September 2024" do not fit a portrait text block in small type.
        let dates = table(columns: 11, cell: "26\u{00A0}September\u{00A0}2024")
        #expect(LaTeXTable.size(of: dates, portrait: true).command == "\\tiny")
        #expect(LaTeXTable.size(of: dates, portrait: false).command != "\\tiny")
    }

    @Test func theTitleOpensTheFirstHeadAndTheLegendClosesTheLastFoot() throws {
        let text = String(decoding: try #require(LaTeXRenderer().render(
            BriefingDocument(title: "Example briefing", language: "en", tables: [table(columns: 2)])).first).contents,
                          as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        let begin = try #require(lines.firstIndex { $0.hasPrefix("\\begin{longtable}") })
        #expect(lines[begin + 1].contains("\\large\\bfseries Example view"))
        let lastFoot = try #require(lines.firstIndex(of: "\\endlastfoot"))
        #expect(lines[lastFoot - 1].contains("\\emph{Example legend.}"))
        #expect(text.contains("\\pagestyle{myheadings}") && text.contains("\\markright{Example briefing}"))
        #expect(!text.contains("\\clearpage"))
    }

    @Test func aShortTableIsKeptOnOnePageAndALongOneMayBreak() {
        func lines(rows: Int) -> [String] {
            var table = table(columns: 2)
            table.rows = (0..<rows).map { index in
                TableRow(id: "r\(index)", label: "Row \(index)", cells: [
                    TableCell(state: .known, entries: [CellEntry(text: "a", footnotes: [])]),
                    TableCell(state: .known, entries: [CellEntry(text: "b", footnotes: [])]),
                ])
            }
            return LaTeXTable(table: table, sources: LaTeXSourceList(table: table), tableIndex: 0).lines(lineLength: 176)
        }
        #expect(lines(rows: 3).filter { $0.hasPrefix("\\nopagebreak") }.count == 2)
        #expect(lines(rows: LaTeXTable.keptTogetherRows + 1).filter { $0.hasPrefix("\\nopagebreak") }.isEmpty)
    }
}

@testable import BriefingRenderers
import ComparisonKit
import Foundation
import Testing

/// Column widths from content (HTML, DOCX, LaTeX): each column holds its longest word, a long token does not take the
/// line, and what is left goes to the columns with more text. Fictional values only.
@Suite struct ColumnWidthsTests {
    func table(_ cells: [String], heading: String = "Example") -> ComparisonTable {
        ComparisonTable(
            viewID: "v", title: "Example", language: "en", rowHeading: "Dimension",
            columnGroups: [ColumnGroup(jurisdiction: "NO", label: "Norway", columns: cells.indices.map { index in
                TableColumn(initiativeID: "i\(index)", heading: heading, jurisdiction: "NO")
            })],
            rows: [TableRow(id: "r", label: "Label", cells: cells.map { text in
                TableCell(state: .known, entries: [CellEntry(text: text, footnotes: [1])])
            })],
            footnotes: [], legend: "")
    }

    @Test func sharesSumToTheWholeAndFollowTheText() {
        let long = Array(repeating: "words of a long list", count: 40).joined(separator: " ")
        let shares = ColumnWidths.shares(of: table(["short", long, "short"]), lineLength: 200)
        #expect(shares.reduce(0, +) == ColumnWidths.whole)
        #expect(shares[2] > 2 * shares[1] && abs(shares[1] - shares[3]) <= shares.count, "\(shares)")  // the last takes the rounding
    }

    @Test func anAmountJoinedByNoBreakSpacesGetsRoomForAllOfIt() {
        let amount = "EUR\u{00A0}8\u{00A0}168\u{00A0}million"  // 17 characters, one word
        let shares = ColumnWidths.shares(of: table(["a", amount]), lineLength: 100)
        // Room for the word and the cell's padding: at least 19 characters of the 100.
        #expect(shares[2] >= 19 * ColumnWidths.whole / 100)
    }

    @Test func aHostileTokenCountsAsTheCapAndLeavesTheOtherColumnsTheirRoom() {
        let token = String(repeating: "x", count: 5_000)
        let hostile = ColumnWidths.shares(of: table(["not stated in the sources", token]), lineLength: 200)
        let capped = ColumnWidths.shares(
            of: table(["not stated in the sources", String(repeating: "x", count: ColumnWidths.longestWordCap)]),
            lineLength: 200)
        // The token's column is wider for its volume of text, but the other columns keep room for their words.
        #expect(hostile[1] >= 9 * ColumnWidths.whole / 200)
        #expect(hostile[0] >= 11 * ColumnWidths.whole / 200)
        #expect(capped.reduce(0, +) == ColumnWidths.whole)
    }

    @Test func aTableWithoutColumnsIsAllLabels() {
        #expect(ColumnWidths.shares(of: table([]), lineLength: 200) == [ColumnWidths.whole])
    }

    @Test func theHTMLGivesEachColumnItsWidthInTheStyleSheet() throws {
        let html = String(decoding: try #require(HTMLRenderer().render(
            BriefingDocument(title: "Example \"</style><p>x", language: "en", tables: [table(["a", "b"])])).first).contents,
                          as: UTF8.self)
        #expect(html.contains("<colgroup><col class=\"label-col\"><col><col></colgroup>"))
        #expect(html.contains("#view-1 col:nth-child(1) { width: "))
        #expect(html.contains("#view-1 col:nth-child(3) { width: "))
        #expect(html.contains("<main>") && html.contains("</main>"))
        // The running title is a CSS string that no title can end, nor the style element.
        #expect(html.contains("@top-left { content: \"Example \\22 \\3c /style\\3e \\3c p\\3e x\";"))
        #expect(html.components(separatedBy: "</style>").count == 2)
    }
}

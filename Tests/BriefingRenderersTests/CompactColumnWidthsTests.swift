@testable import BriefingRenderers
import ComparisonKit
import Testing

/// Column widths that make a printed table short (HTML): the column of a long list gets the room the short columns do
/// not need, every column keeps its longest word where the line allows, and a long token does not take the line.
/// Fictional values only.
@Suite struct CompactColumnWidthsTests {
    /// One row per list of cells; every row has the same number of cells.
    func table(_ rows: [[String]], heading: String = "Example") -> ComparisonTable {
        let count = rows.first?.count ?? 0
        return ComparisonTable(
            viewID: "v", title: "Example", language: "en", rowHeading: "Dimension",
            columnGroups: [ColumnGroup(jurisdiction: "NO", label: "Norway", columns: (0..<count).map { index in
                TableColumn(initiativeID: "i\(index)", heading: heading, jurisdiction: "NO")
            })],
            rows: rows.enumerated().map { index, cells in
                TableRow(id: "r\(index)", label: "Label", cells: cells.map { text in
                    TableCell(state: .known, entries: [CellEntry(text: text, footnotes: [1])])
                })
            },
            footnotes: [], legend: "")
    }

    static let list = Array(repeating: "a member named in the list", count: 30).joined(separator: " ")
    static let medium = "a value of some length in every column of the row, written out in words"

    @Test func theLongListGetsTheRoomTheShortColumnsDoNotNeed() {
        // Row 1: one long list among short values; row 2: a medium text in two columns. By volume of text the list's
        // column gets a third of the line; for the shortest table it also gets much of what the short columns spare.
        let sample = table([
            [Self.list, "not stated", "not stated", "not stated", "not stated"],
            [Self.medium, Self.medium, "—", "—", "—"],
        ])
        let byContent = ColumnWidths.shares(of: sample, lineLength: 220)
        let compact = CompactColumnWidths.shares(of: sample, lineLength: 220, linesPerPage: 60)
        #expect(compact.reduce(0, +) == ColumnWidths.whole)
        #expect(compact[1] > byContent[1] + ColumnWidths.whole / 20, "\(byContent) -> \(compact)")
        // The same table always gets the same widths.
        #expect(CompactColumnWidths.shares(of: sample, lineLength: 220, linesPerPage: 60) == compact)
    }

    @Test func everyColumnKeepsItsLongestWordWhenTheLineHasRoom() {
        let amount = "EUR\u{00A0}8\u{00A0}168\u{00A0}million"  // 17 characters, one word
        let compact = CompactColumnWidths.shares(
            of: table([[Self.list, amount, "short"], [Self.list, "x", "y"]]), lineLength: 100, linesPerPage: 60)
        // The amount with its footnote marker and the cell's padding: 17 + 4 + 2 characters of the 100.
        #expect(compact[2] >= 23 * ColumnWidths.whole / 100, "\(compact)")
        #expect(compact[0] >= 11 * ColumnWidths.whole / 100, "\(compact)")  // "Dimension" and its padding
    }

    @Test func theRowLabelsKeepTheirLongestWordWithRoomForBold() {
        // A long list pulls every character it can; the labels' column keeps "Dimension" whole in bold: nine
        // characters a quarter wider (12) and the cell's padding (2), 14 of the 220.
        let compact = CompactColumnWidths.shares(
            of: table([[Self.list, Self.list, Self.list], [Self.list, "short", "short"]]), lineLength: 220,
            linesPerPage: 60)
        #expect(compact[0] >= 14 * ColumnWidths.whole / 220, "\(compact)")
    }

    @Test func theHeadingsKeepTheirLongestWordWithRoomForBold() {
        // Three columns of long words leave no line for every column's longest word, so those minimums are scaled
        // down, and the lists pull every character they can. The short columns' heading, "Exampleization
        // Partnership", still keeps "Exampleization" whole in bold: 14 characters an eighth wider (16) and the cell's
        // padding (2), 18 of the 130.
        let long = Array(repeating: "Exampleizationsprocesses of many members", count: 12).joined(separator: " ")
        let sample = table([[long, long, long, "—", "—", "—"], [long, long, long, "—", "no", "—"]],
                           heading: "Exampleization Partnership")
        let compact = CompactColumnWidths.shares(of: sample, lineLength: 130, linesPerPage: 60)
        for column in 4...6 {
            #expect(compact[column] >= 18 * ColumnWidths.whole / 130, "\(compact)")
        }
    }

    @Test func aHostileTokenDoesNotTakeTheLine() {
        let token = String(repeating: "x", count: 5_000)
        let compact = CompactColumnWidths.shares(
            of: table([[token, "not stated in the sources", "not stated in the sources"]]), lineLength: 200,
            linesPerPage: 60)
        // The token counts as a word of the cap: the other columns keep room for their words, "sources [1]".
        #expect(compact.reduce(0, +) == ColumnWidths.whole)
        #expect(compact[2] >= 13 * ColumnWidths.whole / 200 && compact[3] >= 13 * ColumnWidths.whole / 200, "\(compact)")
        #expect(compact[1] <= ColumnWidths.shares(of: table([[token, "a", "b"]]), lineLength: 200)[1], "\(compact)")
    }

    @Test func aTableTooWideToSearchKeepsTheWidthsByContent() {
        let wide = table([Array(repeating: "value", count: CompactColumnWidths.maximumColumns)])
        #expect(CompactColumnWidths.shares(of: wide, lineLength: 220, linesPerPage: 60)
                == ColumnWidths.shares(of: wide, lineLength: 220))
        #expect(CompactColumnWidths.shares(of: table([]), lineLength: 220, linesPerPage: 60) == [ColumnWidths.whole])
    }

    @Test func theHTMLPrintsTheCompactWidths() throws {
        let sample = table([[Self.list, "not stated", "not stated"], [Self.medium, Self.medium, Self.medium]])
        let html = String(decoding: try #require(HTMLRenderer().render(
            BriefingDocument(title: "Example", language: "en", tables: [sample])).first).contents, as: UTF8.self)
        let shares = CompactColumnWidths.shares(of: sample, lineLength: HTMLStyleSheet.lineLength,
                                                linesPerPage: HTMLStyleSheet.linesPerPage)
        for (column, share) in shares.enumerated() {
            #expect(html.contains("#view-1 col:nth-child(\(column + 1)) { width: \(HTMLStyleSheet.percent(share))%; }"))
        }
    }
}

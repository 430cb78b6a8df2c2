@testable import BriefingRenderers
import ComparisonKit
import Testing

/// Markdown and CSV write a column's heading (`Jurisdiction: Initiative`, `TableLayout.heading`) from its pieces
/// without joining them first; the bytes must be those of escaping the joined heading.
@Suite("Column headings written from their pieces")
struct ColumnHeadingTests {
    /// Labels and headings whose edges meet the `: ` join: line breaks, spaces, formula starters, quotes, pipes.
    static let pieces = ["", "Norway", "Norway\r", "Norway ", " ", "=1+1", "-", "a\"b", "x|y", "\n", "\r\nA",
                         "; x", "Q,", "\u{2028}", "\u{202E}B", "é"]

    /// The bytes `escape` writes for `text`.
    static func escaped(_ text: String, _ escape: (OutputBuffer, String) -> Void) -> [UInt8] {
        let sink = CollectingSink()
        let out = OutputBuffer(file: "x", in: sink)
        escape(out, text)
        out.finish()
        return sink.files.first?.contents ?? []
    }

    /// A one-column table under `label` with the column heading `heading`.
    static func table(label: String, heading: String) -> ComparisonTable {
        ComparisonTable(
            viewID: "v", title: "T", language: "en", rowHeading: "Row",
            columnGroups: [ColumnGroup(jurisdiction: "NO", label: label, columns: [
                TableColumn(initiativeID: "a", heading: heading, jurisdiction: "NO"),
            ])],
            rows: [], footnotes: [], legend: "")
    }

    @Test("Markdown header cells")
    func markdown() {
        for label in Self.pieces {
            for heading in Self.pieces {
                let table = Self.table(label: label, heading: heading)
                let joined = TableLayout.heading(of: table.columnGroups[0].columns[0], in: table.columnGroups[0])
                let expected = "| Row | " + String(decoding: Self.escaped(joined) { $0.appendMarkdownInline($1) },
                                                     as: UTF8.self) + " |\n"
                let rendered = MarkdownRenderer().renderTable(table)
                #expect(rendered.contains(expected), "\(label.debugDescription) \(heading.debugDescription)")
            }
        }
    }

    @Test("CSV header fields")
    func csv() {
        for label in Self.pieces {
            for heading in Self.pieces {
                let table = Self.table(label: label, heading: heading)
                let joined = TableLayout.heading(of: table.columnGroups[0].columns[0], in: table.columnGroups[0])
                let expected = "Row," + String(decoding: Self.escaped(joined) { $0.appendCSVField($1) },
                                                as: UTF8.self) + "\r\n"
                let rendered = CSVRenderer().renderTable(table)
                #expect(rendered.hasPrefix(expected), "\(label.debugDescription) \(heading.debugDescription)")
            }
        }
    }
}

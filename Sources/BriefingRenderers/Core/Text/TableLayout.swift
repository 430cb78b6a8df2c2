import ComparisonKit

/// Layout rules the table formats share.
package enum TableLayout {
    /// A row's cells, exactly one per column: the core guarantees that, but a table renderer must stay
    /// rectangular even if it did not, so missing cells are empty and extra cells are left out.
    package static func cells(of row: TableRow, columnCount: Int) -> [TableCell] {
        (0..<columnCount).map { index in
            index < row.cells.count ? row.cells[index] : TableCell(state: .notRecorded, entries: [])
        }
    }

    /// A column's heading with its jurisdiction, `Norway: Regjeringens digitaliseringsforum`.
    package static func heading(of column: TableColumn, in group: ColumnGroup) -> String {
        var heading = ""
        forEachHeadingPiece(of: column, in: group) { heading += $0 }
        return heading
    }

    /// Calls `body` with the pieces `heading(of:in:)` joins, in order: for formats that escape or gather them one at
    /// a time rather than build the joined string for every column.
    /// A column without a heading of its own (a jurisdiction's column in an indicator view) is headed by its
    /// group's label alone.
    static func forEachHeadingPiece(of column: TableColumn, in group: ColumnGroup, _ body: (String) -> Void) {
        if !group.label.isEmpty {
            body(group.label)
            if column.heading.isEmpty { return }
            body(": ")
        }
        body(column.heading)
    }

    /// The footnote markers after an entry, ` [1, 2]`, or nothing when the entry cites nothing.
    package static func markers(_ footnotes: [Int]) -> String {
        footnotes.isEmpty ? "" : " [" + footnotes.map(String.init).joined(separator: ", ") + "]"
    }
}

extension OutputBuffer {
    /// Appends the footnote markers after an entry, ` [1, 2]`, or nothing when the entry cites nothing (the bytes
    /// of `TableLayout.markers`).
    func appendMarkers(_ footnotes: [Int]) {
        guard !footnotes.isEmpty else { return }
        append(literal: " [")
        for (index, number) in footnotes.enumerated() {
            if index > 0 { append(literal: ", ") }
            append(decimal: number)
        }
        append(byte: UInt8(ascii: "]"))
    }
}

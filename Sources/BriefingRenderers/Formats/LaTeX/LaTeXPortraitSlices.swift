import ComparisonKit

/// A table cut, for a fragment, into slices of consecutive initiative columns that each fit a portrait article's
/// text block, every slice with the row labels, stacked one under the other.
///
/// A portrait text block (about 345 pt) holds a label column and four initiative columns at a readable size; eleven
/// columns in it left every column a word or two wide, and words and dates ran into the next column (593 overfull
/// lines in a paper that `\input`s the shipped views). Slices keep the table's own footnote numbers and jurisdiction
/// headings (a jurisdiction cut between two slices heads its columns in both); the legend ends the last slice.
enum LaTeXPortraitSlices {
    /// The most initiative columns one slice holds.
    static let maximumColumns = 4

    /// The slices of `table`, as even in width as the columns allow: the table itself when it is narrow enough.
    static func slices(of table: ComparisonTable) -> [ComparisonTable] {
        let count = table.columns.count
        guard count > maximumColumns else { return [table] }
        let sliceCount = (count + maximumColumns - 1) / maximumColumns
        // 11 columns in 3 slices: 4, 4, 3.
        var bounds: [Range<Int>] = []
        var start = 0
        for slice in 0..<sliceCount {
            let width = count / sliceCount + (slice < count % sliceCount ? 1 : 0)
            bounds.append(start..<(start + width))
            start += width
        }
        return bounds.enumerated().map { index, range in
            slice(table, columns: range, isLast: index == bounds.count - 1)
        }
    }

    /// The columns `range` of `table` with every row's label, and the legend only when it is the last slice.
    private static func slice(_ table: ComparisonTable, columns range: Range<Int>, isLast: Bool) -> ComparisonTable {
        var groups: [ColumnGroup] = []
        var position = 0
        for group in table.columnGroups {
            let groupRange = position..<(position + group.columns.count)
            position = groupRange.upperBound
            let kept = groupRange.clamped(to: range)
            guard !kept.isEmpty else { continue }
            let offset = kept.lowerBound - groupRange.lowerBound
            groups.append(ColumnGroup(jurisdiction: group.jurisdiction, label: group.label,
                                      columns: Array(group.columns[offset..<(offset + kept.count)])))
        }
        let rows = table.rows.map { row in
            TableRow(id: row.id, label: row.label,
                     cells: Array(TableLayout.cells(of: row, columnCount: table.columns.count)[range]))
        }
        var slice = table
        slice.columnGroups = groups
        slice.rows = rows
        if !isLast { slice.legend = "" }
        return slice
    }
}

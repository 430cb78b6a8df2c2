import BriefingRenderers
import OfficeOpenXML

/// One worksheet: its name, its rows of cells (the first the header row, frozen), and how many leading columns
/// stay in view when scrolling sideways.
struct XLSXSheet {
    /// The sheet's name as the tab shows it (see `XLSXSheetNames`).
    var name: String
    /// The rows, the header first; nil is an empty cell.
    var rows: [[XLSXCell?]]
    /// How many columns are frozen besides the header row (1 for a view: its row labels; 0 for a table).
    var frozenColumns: Int

    /// The narrowest and widest column, in characters.
    static let widthRange = 8...60

    /// Each column's width in characters: its longest line (header included) plus a margin, within `widthRange`.
    func columnWidths() -> [Int] {
        let count = rows.map(\.count).max() ?? 0
        var widths = Array(repeating: Self.widthRange.lowerBound, count: count)
        for row in rows {
            for (index, cell) in row.enumerated() {
                guard let cell else { continue }
                let longest: Int
                switch cell {
                case .number(let digits): longest = digits.unicodeScalars.count
                case .text(let text, _): longest = PlainText.lines(text).map(\.count).max() ?? 0
                }
                widths[index] = max(widths[index], min(longest + 2, Self.widthRange.upperBound))
            }
        }
        return widths
    }

    /// `xl/worksheets/sheetN.xml`: the used range, the frozen header row (and columns), the column widths and the
    /// cells, row by row. `selected` marks the sheet the workbook opens on.
    func xml(selected: Bool) -> String {
        var xml = IndentedXML()
        xml.open("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        let widths = columnWidths()
        let lastCell = XLSXReference.cell(column: max(widths.count, 1) - 1, row: max(rows.count, 1) - 1)
        xml.line("<dimension ref=\"A1:\(lastCell)\"/>")
        xml.open("<sheetViews>")
        xml.open("<sheetView\(selected ? " tabSelected=\"1\"" : "") workbookViewId=\"0\">")
        let topLeft = XLSXReference.cell(column: frozenColumns, row: 1)
        let pane = frozenColumns > 0 ? "bottomRight" : "bottomLeft"
        let xSplit = frozenColumns > 0 ? "xSplit=\"\(frozenColumns)\" " : ""
        xml.line("<pane \(xSplit)ySplit=\"1\" topLeftCell=\"\(topLeft)\" activePane=\"\(pane)\" state=\"frozen\"/>")
        xml.line("<selection pane=\"\(pane)\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>")
        xml.close("</sheetView>")
        xml.close("</sheetViews>")
        xml.line("<sheetFormatPr defaultRowHeight=\"15\"/>")
        if !widths.isEmpty {
            xml.open("<cols>")
            for (index, width) in widths.enumerated() {
                xml.line("<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>")
            }
            xml.close("</cols>")
        }
        xml.open("<sheetData>")
        for (rowIndex, row) in rows.enumerated() {
            xml.open("<row r=\"\(rowIndex + 1)\">")
            for (columnIndex, cell) in row.enumerated() {
                guard let cell else { continue }
                xml.line(Self.cellXML(cell, reference: XLSXReference.cell(column: columnIndex, row: rowIndex)))
            }
            xml.close("</row>")
        }
        xml.close("</sheetData>")
        xml.close("</worksheet>")
        return xml.text
    }

    /// One `<c>`: an inline string (never a formula), or a number.
    static func cellXML(_ cell: XLSXCell, reference: String) -> String {
        switch cell {
        case .number(let digits):
            return "<c r=\"\(reference)\"><v>\(digits)</v></c>"
        case .text(let text, let style):
            let styleAttribute = style == .plain ? "" : " s=\"\(style.rawValue)\""
            return "<c r=\"\(reference)\"\(styleAttribute) t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                + XLSXText.escaped(text) + "</t></is></c>"
        }
    }
}

/// A1-style cell references.
enum XLSXReference {
    /// The letters of a column from 0: `A` … `Z`, `AA` …
    static func column(_ index: Int) -> String {
        var number = index + 1
        var letters: [Unicode.Scalar] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8(remainder)))
            number = (number - 1) / 26
        }
        return String(String.UnicodeScalarView(letters.reversed()))
    }

    /// A cell's reference from its column and row, both from 0: `B2` for (1, 1).
    static func cell(column: Int, row: Int) -> String {
        Self.column(column) + String(row + 1)
    }
}

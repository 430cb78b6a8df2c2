import BriefingRenderers
import ComparisonKit
import OfficeOpenXML

/// One comparison table as a WordprocessingML `<w:tbl>`.
///
/// Layout: a fixed-width table (`w:tblLayout` fixed) across the landscape page in the `BriefingTable` style (borders
/// on every cell), each column as wide as its content asks (`ColumnWidths`: room for its longest word, so that Word
/// breaks words only at hyphenation points, then the rest by volume of text), its text at 8 pt or, when the longest
/// words would not fit across the page at that size, smaller (down to 6.5 pt). A body row that fits in half a page
/// may not split across pages (`w:cantSplit`); a taller one may, so that it never leaves a page mostly empty.
/// Two header rows, both marked `<w:tblHeader/>` so Word and LibreOffice repeat them on every page: the first
/// holds the row heading (merged down into the second row) and each jurisdiction's name spanning its initiatives'
/// columns (`w:gridSpan`); the second holds each initiative's heading. Then one row per dimension or theme, its
/// label in bold in the first column. A cell holds one paragraph per entry, `text (qualifier)` followed by the
/// footnote numbers as superscript `[1, 2]`, with a little space above every entry but the first; a disputed cell
/// ends with an italic paragraph saying that the
/// sources disagree, in the table's language; a cell without entries shows `—`.
struct DOCXTableXML {
    /// The table to write.
    let table: ComparisonTable
    /// Run properties every run of the table carries: the table's `w:lang` when it differs from the document's.
    let language: String
    /// The text size of the table in half-points.
    private let size: Int
    /// The run properties that set `size` (none at the usual size, which the `TableText` style gives).
    private let sizeProperties: String

    /// A table to write, with the run properties every run carries.
    init(table: ComparisonTable, language: String) {
        self.table = table
        self.language = language
        size = Self.textSize(of: table)
        sizeProperties = size == Self.usualSize ? "" : "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>"
    }

    /// The fill of the header cells.
    static let headerFill = "DCE3EC"

    /// The average width of a character of table text at 8 pt in twentieths of a point, with the cell's padding
    /// spread over a column's characters.
    static let characterWidth = 80
    /// The height of a line of table text at 8 pt in twentieths of a point.
    static let lineHeight = 200
    /// The table text's usual size and the smallest it is set at, in half-points.
    static let usualSize = 16
    /// The smallest size of table text, in half-points.
    static let smallestSize = 13

    /// The size of the table's text in half-points: 8 pt, or smaller (down to 6.5 pt) when at 8 pt its columns'
    /// longest words (dates and amounts among them) would not all fit across the page.
    static func textSize(of table: ComparisonTable) -> Int {
        let needed = ColumnWidths.minimumLineLength(of: table)
        let available = DOCXLayout.textWidth / characterWidth
        guard needed > available else { return usualSize }
        return max(smallestSize, usualSize * available / needed)
    }

    /// The columns' widths in twentieths of a point: the row labels, then one per column, from the content at the
    /// text size `size`.
    static func columnWidths(of table: ComparisonTable, size: Int) -> [Int] {
        let total = DOCXLayout.textWidth
        let lineLength = total * usualSize / (characterWidth * size)
        return ColumnWidths.shares(of: table, lineLength: lineLength).map { $0 * total / ColumnWidths.whole }
    }

    /// Whether a body row is short enough to be kept on one page: its tallest cell, estimated from the lines its
    /// entries take at the column's width, is at most half the page's text height.
    static func fitsHalfAPage(_ cells: [TableCell], label: String, widths: [Int], size: Int) -> Bool {
        func lines(_ text: String, width: Int) -> Int {
            let perLine = max(width * usualSize / (characterWidth * size) - 1, 1)
            return text.unicodeScalars.count / perLine + 1
        }
        var tallest = lines(label, width: widths[0])
        for (cell, width) in zip(cells, widths.dropFirst()) {
            let height = cell.entries.reduce(0) { sum, entry in
                sum + lines(entry.text + (entry.qualifier ?? "") + "[00]", width: width)
            }
            tallest = max(tallest, height)
        }
        return tallest * lineHeight * size / usualSize <= (DOCXLayout.pageHeight - 2 * DOCXLayout.margin) / 2
    }

    /// Appends the table to `xml`.
    func write(into xml: inout IndentedXML) {
        let groups = table.columnGroups.filter { !$0.columns.isEmpty }
        let columns = groups.flatMap { group in group.columns }
        let widths = Self.columnWidths(of: table, size: size)

        xml.open("<w:tbl>")
        xml.line("<w:tblPr><w:tblStyle w:val=\"BriefingTable\"/><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
            + "<w:tblLayout w:type=\"fixed\"/></w:tblPr>")
        xml.open("<w:tblGrid>")
        for width in widths { xml.line("<w:gridCol w:w=\"\(width)\"/>") }
        xml.close("</w:tblGrid>")

        // Header row 1: the row heading (merged down) and the jurisdictions, each spanning its columns.
        xml.open("<w:tr>")
        xml.line("<w:trPr><w:tblHeader/></w:trPr>")
        cell(into: &xml, width: widths[0], extra: "<w:vMerge w:val=\"restart\"/>", header: true,
             paragraphs: [paragraph(table.rowHeading, bold: true)])
        var index = 1
        for group in groups {
            let span = group.columns.count
            let width = widths[index..<(index + span)].reduce(0, +)
            index += span
            cell(into: &xml, width: width, extra: span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : "", header: true,
                 paragraphs: [paragraph(group.label, bold: true, centred: true)])
        }
        xml.close("</w:tr>")

        // Header row 2: the initiatives.
        xml.open("<w:tr>")
        xml.line("<w:trPr><w:tblHeader/></w:trPr>")
        cell(into: &xml, width: widths[0], extra: "<w:vMerge/>", header: true, paragraphs: [paragraph("", bold: true)])
        for (offset, column) in columns.enumerated() {
            cell(into: &xml, width: widths[offset + 1], extra: "", header: true,
                 paragraphs: [paragraph(column.heading, bold: true)])
        }
        xml.close("</w:tr>")

        // One row per dimension or theme.
        for row in table.rows {
            xml.open("<w:tr>")
            let cells = TableLayout.cells(of: row, columnCount: columns.count)
            if Self.fitsHalfAPage(cells, label: row.label, widths: widths, size: size) {
                xml.line("<w:trPr><w:cantSplit/></w:trPr>")
            }
            cell(into: &xml, width: widths[0], extra: "", header: false, paragraphs: [paragraph(row.label, bold: true)])
            for (offset, cell) in cells.enumerated() {
                self.cell(into: &xml, width: widths[offset + 1], extra: "", header: false, paragraphs: paragraphs(of: cell))
            }
            xml.close("</w:tr>")
        }
        xml.close("</w:tbl>")
    }

    /// A `<w:tc>` with its width, merge or span, the header fill, and its paragraphs (at least one).
    private func cell(into xml: inout IndentedXML, width: Int, extra: String, header: Bool, paragraphs: [String]) {
        xml.open("<w:tc>")
        let fill = header ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(Self.headerFill)\"/>" : ""
        xml.line("<w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>" + extra + fill + "</w:tcPr>")
        for paragraph in paragraphs.isEmpty ? [self.paragraph("")] : paragraphs { xml.line(paragraph) }
        xml.close("</w:tc>")
    }

    /// A cell's paragraphs: one per entry, then the disagreement marker; `—` when it has no entries.
    private func paragraphs(of cell: TableCell) -> [String] {
        guard !cell.entries.isEmpty else { return [paragraph("—")] }
        var paragraphs = cell.entries.enumerated().map { entryParagraph($1, spaced: $0 > 0) }
        if cell.state == .disputed {
            paragraphs.append(paragraph(BriefingPhrases.sourcesDisagree(in: table.language), italic: true))
        }
        return paragraphs
    }

    /// `text (qualifier)` and the superscript footnote numbers `[1, 2]`; `spaced` sets it off from the entry above.
    private func entryParagraph(_ entry: CellEntry, spaced: Bool) -> String {
        var text = entry.text
        if let qualifier = entry.qualifier, !qualifier.isEmpty { text += " (" + qualifier + ")" }
        var runs = WordprocessingText.run(text + (entry.footnotes.isEmpty ? "" : " "), properties: sizeProperties + language)
        if !entry.footnotes.isEmpty {
            let marker = "[" + entry.footnotes.map(String.init).joined(separator: ", ") + "]"
            runs += WordprocessingText.run(marker, properties: sizeProperties + "<w:vertAlign w:val=\"superscript\"/>" + language)
        }
        let spacing = spaced ? "<w:spacing w:before=\"80\"/>" : ""
        return "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/>" + spacing + "</w:pPr>" + runs + "</w:p>"
    }

    /// A `TableText` paragraph holding one value.
    private func paragraph(_ text: String, bold: Bool = false, italic: Bool = false, centred: Bool = false) -> String {
        let properties = (bold ? "<w:b/>" : "") + (italic ? "<w:i/>" : "") + sizeProperties + language
        let pPr = "<w:pPr><w:pStyle w:val=\"TableText\"/>" + (centred ? "<w:jc w:val=\"center\"/>" : "") + "</w:pPr>"
        return "<w:p>" + pPr + WordprocessingText.run(text, properties: properties) + "</w:p>"
    }
}

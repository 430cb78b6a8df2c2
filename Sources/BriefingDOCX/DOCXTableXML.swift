import BriefingRenderers
import ComparisonKit
import OfficeOpenXML

/// One comparison table as a WordprocessingML `<w:tbl>`.
///
/// Layout: a fixed-width table across the landscape page in the `BriefingTable` style (borders on every cell).
/// Two header rows, both marked `<w:tblHeader/>` so Word and LibreOffice repeat them on every page: the first
/// holds the row heading (merged down into the second row) and each jurisdiction's name spanning its initiatives'
/// columns (`w:gridSpan`); the second holds each initiative's heading. Then one row per dimension or theme, its
/// label in bold in the first column. A cell holds one paragraph per entry, `text (qualifier)` followed by the
/// footnote numbers as superscript `[1, 2]`; a disputed cell ends with an italic paragraph saying that the
/// sources disagree, in the table's language; a cell without entries shows `—`.
struct DOCXTableXML {
    /// The table to write.
    let table: ComparisonTable
    /// Run properties every run of the table carries: the table's `w:lang` when it differs from the document's.
    let language: String

    /// The fill of the header cells.
    static let headerFill = "DCE3EC"

    /// The columns' widths in twentieths of a point: the row labels, then one equal share per initiative.
    static func columnWidths(columnCount: Int) -> [Int] {
        let total = DOCXLayout.textWidth
        guard columnCount > 0 else { return [total] }
        let first = min(2200, total / (columnCount + 1) * 2)
        let share = (total - first) / columnCount
        return [first] + Array(repeating: share, count: columnCount)
    }

    /// Appends the table to `xml`.
    func write(into xml: inout IndentedXML) {
        let groups = table.columnGroups.filter { !$0.columns.isEmpty }
        let columns = groups.flatMap { group in group.columns }
        let widths = Self.columnWidths(columnCount: columns.count)

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
            cell(into: &xml, width: widths[0], extra: "", header: false, paragraphs: [paragraph(row.label, bold: true)])
            for (offset, cell) in TableLayout.cells(of: row, columnCount: columns.count).enumerated() {
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
        var paragraphs = cell.entries.map(entryParagraph)
        if cell.state == .disputed {
            paragraphs.append(paragraph(BriefingPhrases.sourcesDisagree(in: table.language), italic: true))
        }
        return paragraphs
    }

    /// `text (qualifier)` and the superscript footnote numbers `[1, 2]`.
    private func entryParagraph(_ entry: CellEntry) -> String {
        var text = entry.text
        if let qualifier = entry.qualifier, !qualifier.isEmpty { text += " (" + qualifier + ")" }
        var runs = WordprocessingText.run(text + (entry.footnotes.isEmpty ? "" : " "), properties: language)
        if !entry.footnotes.isEmpty {
            let marker = "[" + entry.footnotes.map(String.init).joined(separator: ", ") + "]"
            runs += WordprocessingText.run(marker, properties: "<w:vertAlign w:val=\"superscript\"/>" + language)
        }
        return "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr>" + runs + "</w:p>"
    }

    /// A `TableText` paragraph holding one value.
    private func paragraph(_ text: String, bold: Bool = false, italic: Bool = false, centred: Bool = false) -> String {
        let properties = (bold ? "<w:b/>" : "") + (italic ? "<w:i/>" : "") + language
        let pPr = "<w:pPr><w:pStyle w:val=\"TableText\"/>" + (centred ? "<w:jc w:val=\"center\"/>" : "") + "</w:pPr>"
        return "<w:p>" + pPr + WordprocessingText.run(text, properties: properties) + "</w:p>"
    }
}

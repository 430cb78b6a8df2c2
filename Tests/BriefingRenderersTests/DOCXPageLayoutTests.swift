import BriefingDOCX
import BriefingRenderers
import ComparisonKit
import Foundation
import Testing

/// The Word briefing's page layout: the title at the top and "page / pages" at the bottom of every page, columns as
/// wide as their content, rows that fit in half a page kept on one page, and space between the entries of a cell.
@Suite("DOCX page layout")
struct DOCXPageLayoutTests {
    @Test func everyPageHasTheTitleAboveAndItsNumberBelow() throws {
        var document = DOCXRendererTests.sampleDocument(language: "en")
        document.title = "Example <briefing> & \"title\""
        let reader = try DOCXRendererTests.unzipped(document)
        let header = try DOCXRendererTests.part(reader, "word/header1.xml")
        let footer = try DOCXRendererTests.part(reader, "word/footer1.xml")
        #expect(header.contains("<w:t xml:space=\"preserve\">Example &lt;briefing&gt; &amp; &quot;title&quot;</w:t>")
                    || header.contains("<w:t>Example &lt;briefing&gt; &amp; &quot;title&quot;</w:t>"), "\(header)")
        #expect(footer.contains("> PAGE <") && footer.contains("> NUMPAGES <"))
        let body = try DOCXRendererTests.part(reader, "word/document.xml")
        #expect(body.contains("<w:headerReference w:type=\"default\" r:id=\"rIdHeader1\"/>"))
        #expect(body.contains("<w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>"))
        let relationships = try DOCXRendererTests.part(reader, "word/_rels/document.xml.rels")
        #expect(relationships.contains("Id=\"rIdHeader1\"") && relationships.contains("Target=\"header1.xml\""))
        let types = try DOCXRendererTests.part(reader, "[Content_Types].xml")
        #expect(types.contains("/word/header1.xml") && types.contains("/word/footer1.xml"))
    }

    @Test func shortRowsMayNotSplitAndLaterEntriesAreSpacedOff() throws {
        let body = try DOCXRendererTests.part(try DOCXRendererTests.unzipped(DOCXRendererTests.sampleDocument(language: "en")),
                                              "word/document.xml")
        #expect(body.contains("<w:trPr><w:cantSplit/></w:trPr>"))
        #expect(body.contains("<w:pStyle w:val=\"TableText\"/><w:spacing w:before=\"80\"/>"))
        // The legend never starts a page alone: the last source before it is kept with it.
        #expect(body.contains("<w:pStyle w:val=\"SourceEntry\"/><w:keepNext/>"))
    }

    /// A row taller than half a page may split, so that it does not leave a page mostly empty.
    @Test func aVeryTallRowMaySplit() throws {
        let long = Array(repeating: "an entry of a long list of participants", count: 200).map {
            CellEntry(text: $0, footnotes: [1])
        }
        let table = ComparisonTable(
            viewID: "v", title: "Example", language: "en", rowHeading: "Dimension",
            columnGroups: [ColumnGroup(jurisdiction: "NO", label: "Norway", columns: [
                TableColumn(initiativeID: "a", heading: "Example A", jurisdiction: "NO"),
            ])],
            rows: [TableRow(id: "short", label: "Short", cells: [TableCell(state: .known, entries: [CellEntry(text: "x", footnotes: [])])]),
                   TableRow(id: "long", label: "Long", cells: [TableCell(state: .known, entries: long)])],
            footnotes: [], legend: "")
        let reader = try DOCXRendererTests.unzipped(BriefingDocument(title: "Example", language: "en", tables: [table]))
        let body = try DOCXRendererTests.part(reader, "word/document.xml")
        #expect(body.components(separatedBy: "<w:cantSplit/>").count == 2)
    }

    @Test func aColumnOfLongTextIsWiderThanAColumnOfShortValues() throws {
        let table = ComparisonTable(
            viewID: "v", title: "Example", language: "en", rowHeading: "Dimension",
            columnGroups: [ColumnGroup(jurisdiction: "NO", label: "Norway", columns: [
                TableColumn(initiativeID: "a", heading: "Example A", jurisdiction: "NO"),
                TableColumn(initiativeID: "b", heading: "Example B", jurisdiction: "NO"),
            ])],
            rows: [TableRow(id: "r", label: "Row", cells: [
                TableCell(state: .known, entries: [CellEntry(text: "short", footnotes: [])]),
                TableCell(state: .known, entries: [CellEntry(text: String(repeating: "many words here ", count: 60),
                                                             footnotes: [])]),
            ])],
            footnotes: [], legend: "")
        let body = try DOCXRendererTests.part(try DOCXRendererTests.unzipped(
            BriefingDocument(title: "Example", language: "en", tables: [table])), "word/document.xml")
        let widths = body.components(separatedBy: "<w:gridCol w:w=\"").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(widths.count == 3 && widths[2] > 2 * widths[1], "\(widths)")
    }
}

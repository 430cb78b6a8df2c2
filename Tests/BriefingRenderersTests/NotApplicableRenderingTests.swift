import BriefingDOCX
import BriefingRenderers
import ComparisonKit
import Foundation
import StandardRenderers
import Testing

/// A cell whose fact does not apply reaches every format as "not applicable" in the table's language, marked as its
/// own state where the format marks states, and never as "not stated in the sources".
@Suite("Not-applicable cells in every format")
struct NotApplicableRenderingTests {
    /// A one-cell table in a language: the chair of a strategy.
    static func table(_ language: LanguageCode) -> ComparisonTable {
        let vocabulary = Vocabulary(language)
        return ComparisonTable(
            viewID: "chair", title: "Chair", language: language, rowHeading: vocabulary.dimensionHeading,
            columnGroups: [ColumnGroup(jurisdiction: "NO", label: ["nb": "Norge", "da": "Norge"][language] ?? "Norway", columns: [
                TableColumn(initiativeID: "no-example-strategy-2030", heading: "Eksempelstrategi 2030", jurisdiction: "NO"),
            ])],
            rows: [TableRow(id: "chair", label: "Chair", cells: [
                TableCell(state: .notApplicable, entries: [CellEntry(text: vocabulary.notApplicable, footnotes: [1])]),
            ])],
            footnotes: [Footnote(number: 1, source: SampleTables.exampleStrategy, locator: "kapittel 1")],
            legend: vocabulary.legend(history: .latest))
    }

    /// Every registered text format's output for the table (the formats that write the corpus's data, not the
    /// tables, have no cells to say it in).
    static func outputs(_ language: LanguageCode) -> [(format: String, text: String)] {
        let document = BriefingDocument(title: "t", language: language, tables: [table(language)])
        return RendererRegistry.standard.renderers.filter { $0.writesText && $0.readsTables }.map { renderer in
            // HTML's soft hyphens (HTMLHyphenation) sit inside words; the words are read without them.
            (renderer.formatName, renderer.render(document).map { String(decoding: $0.contents, as: UTF8.self) }.joined()
                .replacingOccurrences(of: "&shy;", with: ""))
        }
    }

    @Test("Every text format says it in the table's language", arguments: ["en", "nb", "da"])
    func everyTextFormat(_ language: LanguageCode) {
        let vocabulary = Vocabulary(language)
        for (format, text) in Self.outputs(language) {
            #expect(text.contains(vocabulary.notApplicable), "\(format)")
            #expect(!text.contains(vocabulary.notStated), "\(format)")
        }
    }

    @Test func jsonNamesTheState() {
        let json = JSONRenderer().renderTable(Self.table("en"))
        #expect(json.contains("\"state\": \"not-applicable\""))
    }

    @Test func htmlGivesTheCellItsClassAndStyle() {
        let html = HTMLRenderer().render(BriefingDocument(title: "t", language: "nb", tables: [Self.table("nb")]))
            .map { String(decoding: $0.contents, as: UTF8.self) }.joined()
        #expect(html.contains("<td class=\"not-applicable\"><span class=\"entry\">ikke relevant"))
        #expect(html.contains("td.not-applicable"))
    }

    @Test func docxSaysItInTheTable() throws {
        let document = BriefingDocument(title: "t", language: "da", tables: [Self.table("da")])
        let file = try #require(DOCXRenderer().render(document).first)
        let reader = try DOCXReader(file.contents)
        let xml = String(decoding: try #require(reader.data("word/document.xml")), as: UTF8.self)
        #expect(xml.contains("ikke relevant"))
        #expect(!xml.contains("ikke oplyst i kilderne"))
    }
}

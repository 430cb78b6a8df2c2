import BriefingDOCX
import BriefingRenderers
import ComparisonKit
import Foundation
import StandardRenderers
import Testing

/// A source's date of reading, archived copy and identifier appear in every format's list of sources, labelled in
/// the table's language, and nothing is said of them when the source gives none.
@Suite("Source metadata in every format")
struct SourceMetadataRenderingTests {
    /// A one-cell table in a language citing `source`.
    static func table(_ language: LanguageCode, source: Source) -> ComparisonTable {
        ComparisonTable(
            viewID: "sources", title: "Sources", language: language, rowHeading: "Dimension",
            columnGroups: [ColumnGroup(jurisdiction: "EU", label: "EU", columns: [
                TableColumn(initiativeID: "eu-example-programme", heading: "Eksempelprogrammet", jurisdiction: "EU"),
            ])],
            rows: [TableRow(id: "kind", label: "Kind", cells: [SampleTables.known("programme", [1])])],
            footnotes: [Footnote(number: 1, source: source, locator: "Article 9")], legend: "")
    }

    /// Every format that writes the tables, DOCX as its document part, the workbook as its sheets.
    static func outputs(_ language: LanguageCode, source: Source) throws -> [(format: String, text: String)] {
        let document = BriefingDocument(title: "t", language: language, tables: [table(language, source: source)])
        return try RendererRegistry.standard.renderers.filter(\.readsTables).map { renderer in
            let files = renderer.render(document)
            guard renderer.writesText else {
                let reader = try DOCXReader(try #require(files.first).contents)
                let parts = reader.entries.filter { $0.path == "word/document.xml" || $0.path.hasPrefix("xl/worksheets/") }
                #expect(!parts.isEmpty, "\(renderer.formatName)")
                return (renderer.formatName, parts.map { String(decoding: $0.data, as: UTF8.self) }.joined())
            }
            return (renderer.formatName, files.map { String(decoding: $0.contents, as: UTF8.self) }.joined())
        }
    }

    static let labels: [LanguageCode: (accessed: String, archived: String)] = [
        "en": ("accessed", "archived copy"), "nb": ("lest", "arkivert kopi"), "da": ("læst", "arkiveret kopi"),
    ]

    @Test("Every format lists them, labelled in the table's language", arguments: ["en", "nb", "da"])
    func everyFormat(_ language: LanguageCode) throws {
        let labels = try #require(Self.labels[language])
        #expect(Vocabulary(language).accessed == labels.accessed)
        #expect(Vocabulary(language).archivedCopy == labels.archived)
        for (format, output) in try Self.outputs(language, source: SampleTables.exampleDecision) {
            // LaTeX lets a URL break after each slash (and a token of more than 40 characters after each of them);
            // HTML wraps the date in a `time` element.
            let text = output.replacingOccurrences(of: "\\allowbreak{}", with: "").replacingOccurrences(of: "\\hspace{0pt}", with: "")
                .replacingOccurrences(of: "<time class=\"accessed\" datetime=\"2024-05-02\">", with: "")
            #expect(text.contains("DOI:10.5555/example-programme-decision"), "\(format)")
            #expect(text.contains("https://example.com/archive/2024/example-programme/decision"), "\(format)")
            #expect(text.contains("2024-05-02"), "\(format)")
            // CSV, JSON and the workbook name them by their column and key instead.
            guard format != "csv", format != "json", format != "xlsx" else { continue }
            #expect(text.contains(labels.accessed + " 2024-05-02"), "\(format)")
            #expect(text.contains(labels.archived + ": "), "\(format)")
        }
    }

    @Test("A source without them says nothing about them", arguments: ["en", "nb", "da"])
    func absent(_ language: LanguageCode) throws {
        let labels = try #require(Self.labels[language])
        for (format, text) in try Self.outputs(language, source: SampleTables.exampleProposal) {
            #expect(!text.contains(labels.accessed + " "), "\(format)")
            #expect(!text.contains(labels.archived), "\(format)")
        }
    }

    @Test func markdownWritesThemAroundTheLocatorAndAddress() {
        let markdown = MarkdownRenderer().renderTable(Self.table("nb", source: SampleTables.exampleDecision))
        #expect(markdown.contains("- [1] *Decision establishing the example programme (fictional)* — Example Assembly, "
            + "2021-04-29 (en), DOI:10.5555/example-programme-decision; Article 9; "
            + "<https://example.org/eu/example-programme/decision>; arkivert kopi: "
            + "<https://example.com/archive/2024/example-programme/decision>; lest 2024-05-02\n"))
    }

    @Test func htmlLinksTheArchivedCopyAndDatesTheReading() throws {
        let html = try #require(try Self.outputs("da", source: SampleTables.exampleDecision).first { $0.format == "html" }).text
        #expect(html.contains(", <span class=\"identifier\">DOI:10.5555/example-programme-decision</span>; "))
        #expect(html.contains("; arkiveret kopi: <a class=\"archived\" "
            + "href=\"https://example.com/archive/2024/example-programme/decision\" rel=\"noreferrer\">"))
        #expect(html.contains("; læst <time class=\"accessed\" datetime=\"2024-05-02\">2024-05-02</time></li>"))
    }

    @Test func docxLinksTheArchivedCopy() throws {
        let document = BriefingDocument(title: "t", language: "en", tables: [Self.table("en", source: SampleTables.exampleDecision)])
        let reader = try DOCXReader(try #require(DOCXRenderer().render(document).first).contents)
        let relationships = String(decoding: try #require(reader.data("word/_rels/document.xml.rels")), as: UTF8.self)
        #expect(relationships.contains("Target=\"https://example.com/archive/2024/example-programme/decision\""))
        #expect(relationships.contains("Target=\"https://example.org/eu/example-programme/decision\""))
    }
}

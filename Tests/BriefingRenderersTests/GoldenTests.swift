import BriefingRenderers
import ComparisonKit
import StandardRenderers
import TestSupport
import Testing

/// Every registered renderer's output for the sample tables, byte for byte against `Golden/<format>/`.
@Suite("Golden files")
struct GoldenTests {
    @Test("Sample tables match the golden files", arguments: RendererRegistry.standard.formatNames)
    func sampleTablesMatchGolden(format: String) throws {
        // DOCX and XLSX are ZIPs; DOCXRendererTests and XLSXRendererTests compare their unzipped parts instead. The
        // SQLite file's bytes depend on the library's version; SQLiteInvariant reads every row back instead.
        guard format != "docx", format != "xlsx", format != "sqlite" else { return }
        let renderer = try #require(RendererRegistry.standard.renderer(named: format))
        let files = renderer.render(SampleTables.document)
        for file in files {
            GoldenFiles.renderers.check(file.contents, format + "/" + file.relativePath)
        }
        if !GoldenFiles.isUpdating {
            // A format that writes into a folder (the data package's data/) has its golden files in that folder.
            let produced = files.map(\.relativePath).sorted()
            let topLevel = Set(produced.map { String($0.prefix { $0 != "/" }) }).sorted()
            #expect(GoldenFiles.renderers.names(in: format) == topLevel,
                    "Golden/\(format)/ should hold exactly the files the renderer writes; remove stale ones")
            for folder in topLevel where produced.contains(where: { $0.hasPrefix(folder + "/") }) {
                let inside = produced.filter { $0.hasPrefix(folder + "/") }.map { String($0.dropFirst(folder.count + 1)) }
                #expect(GoldenFiles.renderers.names(in: format + "/" + folder) == inside,
                        "Golden/\(format)/\(folder)/ should hold exactly the files the renderer writes there")
            }
        }
    }

    @Test("Markdown and JSON write one file per table, CSV the table and its sources, named after the view")
    func oneFilePerTable() {
        let expected: [String: [String]] = [
            "markdown": ["overview.md", "budgets.md"],
            "csv": ["overview.csv", "overview-sources.csv", "budgets.csv", "budgets-sources.csv"],
            "json": ["overview.json", "budgets.json"],
        ]
        for (format, names) in expected.sorted(by: { $0.key < $1.key }) {
            let files = RendererRegistry.standard.renderer(named: format)?.render(SampleTables.document) ?? []
            #expect(files.map(\.relativePath) == names, "\(format)")
        }
    }

    @Test("JSON writes participants, components and goals as data beside their text")
    func listsAsData() {
        let document = BriefingDocument(title: "Lists", language: "en", tables: [SampleTables.lists])
        for file in JSONRenderer().render(document) {
            GoldenFiles.renderers.check(file.contents, "json-lists/" + file.relativePath)
        }
    }

    @Test("renderTable gives the same text as the rendered file")
    func renderTableMatchesRender() {
        let table = SampleTables.budgets
        let document = BriefingDocument(title: "t", language: "nb", tables: [table])
        #expect(MarkdownRenderer().render(document).first?.contents == Array(MarkdownRenderer().renderTable(table).utf8))
        #expect(CSVRenderer().render(document).first?.contents == Array(CSVRenderer().renderTable(table).utf8))
        #expect(JSONRenderer().render(document).first?.contents == Array(JSONRenderer().renderTable(table).utf8))
    }
}

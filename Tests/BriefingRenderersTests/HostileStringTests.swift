@testable import BriefingRenderers
import ComparisonKit
import StandardRenderers
import TestSupport
import Testing

/// Values come from plugin files written by others. Every registered renderer must keep its format intact
/// whatever they hold; `FormatInvariants` says what "intact" means per format.
@Suite("Hostile strings")
struct HostileStringTests {
    /// Strings that break naive Markdown, CSV, JSON, HTML or LaTeX output.
    static let hostile: [String] = [
        "pipe | in | cell",
        "line\nbreak", "crlf\r\nbreak", "cr\ronly", "vt\u{0B}ff\u{0C}nel\u{85}ls\u{2028}ps\u{2029}end",
        "=cmd|' /C calc'!A0", "+1", "-2", "@SUM(1)", "\tleading tab", "\rleading CR", "\nleading LF",
        "  =HYPERLINK(\"http://evil.example\")", "\u{A0}-1", "a,b;c", "'already quoted'",
        "\"quotes\" and \"\"doubled\"\"", "\"", "back\\slash \\| \\\\ trailing\\",
        "<script>alert(1)</script>", "</td></tr></table><img src=x onerror=alert(1)>", "& < > &amp; &lt; &#124;",
        "nul\u{0}bell\u{7}esc\u{1B}[31mred del\u{7F} csi\u{9B}",
        "\\ { } $ & # ^ _ ~ % \\\\end{tabular}",
        "\u{202E}evil\u{202C} rtl \u{2066}isolate\u{2069} \u{FEFF}bom",
        "*bold* _it_ `code` ~~strike~~ [link](javascript:alert(1)) ![img](x) $x^2$",
        "# heading", "- item", "| --- | --- |", "> quote", "1. list",
        "emoji 🇳🇴🇩🇰 👩‍👩‍👧 e\u{301} æøå ÆØÅ",
        // Long: with it every Markdown, CSV and JSON file is longer than the output buffer (checked below).
        String(repeating: "lang tekst | med ; og , og \"\n", count: 500),
        "", " ", "   trailing space   ",
    ]

    /// A hostile value by position, cycling through the list.
    static func value(_ index: Int) -> String { hostile[index % hostile.count] }

    /// A table with a hostile value in every text slot and every cell state.
    static func hostileTable(viewID: String, offset: Int) -> ComparisonTable {
        var counter = offset
        func next() -> String {
            counter += 1
            return value(counter)
        }
        let groups = (0..<3).map { g in
            ColumnGroup(jurisdiction: next(), label: next(), columns: (0..<2).map { _ in
                TableColumn(initiativeID: next(), heading: next(), jurisdiction: next())
            })
        }
        let states: [CellState] = [.known, .unknown, .notApplicable, .notRecorded, .disputed]
        let rows = (0..<hostile.count).map { r in
            TableRow(id: next(), label: next(), cells: (0..<6).map { c in
                let count = (r + c) % 4 // 0 to 3 entries, so also empty cells
                return TableCell(state: states[(r + c) % states.count], entries: (0..<count).map { e in
                    CellEntry(text: next(), qualifier: (r + e) % 3 == 0 ? nil : next(),
                              footnotes: e == 0 ? [] : Array(1...e), data: data(r + c + e))
                })
            })
        }
        // Participants, components and goals as data, hostile in every text, each optional value now and then absent.
        func data(_ index: Int) -> CellData? {
            switch index % 4 {
            case 1:
                return .participant(ParticipantValue(
                    name: next(), englishName: index % 3 == 0 ? nil : next(),
                    category: OrganisationCategory.allCases[index % OrganisationCategory.allCases.count],
                    role: index % 5 == 0 ? nil : next(), since: index % 2 == 0 ? nil : SampleTables.date(2021, 3)))
            case 2:
                return .component(ComponentValue(id: next(), label: index % 3 == 0 ? nil : next(), title: next(),
                                                 description: index % 5 == 0 ? nil : next()))
            case 3:
                return .goal(GoalValue(text: next(), target: index % 3 == 0 ? nil : next(),
                                       deadline: index % 2 == 0 ? nil : SampleTables.date(2030)))
            default:
                return nil
            }
        }
        let footnotes = (1...hostile.count).map { n in
            Footnote(number: n, source: Source(
                id: next(), title: next(), publisher: next(), published: n % 2 == 0 ? nil : SampleTables.date(2021, 3),
                language: next(), kind: n % 3 == 0 ? nil : next(), url: n % 4 == 0 ? nil : next(),
                confidence: n % 5 == 0 ? nil : SourceConfidence.allCases[n % 4], location: .synthetic("hostile"),
                accessed: n % 3 == 1 ? nil : SampleTables.date(2024, 5, 2), archived: n % 4 == 1 ? nil : next(),
                identifier: n % 5 == 1 ? nil : next()), locator: n % 2 == 0 ? nil : next())
        }
        return ComparisonTable(viewID: viewID, title: next(), language: "en", rowHeading: next(),
                               columnGroups: groups, rows: rows, footnotes: footnotes, legend: next())
    }

    /// Two hostile tables; the second has a path-traversal view id.
    static let document = BriefingDocument(
        title: value(5), language: "nb",
        tables: [hostileTable(viewID: "hostile", offset: 0), hostileTable(viewID: "../../etc/passwd\u{0}", offset: 7)],
        corpus: HostileCorpus.corpus)

    @Test("Every registered renderer keeps its format intact", arguments: RendererRegistry.standard.formatNames)
    func everyRendererKeepsItsFormat(format: String) throws {
        let renderer = try #require(RendererRegistry.standard.renderer(named: format))
        let files = renderer.render(Self.document)
        let problems = FormatInvariants.problems(renderer: renderer, document: Self.document, files: files)
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
        // The formats that stream through an OutputBuffer must also keep their format where the buffer is handed
        // over in the middle of a file.
        if renderer is any TableFileRenderer {
            for file in files where file.contents.count <= OutputBuffer.flushThreshold {
                Issue.record("\(file.relativePath) is \(file.contents.count) bytes, not longer than the output buffer; lengthen the long hostile string")
            }
        }
    }

    @Test("Every registered format has an invariant check")
    func everyFormatHasAnInvariant() {
        for renderer in RendererRegistry.standard.renderers {
            #expect(FormatInvariants.byFormat[renderer.formatName] != nil,
                    "add an invariant for format \(renderer.formatName) to FormatInvariants.byFormat")
        }
    }

    @Test("The sample tables also keep every invariant", arguments: RendererRegistry.standard.formatNames)
    func sampleTablesKeepInvariants(format: String) throws {
        let renderer = try #require(RendererRegistry.standard.renderer(named: format))
        let problems = FormatInvariants.problems(renderer: renderer, document: SampleTables.document)
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
    }

    // MARK: The checks themselves can fail

    /// A renderer that writes the given text for each table, posing as a format.
    struct FakeRenderer: BriefingRenderer {
        var formatName: String
        var aliases: [String] { [] }
        var fileExtension: String
        var body: @Sendable (ComparisonTable) -> String
        /// The text of a second file per table, `<viewID>-sources.<ext>`, as CSV writes; none when nil.
        var sources: (@Sendable (ComparisonTable) -> String)? = nil
        func render(_ document: BriefingDocument) -> [RenderedFile] {
            document.tables.flatMap { table in
                [RenderedFile(relativePath: table.viewID + "." + fileExtension, text: body(table))]
                    + (sources.map { [RenderedFile(relativePath: table.viewID + "-sources." + fileExtension, text: $0(table))] } ?? [])
            }
        }
    }

    static let plainTable = ComparisonTable(
        viewID: "t", title: "T", language: "en", rowHeading: "Row",
        columnGroups: [ColumnGroup(jurisdiction: "NO", label: "Norway", columns: [
            TableColumn(initiativeID: "a", heading: "A", jurisdiction: "NO")])],
        rows: [TableRow(id: "r", label: "=1+1", cells: [SampleTables.known("x | y | w\nz", [])])],
        footnotes: [], legend: "")

    @Test("An unregistered format is reported as missing an invariant")
    func unknownFormatNeedsInvariant() {
        let fake = FakeRenderer(formatName: "pdf", fileExtension: "pdf") { _ in "%PDF\n" }
        let problems = FormatInvariants.problems(renderer: fake, document: BriefingDocument(title: "", language: "en", tables: [Self.plainTable]))
        #expect(problems.contains("add an invariant for format pdf to FormatInvariants.byFormat"))
    }

    @Test("The Markdown check catches unescaped pipes and line breaks")
    func markdownCheckCatchesNaiveOutput() {
        let naive = FakeRenderer(formatName: "markdown", fileExtension: "md") { table in
            "## \(table.title)\n\n| Row | Norway: A |\n| --- | --- |\n| \(table.rows[0].label) | \(table.rows[0].cells[0].entries[0].text) |\n"
        }
        let problems = FormatInvariants.problems(renderer: naive, document: BriefingDocument(title: "", language: "en", tables: [Self.plainTable]))
        #expect(problems.contains { $0.contains("separators") })
        #expect(problems.contains { $0.contains("broke a line") })
    }

    @Test("The CSV check catches formulas, broken quoting, and sources in the table's file")
    func csvCheckCatchesNaiveOutput() {
        let header = "note,title,publisher,published,language,locator,url,accessed,archived,identifier\r\n"
        let formula = FakeRenderer(formatName: "csv", fileExtension: "csv", body: { _ in "Row,Norway: A\r\n=1+1,x\r\n" },
                                   sources: { _ in header })
        let unquoted = FakeRenderer(formatName: "csv", fileExtension: "csv",
                                    body: { _ in "Row,Norway: A\r\n'=1+1,x | y\nz\r\n" }, sources: { _ in header })
        // The layout before issue 20: the sources under the table in one file, which pandas misreads.
        let oneFile = FakeRenderer(formatName: "csv", fileExtension: "csv") { _ in
            "Row,Norway: A\r\n'=1+1,\"x | y\nz\"\r\n\r\n" + header
        }
        let ragged = FakeRenderer(formatName: "csv", fileExtension: "csv",
                                  body: { _ in "Row,Norway: A\r\n'=1+1,\"x | y\nz\"\r\n\r\n" + header }, sources: { _ in header })
        let document = BriefingDocument(title: "", language: "en", tables: [Self.plainTable])
        #expect(FormatInvariants.problems(renderer: formula, document: document).contains { $0.contains("formula sign") })
        #expect(FormatInvariants.problems(renderer: unquoted, document: document).contains { $0.contains("RFC 4180") })
        #expect(FormatInvariants.problems(renderer: oneFile, document: document).contains { $0.contains("two files per table") })
        #expect(FormatInvariants.problems(renderer: ragged, document: document).contains { $0.contains("record widths") })
    }

    @Test("The JSON check catches invalid JSON and lost text")
    func jsonCheckCatchesBrokenOutput() {
        let invalid = FakeRenderer(formatName: "json", fileExtension: "json") { table in
            "{\"view\": \"\(table.rows[0].cells[0].entries[0].text)\"}\n"
        }
        let lossy = FakeRenderer(formatName: "json", fileExtension: "json") { _ in "{\"view\": \"t\"}\n" }
        let document = BriefingDocument(title: "", language: "en", tables: [Self.plainTable])
        #expect(FormatInvariants.problems(renderer: invalid, document: document).contains { $0.contains("not valid JSON") })
        #expect(FormatInvariants.problems(renderer: lossy, document: document).contains { $0.contains("title") })
    }

    @Test("The strict CSV reader reads RFC 4180 and rejects what is not")
    func strictCSVReader() throws {
        #expect(try StrictCSV.parse("a,\"b,\"\"c\"\"\r\nd\",\r\n\r\n") == [["a", "b,\"c\"\r\nd", ""], [""]])
        #expect(throws: StrictCSV.ParseError.self) { try StrictCSV.parse("a,b\n") }
        #expect(throws: StrictCSV.ParseError.self) { try StrictCSV.parse("a,b") }
        #expect(throws: StrictCSV.ParseError.self) { try StrictCSV.parse("a\"b\r\n") }
        #expect(throws: StrictCSV.ParseError.self) { try StrictCSV.parse("\"a\"b\r\n") }
        #expect(throws: StrictCSV.ParseError.self) { try StrictCSV.parse("\"a\r\n") }
    }
}

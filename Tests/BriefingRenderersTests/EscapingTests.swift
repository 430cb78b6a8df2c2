import BriefingRenderers
import ComparisonKit
import Testing

/// A table with no columns whose single row label is `label`: its second line shows how one value is escaped.
private func oneValueTable(_ label: String, language: String = "en") -> ComparisonTable {
    ComparisonTable(viewID: "v", title: "T", language: language, rowHeading: "h", columnGroups: [],
                    rows: [TableRow(id: "r", label: label, cells: [])], footnotes: [], legend: "")
}

/// A one-column table with one cell.
private func oneCellTable(_ cell: TableCell, language: String = "en", footnotes: [Footnote] = []) -> ComparisonTable {
    ComparisonTable(viewID: "v", title: "T", language: language, rowHeading: "h",
                    columnGroups: [ColumnGroup(jurisdiction: "NO", label: "Norway", columns: [
                        TableColumn(initiativeID: "a", heading: "A", jurisdiction: "NO")])],
                    rows: [TableRow(id: "r", label: "R", cells: [cell])], footnotes: footnotes, legend: "")
}

@Suite("CSV escaping")
struct CSVEscapingTests {
    @Test("Fields are neutralised per OWASP and quoted per RFC 4180", arguments: [
        ("plain", "plain"), ("æøå ÆØÅ", "æøå ÆØÅ"),
        ("=1+1", "'=1+1"), ("+47 22 24 90 90", "'+47 22 24 90 90"), ("-2", "'-2"), ("@SUM(1)", "'@SUM(1)"),
        ("\tx", "\"'\tx\""), ("\rx", "\"'\rx\""), ("  =1", "'  =1"), ("\u{A0}-1", "'\u{A0}-1"),
        ("a,b", "\"a,b\""), ("a;b", "\"a;b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("a\nb", "\"a\nb\""),
        ("a\r\nb", "\"a\r\nb\""), (" padded ", "\" padded \""), ("x\u{0}y\u{1B}z\u{85}", "x\u{FFFD}y\u{FFFD}z\u{FFFD}"),
        ("\u{202E}txt", "\u{FFFD}txt"), ("'quoted'", "'quoted'"), ("1-2", "1-2"), ("", ""),
    ])
    func field(value: String, expected: String) {
        let csv = CSVRenderer().renderTable(oneValueTable(value))
        #expect(csv == "h\r\n" + expected + "\r\n", "\(csv.debugDescription)")
    }

    @Test("Cells join entries with '; ', add markers and qualifiers, and mark disagreement in the table's language")
    func cells() {
        let disputed = TableCell(state: .disputed, entries: [
            CellEntry(text: "26", footnotes: [1]), CellEntry(text: "27", qualifier: "stated, 2021", footnotes: [2, 3]),
        ])
        #expect(CSVRenderer().renderTable(oneCellTable(disputed, language: "da")).contains("R,\"26 [1]; 27 (stated, 2021) [2, 3] (kilderne er uenige)\"\r\n"))
        #expect(CSVRenderer().renderTable(oneCellTable(TableCell(state: .known, entries: []))).contains("\r\nR,\r\n"))
    }

    @Test("A file never starts with the bytes ID, which Excel takes for SYLK")
    func sylk() {
        var table = oneValueTable("r")
        table.rowHeading = "ID"
        #expect(CSVRenderer().renderTable(table).hasPrefix("\"ID\"\r\nr\r\n"))
        table.columnGroups = [ColumnGroup(jurisdiction: "NO", label: "", columns: [TableColumn(initiativeID: "a", heading: "A", jurisdiction: "NO")])]
        table.rowHeading = "IDs and names"
        #expect(CSVRenderer().renderTable(table).hasPrefix("\"IDs and names\",A\r\n"))
        table.rowHeading = "Id"
        #expect(CSVRenderer().renderTable(table).hasPrefix("Id,A\r\n"))
    }

    /// The text of each file CSV writes for a table, by name.
    private func files(_ table: ComparisonTable) -> [String: String] {
        let files = CSVRenderer().render(BriefingDocument(title: "", language: table.language, tables: [table]))
        return Dictionary(uniqueKeysWithValues: files.map { ($0.relativePath, String(decoding: $0.contents, as: UTF8.self)) })
    }

    @Test("The table and its sources are two files, with missing values as empty fields")
    func footnotes() {
        let source = SampleTables.exampleArticle
        let table = oneCellTable(SampleTables.known("x", [1]), footnotes: [Footnote(number: 1, source: source, locator: nil)])
        #expect(files(table) == [
            "v.csv": "h,Norway: A\r\nR,x [1]\r\n",
            "v-sources.csv": "note,title,publisher,published,language,locator,url,accessed,archived,identifier\r\n"
                + "1,Et eksempelpartnerskab går i gang,Eksempelforeningen,2021,da,,,,,\r\n",
        ])
        let empty = oneCellTable(SampleTables.known("x", []))
        #expect(files(empty)["v-sources.csv"] == "note,title,publisher,published,language,locator,url,accessed,archived,identifier\r\n")
    }

    @Test("A source's date read, archived copy and identifier follow its address")
    func sourceMetadata() {
        let source = SampleTables.exampleDecision
        let table = oneCellTable(SampleTables.known("x", [1]), footnotes: [Footnote(number: 1, source: source, locator: "Art. 9")])
        #expect(files(table)["v-sources.csv"]?.hasSuffix(
            "1,Decision establishing the example programme (fictional),Example Assembly,2021-04-29,en,Art. 9,"
            + "https://example.org/eu/example-programme/decision,2024-05-02,"
            + "https://example.com/archive/2024/example-programme/decision,DOI:10.5555/example-programme-decision\r\n") == true)
    }
}

@Suite("Markdown escaping")
struct MarkdownEscapingTests {
    @Test("Values are literal text in a cell", arguments: [
        ("plain æøå", "plain æøå"), ("a|b", "a\\|b"), ("a\\b", "a\\\\b"), ("a\\|b", "a\\\\\\|b"),
        ("x\ny", "x<br>y"), ("x\r\ny", "x<br>y"), ("x\ry\u{2028}z", "x<br>y<br>z"),
        ("<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;"), ("AT&T", "AT&amp;T"),
        ("*x* _y_ `z` ~~s~~", "\\*x\\* \\_y\\_ \\`z\\` \\~\\~s\\~\\~"), ("[l](javascript:x)", "\\[l\\](javascript:x)"),
        ("$5 and $6", "\\$5 and \\$6"), ("# not a heading", "# not a heading"),
        ("nul\u{0}esc\u{1B}", "nul\u{FFFD}esc\u{FFFD}"), ("\u{202E}abc", "\u{FFFD}abc"),
    ])
    func cellValue(value: String, expected: String) {
        let lines = MarkdownRenderer().renderTable(oneValueTable(value)).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count > 4 && lines[4] == "| " + expected + " |", "\(lines)")
    }

    @Test("A title cannot close its own heading early")
    func headingTitle() {
        var table = oneValueTable("r")
        table.title = "Budget ## 2021 #"
        #expect(MarkdownRenderer().renderTable(table).hasPrefix("## Budget \\#\\# 2021 \\#\n"))
    }

    @Test("A disputed cell says so in the table's language", arguments: [
        ("en", "sources disagree"), ("nb", "kildene er uenige"), ("nb-NO", "kildene er uenige"),
        ("da", "kilderne er uenige"), ("nn", "kildene er uenige"), ("fi", "sources disagree"),
    ])
    func disputed(language: String, phrase: String) {
        let cell = TableCell(state: .disputed, entries: [CellEntry(text: "26", footnotes: [1]), CellEntry(text: "27", footnotes: [2])])
        #expect(MarkdownRenderer().renderTable(oneCellTable(cell, language: language)).contains("| R | 26 [1]<br>27 [2]<br>*\(phrase)* |\n"))
    }

    @Test("An empty cell shows a dash; a short row is padded, a long one cut to the columns")
    func emptyAndRaggedCells() {
        #expect(MarkdownRenderer().renderTable(oneCellTable(TableCell(state: .known, entries: []))).contains("| R | — |\n"))
        var table = oneCellTable(SampleTables.known("x", []))
        table.rows.append(TableRow(id: "s", label: "S", cells: []))
        table.rows.append(TableRow(id: "l", label: "L", cells: [SampleTables.known("1", []), SampleTables.known("2", [])]))
        let text = MarkdownRenderer().renderTable(table)
        #expect(text.contains("| S | — |\n| L | 1 |\n"))
    }

    @Test("Only plain http(s) URLs become links")
    func urls() {
        func line(_ url: String) -> String {
            let source = Source(id: "s", title: "T", publisher: "P", published: nil, language: "en", url: url, location: .synthetic("t"))
            let table = oneCellTable(SampleTables.known("x", [1]), footnotes: [Footnote(number: 1, source: source, locator: nil)])
            return String(MarkdownRenderer().renderTable(table).split(separator: "\n").first { $0.hasPrefix("- [1]") } ?? "")
        }
        #expect(line("https://example.org/a_b?c=1") == "- [1] *T* — P (en); <https://example.org/a_b?c=1>")
        #expect(line("javascript:alert(1)") == "- [1] *T* — P (en); javascript:alert(1)")
        #expect(line("https://x.org/<script>") == "- [1] *T* — P (en); https://x.org/&lt;script&gt;")
        #expect(line("https://x.org/a b") == "- [1] *T* — P (en); https://x.org/a b")
    }
}

@Suite("JSON writing")
struct JSONWritingTests {
    @Test("Strings escape quotes, backslashes and control characters and keep other text as it is")
    func stringEscapes() {
        let table = oneValueTable("q\"b\\n\nr\rt\tz\u{0}e\u{1B}d\u{7F}l\u{2028}o\u{202E} æøå 🇳🇴 </script>")
        let json = JSONRenderer().renderTable(table)
        #expect(json.contains(#""label": "q\"b\\n\nr\rt\tz\u0000e\u001bd\u007fl\u2028o\u202e æøå 🇳🇴 </script>","#))
    }

    @Test("Absent qualifiers are left out, absent source values are null, footnote numbers stay on one line")
    func optionalValues() {
        let source = Source(id: "s", title: "T", publisher: "P", published: nil, language: "en", location: .synthetic("t"))
        let cell = TableCell(state: .notRecorded, entries: [
            CellEntry(text: "a", footnotes: [1, 2]), CellEntry(text: "b", qualifier: "", footnotes: []),
        ])
        let json = JSONRenderer().renderTable(oneCellTable(cell, footnotes: [Footnote(number: 1, source: source, locator: nil)]))
        func lines(_ indent: Int, _ lines: String...) -> String {
            lines.map { String(repeating: " ", count: indent) + $0 }.joined(separator: "\n")
        }
        #expect(json.contains(lines(10,
            #""state": "not-recorded","#,
            #""entries": ["#,
            #"  {"#,
            #"    "text": "a","#,
            #"    "footnotes": [1, 2]"#,
            #"  },"#,
            #"  {"#,
            #"    "text": "b","#,
            #"    "qualifier": "","#,
            #"    "footnotes": []"#,
            #"  }"#,
            #"]"#)), "\(json)")
        #expect(json.contains(lines(8,
            #""published": null,"#,
            #""language": "en","#,
            #""kind": null,"#,
            #""url": null,"#,
            #""confidence": null,"#,
            #""accessed": null,"#,
            #""archived": null,"#,
            #""identifier": null"#) + "\n" + lines(6,
            #"},"#,
            #""locator": null"#)), "\(json)")
        #expect(json.hasSuffix("}\n"))
    }
}

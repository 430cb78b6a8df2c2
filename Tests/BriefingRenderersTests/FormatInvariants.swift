import BriefingRenderers
import ComparisonKit
import Foundation
import TestSupport

/// What must hold for any table rendered in a format, whatever hostile text the table holds.
///
/// Each check returns the problems it found (empty when all is well), so a test can also show that a check
/// catches broken output. A renderer whose format has no check here fails the hostile-strings test:
/// add a function for it to `byFormat`.
enum FormatInvariants {
    typealias Check = @Sendable (_ document: BriefingDocument, _ files: [RenderedFile]) -> [String]

    /// The per-format checks, by format name.
    static let byFormat: [String: Check] = [
        "markdown": markdown,
        "csv": csv,
        "json": json,
        "latex": latex, "latex-fragment": latexFragment,
        "docx": docx,
        "xlsx": XLSXInvariant.problems,
        "html": html,
        "datapackage": DataPackageInvariant.problems,
        "sqlite": SQLiteInvariant.problems,
    ]

    /// All problems with one renderer's output: the format-independent rules, then the format's own.
    static func problems(renderer: any BriefingRenderer, document: BriefingDocument) -> [String] {
        problems(renderer: renderer, document: document, files: renderer.render(document))
    }

    /// All problems with `files`, which `renderer` wrote for `document`.
    static func problems(renderer: any BriefingRenderer, document: BriefingDocument, files: [RenderedFile]) -> [String] {
        var problems = general(renderer: renderer, files: files)
        if renderer.render(document) != files {
            problems.append("\(renderer.formatName): rendering the same document twice gave different bytes")
        }
        guard let check = byFormat[renderer.formatName] else {
            return problems + ["add an invariant for format \(renderer.formatName) to FormatInvariants.byFormat"]
        }
        return problems + check(document, files).map { "\(renderer.formatName): \($0)" }
    }

    // MARK: Every format

    static func general(renderer: any BriefingRenderer, files: [RenderedFile]) -> [String] {
        var problems: [String] = []
        if files.isEmpty { problems.append("\(renderer.formatName): no files") }
        for file in files {
            let path = file.relativePath
            let components = path.split(separator: "/", omittingEmptySubsequences: false)
            if path.isEmpty || path.hasPrefix("/") || path.contains("\\") || path.unicodeScalars.contains(where: { $0.value < 0x20 })
                || components.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) {
                problems.append("\(renderer.formatName): unsafe relative path \(path.debugDescription)")
            }
            // The data package's descriptor is the one file of its format that is not a CSV.
            if !path.hasSuffix("." + renderer.fileExtension), !(renderer is DataPackageRenderer && path == "data/datapackage.json") {
                problems.append("\(renderer.formatName): \(path) does not end in .\(renderer.fileExtension)")
            }
            // A ZIP container (DOCX) and a database file (SQLite) are binary by design; their formats' own
            // invariants check what is inside.
            let isZIPContainer = !renderer.writesText || file.contents.starts(with: [0x50, 0x4B, 0x03, 0x04])
            if !isZIPContainer, String(validating: file.contents, as: UTF8.self) == nil {
                problems.append("\(renderer.formatName): \(path) is not valid UTF-8")
            }
            if !isZIPContainer, file.contents.last != UInt8(ascii: "\n") {
                problems.append("\(renderer.formatName): \(path) does not end with a newline")
            }
        }
        return problems
    }

    /// The text CSV must hold for a value: controls other than tab, CR and LF, and bidi overrides, as U+FFFD;
    /// with the OWASP `'` prefix when it starts like a formula (also after leading blanks).
    static func expectedCSVField(_ text: String) -> String {
        let visible = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar -> Unicode.Scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: return scalar
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return "\u{FFFD}"
            default: return scalar
            }
        }))
        let blanks = " \u{A0}\t\r\n".unicodeScalars
        let startsLikeFormula = visible.unicodeScalars.first.map { "\t\r".unicodeScalars.contains($0) } == true
            || visible.unicodeScalars.first(where: { !blanks.contains($0) }).map { "=+-@".unicodeScalars.contains($0) } == true
        return startsLikeFormula ? "'" + visible : visible
    }

    // MARK: Markdown

    static func markdown(_ document: BriefingDocument, _ files: [RenderedFile]) -> [String] {
        guard files.count == document.tables.count else {
            return ["expected one file per table, got \(files.count) for \(document.tables.count)"]
        }
        var problems: [String] = []
        for (table, file) in zip(document.tables, files) {
            let text = String(decoding: file.contents, as: UTF8.self)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            // Nothing but LF may break a line.
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0x0A: continue
                case 0x00...0x1F where scalar != "\t", 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                    problems.append("\(file.relativePath): raw control U+\(String(scalar.value, radix: 16, uppercase: true))")
                default: continue
                }
            }
            // Exactly the lines the layout promises: heading, blank, header, delimiter, rows, sources, legend.
            let expectedLineCount = 2 + 2 + table.rows.count
                + (table.footnotes.isEmpty ? 0 : 3 + table.footnotes.count)
                + (table.legend.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? 0 : 2)
                + 1 // the empty string after the final newline
            if lines.count != expectedLineCount {
                problems.append("\(file.relativePath): \(lines.count) lines, expected \(expectedLineCount): a value broke a line")
            }
            if !(lines.first?.hasPrefix("## ") ?? false) { problems.append("\(file.relativePath): no ## heading first") }
            // Every table line has one unescaped pipe more than the table has cells.
            let tableLines = lines.filter { $0.hasPrefix("|") }
            if tableLines.count != table.rows.count + 2 {
                problems.append("\(file.relativePath): \(tableLines.count) table lines, expected \(table.rows.count + 2)")
            }
            let expectedPipes = table.columns.count + 2
            for (number, line) in tableLines.enumerated() where unescapedPipes(line) != expectedPipes {
                problems.append("\(file.relativePath): table line \(number + 1) has \(unescapedPipes(line)) separators, expected \(expectedPipes)")
            }
            // No markup from values: the only `<` are the renderer's own `<br>` and `<http…>` autolinks.
            var rest = Substring(text)
            while let open = rest.firstIndex(of: "<") {
                let tail = rest[open...]
                if !(tail.hasPrefix("<br>") || tail.hasPrefix("<http://") || tail.hasPrefix("<https://")) {
                    problems.append("\(file.relativePath): raw markup \(String(tail.prefix(20)).debugDescription)")
                    break
                }
                rest = rest[rest.index(after: open)...]
            }
        }
        return problems
    }

    /// The `|` in a line that are not escaped by a backslash.
    static func unescapedPipes(_ line: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in line.unicodeScalars {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { count += 1 }
        }
        return count
    }

    // MARK: CSV

    /// Two files per table, `<view>.csv` and `<view>-sources.csv`, each strict RFC 4180 with one field count in every
    /// record (so that a reader takes neither for ragged data), no formula-starting field, and every text back.
    static func csv(_ document: BriefingDocument, _ files: [RenderedFile]) -> [String] {
        guard files.count == 2 * document.tables.count else {
            return ["expected two files per table, got \(files.count) for \(document.tables.count)"]
        }
        var problems: [String] = []
        for (index, table) in document.tables.enumerated() {
            let tableFile = files[2 * index], sourcesFile = files[2 * index + 1]
            let tableName = RenderedFile.fileName(forView: table.viewID, fileExtension: "csv")
            let sourcesName = RenderedFile.fileName(forView: table.viewID + "-sources", fileExtension: "csv")
            if tableFile.relativePath != tableName || sourcesFile.relativePath != sourcesName {
                problems.append("files \(tableFile.relativePath), \(sourcesFile.relativePath); expected \(tableName), \(sourcesName)")
                continue
            }
            // The table: a header, then one record per row, each one field for the label and one per column.
            let width = table.columns.count + 1
            guard let records = csvRecords(tableFile, widths: Array(repeating: width, count: table.rows.count + 1),
                                           problems: &problems) else { continue }
            // The texts come back exactly, apart from the documented `'` prefix and hidden characters.
            func expect(_ field: String, _ original: String, _ what: String, in file: RenderedFile) {
                if !field.unicodeScalars.elementsEqual(expectedCSVField(original).unicodeScalars) {
                    problems.append("\(file.relativePath): \(what) reads back as \(field.prefix(40).debugDescription)")
                }
            }
            expect(records[0][0], table.rowHeading, "row heading", in: tableFile)
            let headings = table.columnGroups.flatMap { group in
                group.columns.map { group.label.isEmpty ? $0.heading : group.label + ": " + $0.heading }
            }
            for (index, heading) in headings.enumerated() {
                expect(records[0][index + 1], heading, "column heading \(index + 1)", in: tableFile)
            }
            for (row, record) in zip(table.rows, records.dropFirst()) { expect(record[0], row.label, "row label", in: tableFile) }

            // The sources: a header, then one record per footnote.
            guard let sources = csvRecords(sourcesFile, widths: Array(repeating: 10, count: table.footnotes.count + 1),
                                           problems: &problems) else { continue }
            if sources[0] != ["note", "title", "publisher", "published", "language", "locator", "url", "accessed",
                              "archived", "identifier"] {
                problems.append("\(sourcesFile.relativePath): header is \(sources[0])")
            }
            for (footnote, record) in zip(table.footnotes, sources.dropFirst()) {
                if record[0] != String(footnote.number) {
                    problems.append("\(sourcesFile.relativePath): footnote \(footnote.number) numbered \(record[0].debugDescription)")
                }
                expect(record[1], footnote.source.title, "footnote \(footnote.number) title", in: sourcesFile)
                expect(record[2], footnote.source.publisher, "footnote \(footnote.number) publisher", in: sourcesFile)
                expect(record[5], footnote.locator ?? "", "footnote \(footnote.number) locator", in: sourcesFile)
                expect(record[6], footnote.source.url ?? "", "footnote \(footnote.number) url", in: sourcesFile)
                expect(record[7], footnote.source.accessed?.description ?? "", "footnote \(footnote.number) accessed", in: sourcesFile)
                expect(record[8], footnote.source.archived ?? "", "footnote \(footnote.number) archived", in: sourcesFile)
                expect(record[9], footnote.source.identifier ?? "", "footnote \(footnote.number) identifier", in: sourcesFile)
            }
        }
        return problems
    }

    /// The records of a CSV file when it is strict RFC 4180, has records of exactly `widths` fields and no field
    /// that starts like a formula; nil (with the problem noted) when it is not strict or the widths differ.
    private static func csvRecords(_ file: RenderedFile, widths: [Int], problems: inout [String]) -> [[String]]? {
        let records: [[String]]
        do {
            records = try StrictCSV.parse(String(decoding: file.contents, as: UTF8.self))
        } catch {
            problems.append("\(file.relativePath) is not strict RFC 4180: \(error)")
            return nil
        }
        guard records.map(\.count) == widths else {
            problems.append("\(file.relativePath): record widths \(records.map(\.count)), expected \(widths)")
            return nil
        }
        for field in records.joined() {
            if let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
                problems.append("\(file.relativePath): field starts with a formula sign: \(field.prefix(30).debugDescription)")
            }
            if let first = field.unicodeScalars.first(where: { !" \u{A0}\t\r\n".unicodeScalars.contains($0) }),
               first != field.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) {
                problems.append("\(file.relativePath): field starts with a formula sign after blanks: \(field.prefix(30).debugDescription)")
            }
        }
        return records
    }

    // MARK: JSON

    static func json(_ document: BriefingDocument, _ files: [RenderedFile]) -> [String] {
        guard files.count == document.tables.count else {
            return ["expected one file per table, got \(files.count) for \(document.tables.count)"]
        }
        var problems: [String] = []
        for (table, file) in zip(document.tables, files) {
            let parsed: Any
            do {
                parsed = try JSONSerialization.jsonObject(with: Data(file.contents))
            } catch {
                problems.append("\(file.relativePath) is not valid JSON: \(error)")
                continue
            }
            var checker = JSONRoundTrip(file: file.relativePath)
            checker.check(table: table, against: parsed)
            problems += checker.problems
        }
        return problems
    }
}

/// Checks that every text of a table comes back exactly (scalar for scalar) from parsed JSON.
struct JSONRoundTrip {
    let file: String
    var problems: [String] = []

    init(file: String) { self.file = file }

    mutating func text(_ value: Any?, _ expected: String?, _ path: String) {
        switch (value, expected) {
        case (let actual as String, let expected?):
            if !actual.unicodeScalars.elementsEqual(expected.unicodeScalars) {
                problems.append("\(file) \(path): \(actual.prefix(40).debugDescription) ≠ \(expected.prefix(40).debugDescription)")
            }
        case (is NSNull, nil), (nil, nil):
            break
        default:
            problems.append("\(file) \(path): got \(String(describing: value).prefix(60)), expected \(expected?.prefix(40).debugDescription ?? "null")")
        }
    }

    mutating func numbers(_ value: Any?, _ expected: [Int], _ path: String) {
        let actual = (value as? [Any])?.compactMap { ($0 as? NSNumber)?.intValue }
        if actual != expected { problems.append("\(file) \(path): \(String(describing: value)) ≠ \(expected)") }
    }

    /// An entry's `data`: the participant, component or goal with every member, or no `data` for anything else.
    mutating func data(_ entry: [String: Any], _ expected: CellData?, _ path: String) {
        let members: (kind: String, values: [(String, String?)])
        switch expected {
        case .participant(let participant)?:
            members = ("participant", [("name", participant.name), ("englishName", participant.englishName),
                                       ("category", participant.category?.rawValue), ("role", participant.role),
                                       ("since", participant.since?.description)])
        case .component(let component)?:
            members = ("component", [("id", component.id), ("label", component.label), ("title", component.title),
                                     ("description", component.description)])
        case .goal(let goal)?:
            members = ("goal", [("text", goal.text), ("target", goal.target), ("deadline", goal.deadline?.description)])
        default:
            if entry.keys.contains("data") { problems.append("\(file) \(path): written though the entry has none") }
            return
        }
        guard let object = entry["data"] as? [String: Any] else {
            problems.append("\(file) \(path): missing for a \(members.kind)")
            return
        }
        text(object["kind"], members.kind, path + ".kind")
        for (key, value) in members.values { text(object[key], value, path + "." + key) }
        let keys = Set(object.keys), expectedKeys = Set(["kind"] + members.values.map(\.0))
        if keys != expectedKeys { problems.append("\(file) \(path): keys \(keys.sorted()), expected \(expectedKeys.sorted())") }
    }

    mutating func check(table: ComparisonTable, against parsed: Any) {
        guard let object = parsed as? [String: Any] else { problems.append("\(file): top level is not an object"); return }
        text(object["view"], table.viewID, "view")
        text(object["title"], table.title, "title")
        text(object["language"], table.language, "language")
        text(object["legend"], table.legend, "legend")
        text(object["rowHeading"], table.rowHeading, "rowHeading")

        let columns = object["columns"] as? [[String: Any]] ?? []
        let expectedColumns = table.columnGroups.flatMap { group in group.columns.map { (group, $0) } }
        if columns.count != expectedColumns.count { problems.append("\(file): \(columns.count) columns, expected \(expectedColumns.count)") }
        for (index, (column, (group, expected))) in zip(columns, expectedColumns).enumerated() {
            text(column["initiative"], expected.initiativeID, "columns[\(index)].initiative")
            text(column["heading"], expected.heading, "columns[\(index)].heading")
            text(column["jurisdiction"], expected.jurisdiction, "columns[\(index)].jurisdiction")
            text(column["jurisdictionLabel"], group.label, "columns[\(index)].jurisdictionLabel")
        }

        let rows = object["rows"] as? [[String: Any]] ?? []
        if rows.count != table.rows.count { problems.append("\(file): \(rows.count) rows, expected \(table.rows.count)") }
        for (r, (row, expected)) in zip(rows, table.rows).enumerated() {
            text(row["id"], expected.id, "rows[\(r)].id")
            text(row["label"], expected.label, "rows[\(r)].label")
            let cells = row["cells"] as? [[String: Any]] ?? []
            if cells.count != expected.cells.count { problems.append("\(file): rows[\(r)] has \(cells.count) cells") }
            for (c, (cell, expectedCell)) in zip(cells, expected.cells).enumerated() {
                text(cell["state"], expectedCell.state.rawValue, "rows[\(r)].cells[\(c)].state")
                let entries = cell["entries"] as? [[String: Any]] ?? []
                if entries.count != expectedCell.entries.count { problems.append("\(file): rows[\(r)].cells[\(c)] has \(entries.count) entries") }
                for (e, (entry, expectedEntry)) in zip(entries, expectedCell.entries).enumerated() {
                    let path = "rows[\(r)].cells[\(c)].entries[\(e)]"
                    text(entry["text"], expectedEntry.text, path + ".text")
                    if expectedEntry.qualifier == nil, entry.keys.contains("qualifier") {
                        problems.append("\(file) \(path): qualifier written though there is none")
                    }
                    text(entry["qualifier"], expectedEntry.qualifier, path + ".qualifier")
                    let basis = expectedEntry.data?.priceBasis?.rawValue
                    if basis == nil, entry.keys.contains("basis") {
                        problems.append("\(file) \(path): basis written though there is none")
                    }
                    text(entry["basis"], basis, path + ".basis")
                    numbers(entry["footnotes"], expectedEntry.footnotes, path + ".footnotes")
                    data(entry, expectedEntry.data, path + ".data")
                }
            }
        }

        let footnotes = object["footnotes"] as? [[String: Any]] ?? []
        if footnotes.count != table.footnotes.count { problems.append("\(file): \(footnotes.count) footnotes, expected \(table.footnotes.count)") }
        for (n, (footnote, expected)) in zip(footnotes, table.footnotes).enumerated() {
            numbers([footnote["number"] as Any], [expected.number], "footnotes[\(n)].number")
            text(footnote["locator"], expected.locator, "footnotes[\(n)].locator")
            let source = footnote["source"] as? [String: Any] ?? [:]
            let s = expected.source
            text(source["id"], s.id, "footnotes[\(n)].source.id")
            text(source["title"], s.title, "footnotes[\(n)].source.title")
            text(source["publisher"], s.publisher, "footnotes[\(n)].source.publisher")
            text(source["published"], s.published?.description, "footnotes[\(n)].source.published")
            text(source["language"], s.language, "footnotes[\(n)].source.language")
            text(source["kind"], s.kind, "footnotes[\(n)].source.kind")
            text(source["url"], s.url, "footnotes[\(n)].source.url")
            text(source["confidence"], s.confidence?.rawValue, "footnotes[\(n)].source.confidence")
            text(source["accessed"], s.accessed?.description, "footnotes[\(n)].source.accessed")
            text(source["archived"], s.archived, "footnotes[\(n)].source.archived")
            text(source["identifier"], s.identifier, "footnotes[\(n)].source.identifier")
        }
    }
}

import BriefingRenderers
import ComparisonKit
import Foundation

/// What must hold for a workbook, whatever hostile text the tables and the corpus hold: one `briefing.xlsx` whose
/// parts are well-formed XML stored in a fixed order with a fixed date; sheet names Excel accepts, unique ignoring
/// case; no formula anywhere (every text an inline string); a frozen header row and column widths on every sheet;
/// and every cell reading back as the document says: a view's cells as their entries one per line, the sources, and
/// the data tables' values, numbers typed only when a double keeps them.
enum XLSXInvariant {
    /// The parts before the sheets, in stored order.
    static let leadingParts = [
        "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels", "xl/styles.xml",
    ]

    /// The text a cell holds for a value: as `docxText` (hidden characters as U+FFFD, breaks as LF), and past
    /// 32 767 UTF-16 code units cut to 32 766 of them, whole characters, and an ellipsis.
    static func text(_ value: String) -> String {
        let shown = FormatInvariants.docxText(value)
        guard shown.utf16.count > 32_767 else { return shown }
        var cut = ""
        for character in shown {
            if cut.utf16.count + character.utf16.count > 32_766 { break }
            cut.append(character)
        }
        return cut + "…"
    }

    /// A view cell's text: one line per entry, `text (qualifier) [1, 2]`, then the disagreement when disputed.
    static func cellText(_ cell: TableCell, language: String) -> String? {
        guard !cell.entries.isEmpty else { return nil }
        return text(FormatInvariants.docxCellText(cell, language: language))
    }

    /// A1 reference from 0-based column and row, computed independently of the renderer.
    static func reference(_ column: Int, _ row: Int) -> String {
        var letters = ""
        var number = column + 1
        while number > 0 {
            letters = String(UnicodeScalar(UInt8(65 + (number - 1) % 26))) + letters
            number = (number - 1) / 26
        }
        return letters + String(row + 1)
    }

    static func problems(_ document: BriefingDocument, _ files: [RenderedFile]) -> [String] {
        guard files.count == 1, let file = files.first, file.relativePath == "briefing.xlsx" else {
            return ["expected one briefing.xlsx, got \(files.map(\.relativePath))"]
        }
        let reader: XLSXReader
        do {
            reader = try XLSXReader(file.contents)
        } catch {
            return ["cannot read the workbook: \(error)"]
        }
        var problems: [String] = []
        let sheetCount = document.tables.count + 1 + DataTables.all.count
        let expectedParts = leadingParts + (1...sheetCount).map { "xl/worksheets/sheet\($0).xml" }
        if reader.package.entries.map(\.path) != expectedParts {
            problems.append("parts \(reader.package.entries.map(\.path)), expected \(expectedParts)")
        }
        for entry in reader.package.entries {
            if let error = DOCXReader.wellFormednessError(entry.data) { problems.append("\(entry.path) is not well-formed XML: \(error)") }
            if entry.modified != Date(timeIntervalSince1970: 315_532_800) {
                problems.append("\(entry.path) is dated \(String(describing: entry.modified)), not 1980-01-01")
            }
        }
        // Sheet names Excel accepts.
        let names = reader.sheetNames
        if names.count != sheetCount { problems.append("\(names.count) sheets, expected \(sheetCount)") }
        if Set(names.map { $0.lowercased() }).count != names.count { problems.append("sheet names not unique: \(names)") }
        for name in names where name.isEmpty || name.utf16.count > 31 || name.hasPrefix("'") || name.hasSuffix("'")
            || name.unicodeScalars.contains(where: { "[]:*?/\\".unicodeScalars.contains($0) || $0.value < 0x20 }) {
            problems.append("sheet name \(name.debugDescription) is not one Excel accepts")
        }
        for (index, sheet) in reader.sheets.enumerated() {
            let name = index < names.count ? names[index] : "?"
            if sheet.elements.contains("f") { problems.append("sheet \(name) holds a formula") }
            if let type = sheet.cells.values.compactMap(\.type).first(where: { $0 != "inlineStr" }) {
                problems.append("sheet \(name) has a cell of type \(type)")
            }
            if sheet.pane?["state"] != "frozen" || sheet.pane?["ySplit"] != "1" {
                problems.append("sheet \(name): the header row is not frozen")
            }
            if sheet.columnWidths == 0 { problems.append("sheet \(name) sets no column widths") }
        }
        guard reader.sheets.count == sheetCount else { return problems }

        func expect(_ sheet: XLSXReadSheet, _ sheetName: String, _ column: Int, _ row: Int, _ expected: XLSXReadSheet.Cell?) {
            let ref = reference(column, row)
            var actual = sheet[ref]
            if expected?.style == nil { actual?.style = nil }
            if actual != expected {
                problems.append("\(sheetName)!\(ref) reads back as \(String(describing: actual).prefix(60)), expected \(String(describing: expected).prefix(60))")
            }
        }
        func textCell(_ value: String?) -> XLSXReadSheet.Cell? {
            value.map { XLSXReadSheet.Cell(type: "inlineStr", value: text($0)) }
        }
        // The views.
        for (t, table) in document.tables.enumerated() {
            let sheet = reader.sheets[t]
            let columns = table.columnGroups.flatMap { group in group.columns.map { (group.label.isEmpty ? "" : group.label + ": ") + $0.heading } }
            expect(sheet, names[t], 0, 0, textCell(table.rowHeading))
            for (c, heading) in columns.enumerated() { expect(sheet, names[t], c + 1, 0, textCell(heading)) }
            for (r, row) in table.rows.enumerated() {
                expect(sheet, names[t], 0, r + 1, textCell(row.label))
                for c in columns.indices {
                    let cell = c < row.cells.count ? cellText(row.cells[c], language: table.language) : nil
                    expect(sheet, names[t], c + 1, r + 1, cell.map { XLSXReadSheet.Cell(type: "inlineStr", value: $0) })
                }
            }
            if sheet.cells.count != (1 + columns.count) * (1 + table.rows.count)
                - table.rows.map { row in (0..<columns.count).filter { $0 >= row.cells.count || row.cells[$0].entries.isEmpty }.count }.reduce(0, +) {
                problems.append("\(names[t]) has \(sheet.cells.count) cells, more or fewer than the table")
            }
        }
        // The sources the views cite.
        let sources = reader.sheets[document.tables.count]
        let sourcesName = names[document.tables.count]
        var row = 1
        for table in document.tables {
            for footnote in table.footnotes {
                let source = footnote.source
                let values: [String?] = [table.viewID, nil, source.title, source.publisher, source.published?.description,
                                         source.language, footnote.locator, source.url, source.accessed?.description,
                                         source.archived, source.identifier]
                for (c, value) in values.enumerated() {
                    if c == 1 {
                        expect(sources, sourcesName, c, row, XLSXReadSheet.Cell(value: String(footnote.number)))
                    } else {
                        expect(sources, sourcesName, c, row, value.flatMap { $0.isEmpty ? nil : textCell($0) })
                    }
                }
                row += 1
            }
        }
        if sources[reference(0, row)] != nil { problems.append("\(sourcesName) has rows after the last footnote") }
        // The data tables.
        for (d, table) in DataTables.all.enumerated() {
            let index = document.tables.count + 1 + d
            let sheet = reader.sheets[index]
            if names[index] != table.name { problems.append("data sheet \(names[index]) is not named \(table.name)") }
            for (c, column) in table.columns.enumerated() { expect(sheet, names[index], c, 0, textCell(column.name)) }
            var r = 1
            if let corpus = document.corpus {
                table.forEachRow(of: corpus, language: document.language) { values in
                    for (c, value) in values.enumerated() {
                        let expected: XLSXReadSheet.Cell?
                        switch value {
                        case nil: expected = nil
                        case .integer?, .decimal?:
                            let digits = value!.text
                            let significant = digits.drop { $0 == "-" || $0 == "0" || $0 == "." }.filter(\.isNumber).count
                            expected = significant <= 15 ? XLSXReadSheet.Cell(value: digits) : textCell(digits)
                        case .text(let text)?: expected = textCell(text)
                        case .date(let date)?: expected = textCell(date.description)
                        }
                        expect(sheet, names[index], c, r, expected)
                    }
                    r += 1
                }
            }
            if sheet[reference(0, r)] != nil { problems.append("\(names[index]) has rows after the last") }
        }
        return problems
    }
}

import ComparisonKit

/// CSV per RFC 4180 (CR LF line endings, UTF-8 without byte-order mark): one file per table, `<viewID>.csv`.
///
/// Records, in order:
/// 1. the header: the row heading, then each column's `Jurisdiction: Initiative`;
/// 2. one record per row: its label, then each cell's entries as `text (qualifier) [1, 2]` joined by `; `,
///    a disputed cell followed by ` (sources disagree)` in the table's language, an empty cell as an empty field;
/// 3. an empty record;
/// 4. the footnote header `note,title,publisher,published,language,locator,url`;
/// 5. one record per footnote (`published` as `YYYY[-MM[-DD]]`; missing values as empty fields).
///
/// Every field goes through `CSVEscaping.field`: formula-starting fields get a `'` prefix (OWASP), so a value
/// such as `-2` reads `'-2`. A first field starting with `ID` is quoted, so Excel does not take the file for SYLK.
public struct CSVRenderer: BriefingRenderer {
    /// Creates the renderer.
    public init() {}

    /// `csv`.
    public var formatName: String { "csv" }
    /// None.
    public var aliases: [String] { [] }
    /// `csv`.
    public var fileExtension: String { "csv" }

    /// The column names of the footnote section.
    static let footnoteHeader = ["note", "title", "publisher", "published", "language", "locator", "url"]

    /// One `<viewID>.csv` per table, in document order.
    public func render(_ document: BriefingDocument) -> [RenderedFile] {
        document.tables.map { table in
            RenderedFile(relativePath: RenderedFile.fileName(forView: table.viewID, fileExtension: fileExtension),
                         text: renderTable(table))
        }
    }

    /// One table as CSV text, every record ending with CR LF.
    public func renderTable(_ table: ComparisonTable) -> String {
        var out = ""
        var header = [table.rowHeading]
        for group in table.columnGroups {
            for column in group.columns {
                header.append(TableLayout.heading(of: column, in: group))
            }
        }
        out += CSVEscaping.record(header)
        if out.hasPrefix("ID") {
            // Excel takes a file starting with the bytes "ID" for a SYLK file and refuses it; an unquoted field
            // cannot contain a quote, so quoting this one is always valid RFC 4180.
            let end = out.firstIndex { $0 == "," || $0 == "\r\n" } ?? out.endIndex
            out = "\"" + out[..<end] + "\"" + out[end...]
        }
        let columnCount = header.count - 1
        for row in table.rows {
            let cells = TableLayout.cells(of: row, columnCount: columnCount).map { cell($0, language: table.language) }
            out += CSVEscaping.record([row.label] + cells)
        }
        out += CSVEscaping.record([""])
        out += CSVEscaping.record(Self.footnoteHeader)
        for footnote in table.footnotes {
            let source = footnote.source
            out += CSVEscaping.record([
                String(footnote.number), source.title, source.publisher, source.published?.description ?? "",
                source.language, footnote.locator ?? "", source.url ?? "",
            ])
        }
        return out
    }

    /// A cell's entries joined by `; `, with the disagreement marker.
    private func cell(_ cell: TableCell, language: String) -> String {
        var text = cell.entries.map { entry in
            var text = entry.text
            if let qualifier = entry.qualifier, !qualifier.isEmpty { text += " (" + qualifier + ")" }
            return text + TableLayout.markers(entry.footnotes)
        }.joined(separator: "; ")
        if cell.state == .disputed, !cell.entries.isEmpty {
            text += " (" + BriefingPhrases.sourcesDisagree(in: language) + ")"
        }
        return text
    }
}

import ComparisonKit

/// CSV per RFC 4180 (CR LF line endings, UTF-8 without byte-order mark): two files per table, each one table with
/// the same number of fields in every record, so that any CSV reader (pandas, R, Python's `csv`) reads it as it is.
///
/// `<viewID>.csv`, the table:
/// 1. the header: the row heading, then each column's `Jurisdiction: Initiative`;
/// 2. one record per row: its label, then each cell's entries as `text (qualifier) [1, 2]` joined by `; `,
///    a disputed cell followed by ` (sources disagree)` in the table's language, an empty cell as an empty field.
///
/// `<viewID>-sources.csv`, the sources the numbers in brackets cite:
/// 1. the header `note,title,publisher,published,language,locator,url,accessed,archived,identifier`;
/// 2. one record per footnote (`published` and `accessed` as `YYYY[-MM[-DD]]`, `archived` the address of an archived
///    copy, `identifier` such as `CELEX:32021R0694` as written; missing values as empty fields).
///
/// Every field goes through `OutputBuffer.appendCSVField`: formula-starting fields get a `'` prefix (OWASP), so a value
/// such as `-2` reads `'-2`. A first field starting with `ID` is quoted, so Excel does not take the file for SYLK.
package struct CSVRenderer: TableFileRenderer {
    /// Creates the renderer.
    package init() {}

    /// `csv`.
    package var formatName: String { "csv" }
    /// None.
    package var aliases: [String] { [] }
    /// `csv`.
    package var fileExtension: String { "csv" }

    /// The column names of the sources file.
    package static let footnoteHeader = ["note", "title", "publisher", "published", "language", "locator", "url", "accessed",
                                 "archived", "identifier"]

    /// The name of a table's sources file, `<viewID>-sources.csv`.
    static func sourcesFileName(for table: ComparisonTable) -> String {
        RenderedFile.fileName(forView: table.viewID + "-sources", fileExtension: "csv")
    }

    /// Streams one table as two CSV files, the table and then its sources, every record ending with CR LF.
    package func writeTable(_ table: ComparisonTable, to sink: any RenderSink) {
        let out = OutputBuffer(file: fileName(for: table), in: sink)
        // Excel takes a file starting with the bytes "ID" for a SYLK file and refuses it; quoting the first field
        // is always valid RFC 4180.
        out.appendCSVField(table.rowHeading, alwaysQuoted: table.rowHeading.utf8.starts(with: "ID".utf8))
        var columnCount = 0
        let cellText = CellTextBuffer()
        for group in table.columnGroups {
            for column in group.columns {
                out.append(byte: UInt8(ascii: ","))
                // The heading gathered in the reused buffer rather than joined into a new string.
                cellText.removeAll()
                TableLayout.forEachHeadingPiece(of: column, in: group) { cellText.append($0) }
                cellText.withBytes { out.appendCSVField(utf8: $0) }
                columnCount += 1
            }
        }
        out.append(literal: "\r\n")
        let disagreement = " (" + BriefingPhrases.sourcesDisagree(in: table.language) + ")"
        for row in table.rows {
            out.appendCSVField(row.label)
            // One cell per column (see `TableLayout.cells`; a missing cell is an empty field), read in place.
            let cells = row.cells
            for index in 0..<columnCount {
                out.append(byte: UInt8(ascii: ","))
                guard index < cells.count else { continue }
                cellText.removeAll()
                text(of: cells[index].entries, disputed: cells[index].state == .disputed, disagreement: disagreement,
                     into: cellText)
                cellText.withBytes { out.appendCSVField(utf8: $0) }
            }
            out.append(literal: "\r\n")
        }
        out.finish()
        writeSources(of: table, to: sink)
    }

    /// Streams `<viewID>-sources.csv`: the header, then one record per footnote.
    private func writeSources(of table: ComparisonTable, to sink: any RenderSink) {
        let out = OutputBuffer(file: Self.sourcesFileName(for: table), in: sink)
        out.appendCSVRecord(Self.footnoteHeader)
        var sources = EscapedSources(piecesPerSource: 2)
        // Each distinct source's fields are escaped once per table (see `EscapedSources`).
        for footnote in table.footnotes {
            out.appendCSVField(decimal: footnote.number)
            out.append(byte: UInt8(ascii: ","))
            let lookup = sources.find(footnote.source)
            if let entry = lookup.entry {
                sources.append(piece: 0, of: entry, to: out)
                if let locator = footnote.locator { out.appendCSVField(locator) }
                sources.append(piece: 1, of: entry, to: out)
            } else {
                let source = footnote.source
                sources.record(to: out) { writeSourceHead(source, to: out) }
                if let locator = footnote.locator { out.appendCSVField(locator) }
                sources.record(to: out) { writeSourceTail(source, to: out) }
                sources.keep(source, lookup)
            }
            out.append(literal: "\r\n")
        }
        out.finish()
    }

    /// `title,publisher,published,language,`: a footnote record's fields from its source before the locator.
    private func writeSourceHead(_ source: Source, to out: OutputBuffer) {
        out.appendCSVField(source.title)
        out.append(byte: UInt8(ascii: ","))
        out.appendCSVField(source.publisher)
        out.append(byte: UInt8(ascii: ","))
        source.published?.withDescriptionBytes { out.appendCSVField(utf8: $0) }
        out.append(byte: UInt8(ascii: ","))
        out.appendCSVField(source.language)
        out.append(byte: UInt8(ascii: ","))
    }

    /// `,url,accessed,archived,identifier`: a footnote record's fields from its source after the locator.
    private func writeSourceTail(_ source: Source, to out: OutputBuffer) {
        out.append(byte: UInt8(ascii: ","))
        if let url = source.url { out.appendCSVField(url) }
        out.append(byte: UInt8(ascii: ","))
        source.accessed?.withDescriptionBytes { out.appendCSVField(utf8: $0) }
        out.append(byte: UInt8(ascii: ","))
        if let archived = source.archived { out.appendCSVField(archived) }
        out.append(byte: UInt8(ascii: ","))
        if let identifier = source.identifier { out.appendCSVField(identifier) }
    }

    /// A cell's entries joined by `; `, each as `text (qualifier) [1, 2]`, with the disagreement marker.
    private func text(of entries: [CellEntry], disputed: Bool, disagreement: String, into text: CellTextBuffer) {
        for index in entries.indices {
            if index > 0 { text.append(literal: "; ") }
            text.append(entries[index].text)
            if let qualifier = entries[index].qualifier, !qualifier.isEmpty {
                text.append(literal: " (")
                text.append(qualifier)
                text.append(literal: ")")
            }
            let footnotes = entries[index].footnotes
            if !footnotes.isEmpty {
                text.append(literal: " [")
                for (position, number) in footnotes.enumerated() {
                    if position > 0 { text.append(literal: ", ") }
                    text.append(decimal: number)
                }
                text.append(literal: "]")
            }
        }
        if disputed, !entries.isEmpty { text.append(disagreement) }
    }
}

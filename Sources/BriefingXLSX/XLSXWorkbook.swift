import BriefingRenderers
import ComparisonKit

/// The sheets of a workbook, in order: one per view (the table as the CSV writes it, one line per entry in a
/// cell), one with the sources the views cite, then one per normalised table (`DataTables.all`, as the data
/// package writes them, with typed numbers).
struct XLSXWorkbook {
    /// The sheets, in tab order.
    let sheets: [XLSXSheet]

    /// The workbook of a document: its tables' views and sources, and its corpus's data tables (without rows when
    /// the document has no corpus).
    init(_ document: BriefingDocument) {
        let sourcesName = BriefingPhrases.viewSourcesSheet(in: document.language)
        // The data tables keep their own names (those of the data package's files) before the views claim theirs.
        let names = XLSXSheetNames.unique(DataTables.all.map(\.name) + document.tables.map(\.title) + [sourcesName])
        let dataNames = names.prefix(DataTables.all.count)
        let viewNames = names.dropFirst(DataTables.all.count).prefix(document.tables.count)
        var sheets = zip(document.tables, viewNames).map { table, name in Self.viewSheet(table, name: name) }
        sheets.append(Self.sourcesSheet(document.tables, name: names.last ?? sourcesName))
        for (table, name) in zip(DataTables.all, dataNames) {
            sheets.append(Self.dataSheet(table, name: name, document: document))
        }
        self.sheets = sheets
    }

    /// A view: the row heading and each column's `Jurisdiction: Initiative`, then per row its label and each cell's
    /// entries, one line each as `text (qualifier) [1, 2]`, and a last line saying the sources disagree for a
    /// disputed cell; a cell without entries is empty.
    static func viewSheet(_ table: ComparisonTable, name: String) -> XLSXSheet {
        var header: [XLSXCell?] = [.text(table.rowHeading, style: .header)]
        for group in table.columnGroups {
            for column in group.columns {
                header.append(.text(TableLayout.heading(of: column, in: group), style: .header))
            }
        }
        let columnCount = header.count - 1
        var rows = [header]
        for row in table.rows {
            var cells: [XLSXCell?] = [.text(row.label, style: .header)]
            for cell in TableLayout.cells(of: row, columnCount: columnCount) {
                cells.append(cell.entries.isEmpty ? nil : .text(text(of: cell, language: table.language), style: .wrapped))
            }
            rows.append(cells)
        }
        return XLSXSheet(name: name, rows: rows, frozenColumns: 1)
    }

    /// A cell's text: one line per entry, then the disagreement for a disputed cell.
    static func text(of cell: TableCell, language: String) -> String {
        var lines = cell.entries.map { entry in
            var line = entry.text
            if let qualifier = entry.qualifier, !qualifier.isEmpty { line += " (" + qualifier + ")" }
            line += TableLayout.markers(entry.footnotes)
            return line
        }
        if cell.state == .disputed { lines.append(BriefingPhrases.sourcesDisagree(in: language)) }
        return lines.joined(separator: "\n")
    }

    /// Every view's footnotes: `view` (the view's id), then the columns of the CSV's `<view>-sources.csv`.
    static func sourcesSheet(_ tables: [ComparisonTable], name: String) -> XLSXSheet {
        let header = (["view"] + CSVRenderer.footnoteHeader).map { XLSXCell.text($0, style: .header) }
        var rows: [[XLSXCell?]] = [header]
        for table in tables {
            for footnote in table.footnotes {
                let source = footnote.source
                let texts: [String?] = [source.title, source.publisher, source.published?.description, source.language,
                                        footnote.locator, source.url, source.accessed?.description, source.archived,
                                        source.identifier]
                rows.append([.text(table.viewID, style: .plain), .number(String(footnote.number))]
                    + texts.map { text in text.flatMap { $0.isEmpty ? nil : XLSXCell.text($0, style: .plain) } })
            }
        }
        return XLSXSheet(name: name, rows: rows, frozenColumns: 0)
    }

    /// A normalised table: its column names, then its rows, values typed as `XLSXCell.init(_:)` says.
    static func dataSheet(_ table: DataTable, name: String, document: BriefingDocument) -> XLSXSheet {
        var rows: [[XLSXCell?]] = [table.columns.map { .text($0.name, style: .header) }]
        if let corpus = document.corpus {
            table.forEachRow(of: corpus, language: document.language) { row in
                rows.append(row.map(XLSXCell.init))
            }
        }
        return XLSXSheet(name: name, rows: rows, frozenColumns: 0)
    }
}

import BriefingRenderers
import ComparisonKit
import OfficeOpenXML

/// Excel (Office Open XML SpreadsheetML, `.xlsx`): the whole run as one workbook, `briefing.xlsx`, the file to open
/// in a spreadsheet.
///
/// One sheet per view (the table as the CSV writes it, one line per entry in a cell, the header row and the row
/// labels frozen), one sheet with the sources the views cite, then the corpus's normalised tables as the data package
/// writes them, one sheet each, named as its files (see `XLSXWorkbook`). Column widths follow the longest line.
///
/// Every cell is text or a number, never a formula: text is an inline string whatever it starts with (`=`, `+`,
/// `-`, `@`), so nothing in a cell can run. Numbers are typed when a spreadsheet's double keeps them exactly (at
/// most 15 significant digits), else text as written; dates are text as written (`2024`, `2024-09`, `2024-09-30`),
/// since partial dates are not spreadsheet dates (see `XLSXCell`).
///
/// The package is zipped by `OfficeZip`, its parts in a fixed order and every entry dated 1980-01-01, so the same
/// document gives the same bytes; no part holds a time unless `provenance.generatedAt` is set. It reads the tables
/// and the corpus: a run gives it the whole document.
package struct XLSXRenderer: BriefingRenderer {
    /// Creates the renderer.
    package init() {}

    /// `xlsx`.
    package var formatName: String { "xlsx" }
    /// `excel`.
    package var aliases: [String] { ["excel"] }
    /// `xlsx`.
    package var fileExtension: String { "xlsx" }
    /// A workbook is a zip archive, not text.
    package var writesText: Bool { false }

    /// The name of the one file a run writes.
    static let fileName = "briefing.xlsx"

    /// `briefing.xlsx`, or no file if the package could not be assembled in memory.
    package func render(_ document: BriefingDocument) -> [RenderedFile] {
        guard let bytes = OfficeZip.archive(parts(document)) else { return [] }
        return [RenderedFile(relativePath: Self.fileName, contents: bytes)]
    }

    /// The package's parts as (path, XML text), in the order they are stored.
    package func parts(_ document: BriefingDocument) -> [(path: String, text: String)] {
        let sheets = XLSXWorkbook(document).sheets
        var parts: [(path: String, text: String)] = [
            ("[Content_Types].xml", XLSXParts.contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", OfficeProperties.packageRelationships(mainPart: "xl/workbook.xml")),
            ("docProps/core.xml", OfficeProperties.core(title: document.title, subject: document.subtitle,
                                                        language: document.language,
                                                        generatedAt: document.provenance.generatedAt)),
            ("docProps/app.xml", OfficeProperties.app()),
            ("xl/workbook.xml", XLSXParts.workbook(sheetNames: sheets.map(\.name))),
            ("xl/_rels/workbook.xml.rels", XLSXParts.workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", XLSXParts.styles()),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", sheet.xml(selected: index == 0)))
        }
        return parts
    }
}

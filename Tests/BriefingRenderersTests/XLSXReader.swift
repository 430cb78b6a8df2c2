import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a `.xlsx` back as a spreadsheet does: unzipped (with `DOCXReader`'s ZIPFoundation reading), the workbook's
/// sheet names, and each sheet's cells by reference with their type, style and value, parsed with `XMLParser`.
/// Written independently of the renderer, so that the tests check the renderer.
struct XLSXReader {
    /// The package's entries, as `DOCXReader` reads them.
    let package: DOCXReader
    /// The sheets' names in tab order.
    let sheetNames: [String]
    /// Each sheet, in tab order.
    let sheets: [XLSXReadSheet]

    /// Unzips a workbook and reads every sheet.
    init(_ bytes: [UInt8]) throws {
        let package = try DOCXReader(bytes)
        self.package = package
        guard let workbook = package.data("xl/workbook.xml") else { throw DOCXReader.ReadError(description: "no xl/workbook.xml") }
        let names = AttributeCollector(element: "sheet")
        let parser = XMLParser(data: workbook)
        parser.delegate = names
        guard parser.parse() else { throw DOCXReader.ReadError(description: "xl/workbook.xml is not well-formed") }
        sheetNames = names.found.map { $0["name"] ?? "" }
        sheets = try (0..<sheetNames.count).map { $0 + 1 }.map { number in
            let path = "xl/worksheets/sheet\(number).xml"
            guard let data = package.data(path) else { throw DOCXReader.ReadError(description: "no \(path)") }
            let collector = SheetCollector()
            let parser = XMLParser(data: data)
            parser.delegate = collector
            guard parser.parse() else { throw DOCXReader.ReadError(description: "\(path) is not well-formed") }
            return collector.sheet
        }
    }
}

/// One sheet as read: its cells by reference, the elements it holds, its frozen pane and column widths.
struct XLSXReadSheet {
    /// A cell: `t` (nil for a number), `s`, and its text (the inline string, or `<v>`).
    struct Cell: Equatable {
        var type: String?
        var style: String?
        var value = ""
    }
    /// The cells by reference (`B2`).
    var cells: [String: Cell] = [:]
    /// Every element name met, for checks such as "no `<f>`".
    var elements: Set<String> = []
    /// The frozen pane's attributes, if any.
    var pane: [String: String]?
    /// How many `<col>` widths it sets.
    var columnWidths = 0

    /// The value at a reference, nil for no cell.
    subscript(_ reference: String) -> Cell? { cells[reference] }
}

/// Builds an `XLSXReadSheet`.
final class SheetCollector: NSObject, XMLParserDelegate {
    var sheet = XLSXReadSheet()
    private var reference: String?
    private var cell = XLSXReadSheet.Cell()
    private var inText = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        sheet.elements.insert(name)
        switch name {
        case "c":
            reference = attributes["r"]
            cell = XLSXReadSheet.Cell(type: attributes["t"], style: attributes["s"])
        case "t", "v": inText = true
        case "pane": sheet.pane = attributes
        case "col": sheet.columnWidths += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { cell.value += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "t", "v": inText = false
        case "c":
            if let reference { sheet.cells[reference] = cell }
            reference = nil
        default: break
        }
    }
}

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads a `.docx` back the way a word processor does: unzipped with ZIPFoundation, its XML parsed with
/// Foundation's `XMLParser`, and the body turned into paragraphs and tables of plain text (`<w:br/>` as LF,
/// `<w:tab/>` as tab). Written independently of the renderer, so that the tests check the renderer.
struct DOCXReader {
    /// The package's entries in stored order, with their bytes and modification dates.
    var entries: [(path: String, data: Data, modified: Date?)] = []

    /// Why a package could not be read.
    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    /// Unzips a package.
    init(_ bytes: [UInt8]) throws {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            entries.append((entry.path, data, entry.fileAttributes[.modificationDate] as? Date))
        }
    }

    /// One entry's bytes.
    func data(_ path: String) -> Data? {
        entries.first { $0.path == path }?.data
    }

    /// Whether `data` is well-formed XML; the parser's error otherwise.
    static func wellFormednessError(_ data: Data) -> String? {
        let parser = XMLParser(data: data)
        guard !parser.parse() else { return nil }
        return parser.parserError.map { "\($0)" } ?? "unknown error"
    }

    /// The body of `word/document.xml`.
    func body() throws -> [WordBlock] {
        guard let data = data("word/document.xml") else { throw ReadError(description: "no word/document.xml") }
        let collector = WordBodyCollector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else {
            throw ReadError(description: "word/document.xml is not well-formed: \(parser.parserError.map { "\($0)" } ?? "?")")
        }
        return collector.blocks
    }

    /// Every `<Relationship>` of a relationships part, as its attributes.
    func relationships(_ path: String) throws -> [[String: String]] {
        guard let data = data(path) else { throw ReadError(description: "no \(path)") }
        let collector = AttributeCollector(element: "Relationship")
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else { throw ReadError(description: "\(path) is not well-formed") }
        return collector.found
    }
}

/// A paragraph or a table of the body, in document order.
enum WordBlock {
    case paragraph(WordParagraph)
    case table(WordTable)
}

/// A paragraph's style id and text.
struct WordParagraph {
    var style: String?
    var text = ""
}

/// A table's rows.
struct WordTable {
    var rows: [WordRow] = []
}

/// A row: whether it repeats as a header row, and its cells.
struct WordRow {
    var isHeader = false
    var cells: [WordCell] = []
}

/// A cell: its span, vertical merge (`restart`, `continue` or nil) and paragraphs.
struct WordCell {
    var gridSpan = 1
    var vMerge: String?
    var paragraphs: [WordParagraph] = []
    /// The paragraphs' texts joined by LF, as python-docx's `cell.text` gives them.
    var text: String { paragraphs.map(\.text).joined(separator: "\n") }
}

/// Builds `WordBlock`s from `word/document.xml` (tables are not nested in the briefing).
final class WordBodyCollector: NSObject, XMLParserDelegate {
    var blocks: [WordBlock] = []
    private var table: WordTable?
    private var row: WordRow?
    private var cell: WordCell?
    private var paragraph: WordParagraph?
    private var inText = false
    /// Inside `<w:tabs>`, where `<w:tab>` is a tab stop rather than a tab character.
    private var inTabStops = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "w:tbl": table = WordTable()
        case "w:tr": row = WordRow()
        case "w:tc": cell = WordCell()
        case "w:tblHeader": row?.isHeader = true
        case "w:gridSpan": cell?.gridSpan = Int(attributes["w:val"] ?? "") ?? -1
        case "w:vMerge": cell?.vMerge = attributes["w:val"] ?? "continue"
        case "w:p": paragraph = WordParagraph()
        case "w:pStyle": paragraph?.style = attributes["w:val"]
        case "w:t": inText = true
        case "w:br": paragraph?.text += "\n"
        case "w:tabs": inTabStops = true
        case "w:tab" where !inTabStops: paragraph?.text += "\t"
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { paragraph?.text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t": inText = false
        case "w:tabs": inTabStops = false
        case "w:p":
            guard let done = paragraph else { return }
            paragraph = nil
            if cell != nil { cell?.paragraphs.append(done) } else { blocks.append(.paragraph(done)) }
        case "w:tc":
            if let done = cell { row?.cells.append(done) }
            cell = nil
        case "w:tr":
            if let done = row { table?.rows.append(done) }
            row = nil
        case "w:tbl":
            if let done = table { blocks.append(.table(done)) }
            table = nil
        default: break
        }
    }
}

/// Collects the attributes of every element with one name.
final class AttributeCollector: NSObject, XMLParserDelegate {
    let element: String
    var found: [[String: String]] = []

    init(element: String) { self.element = element }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == element { found.append(attributes) }
    }
}

import BriefingRenderers
import ComparisonKit
import Foundation

/// What must hold for an HTML briefing, whatever hostile text the tables hold: one `briefing.html` that is
/// well-formed enough to trust (every element from a known list, every opened element closed in order, attribute
/// values double-quoted, every `&` a character reference), with no script, event handler or loading attribute,
/// no raw control or bidi character, one `<table>` per table with one body row per row and one `<th>` plus one
/// `<td>` per column in each, footnote links that land on a source, and every text of the tables present in its
/// escaped form and never raw.
extension FormatInvariants {
    /// The elements the renderer writes; anything else came from a value.
    static let htmlElements: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "dl", "dt", "dd", "div", "nav",
        "ol", "li", "a", "section", "table", "caption", "colgroup", "col", "thead", "tbody", "tr", "th", "td", "sup",
        "span", "br", "figure", "figcaption", "strong", "code", "time", "cite", "main",
        "svg", "desc", "g", "rect", "text", "tspan", "line", "polygon",
    ]
    /// Elements without an end tag.
    static let htmlVoidElements: Set<String> = ["meta", "br", "col"]

    /// A value as the renderer must write it in flowing text: `& < > " '` as references, hidden characters as
    /// U+FFFD, each line break (CR LF once) as `<br>`.
    static func htmlEscaped(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A where previousWasCR: continue
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: out += "<br>"
            case 0x09: out.unicodeScalars.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: out += "\u{FFFD}"
            case 0x26: out += "&amp;"
            case 0x3C: out += "&lt;"
            case 0x3E: out += "&gt;"
            case 0x22: out += "&quot;"
            case 0x27: out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func html(_ document: BriefingDocument, _ files: [RenderedFile]) -> [String] {
        guard files.count == 1, let file = files.first, file.relativePath == "briefing.html" else {
            return ["expected one briefing.html, got \(files.map(\.relativePath))"]
        }
        let text = String(decoding: file.contents, as: UTF8.self)
        var problems: [String] = []
        if !text.hasPrefix("<!DOCTYPE html>\n<html lang=\"") { problems.append("no doctype and <html lang>") }
        if text.range(of: "<script", options: .caseInsensitive) != nil { problems.append("raw <script") }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A: continue
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                problems.append("raw hidden character U+\(String(scalar.value, radix: 16, uppercase: true))")
            default: continue
            }
        }
        var scan = HTMLScan(text: text)
        scan.run()
        problems += scan.problems.prefix(20)
        if scan.tables.count != document.tables.count {
            problems.append("\(scan.tables.count) tables, expected \(document.tables.count)")
        }
        for (number, (table, found)) in zip(document.tables, scan.tables).enumerated() {
            let expected = Array(repeating: table.columns.count, count: table.rows.count)
            if found.map(\.cells) != expected || !found.allSatisfy({ $0.heads == 1 }) {
                problems.append("table \(number + 1): body rows (th, td) \(found.map { ($0.heads, $0.cells) }), expected \(table.rows.count) rows of 1 th and \(table.columns.count) td")
            }
        }
        for target in scan.fragmentLinks where !scan.ids.contains(target) {
            problems.append("link to #\(target), which is not on the page")
        }
        // Every text is there escaped, and none that needs escaping is there raw: byte for byte (Data's search
        // takes milliseconds where String.contains, comparing characters, takes a second on a long page).
        // Soft hyphens are left out: they sit inside words (HTMLHyphenation), which stay the same text.
        let page = Data(String(decoding: file.contents, as: UTF8.self).replacingOccurrences(of: "&shy;", with: "").utf8)
        func pageHolds(_ piece: String) -> Bool { page.range(of: Data(piece.utf8)) != nil }
        for value in htmlTexts(of: document) where !value.isEmpty {
            let escaped = htmlEscaped(value)
            if !pageHolds(escaped) { problems.append("text missing in escaped form: \(value.prefix(40).debugDescription)") }
            if escaped != value, value.unicodeScalars.contains(where: { "<&".unicodeScalars.contains($0) }),
               value.count > 3, pageHolds(value) {
                problems.append("text written raw: \(value.prefix(40).debugDescription)")
            }
        }
        return problems
    }

    /// The texts a reader must find in the tables: titles, headings, labels, cell entries and qualifiers.
    static func htmlTexts(of document: BriefingDocument) -> [String] {
        var texts: [String] = []
        for table in document.tables {
            texts += [table.title, table.rowHeading]
            texts += table.columnGroups.filter { !$0.columns.isEmpty }.flatMap { [$0.label] + $0.columns.map(\.heading) }
            for row in table.rows {
                texts.append(row.label)
                for entry in row.cells.prefix(table.columns.count).flatMap(\.entries) {
                    texts.append(entry.text)
                    if let qualifier = entry.qualifier, !qualifier.isEmpty { texts.append(qualifier) }
                }
            }
        }
        return texts
    }
}

/// A strict reading of the renderer's HTML: the tags it may write, nested properly, and the table shapes.
struct HTMLScan {
    /// The shape of one body row: how many `<th>` and `<td>` it holds.
    struct Row { var heads = 0; var cells = 0 }

    let scalars: [Unicode.Scalar]
    var index = 0
    var problems: [String] = []
    var stack: [String] = []
    var tables: [[Row]] = []
    var inBody = false
    var ids: Set<String> = []
    var fragmentLinks: [String] = []

    init(text: String) { scalars = Array(text.unicodeScalars) }

    mutating func run() {
        let doctype = Array("<!DOCTYPE html>".unicodeScalars)
        if scalars.starts(with: doctype) { index = doctype.count }
        while index < scalars.count {
            if scalars[index] == "<" { tag() } else if scalars[index] == "&" { reference() } else if scalars[index] == ">" {
                problems.append("raw > in text at \(index)")
                index += 1
            } else { index += 1 }
        }
        if !stack.isEmpty { problems.append("elements never closed: \(stack)") }
    }

    private func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar { case "a"..."z", "A"..."Z", "0"..."9", "-", ":": return true; default: return false }
    }

    private mutating func name() -> String {
        var name = ""
        while index < scalars.count, isNameScalar(scalars[index]) { name.unicodeScalars.append(scalars[index]); index += 1 }
        return name
    }

    /// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`, `&shy;` (a soft hyphen, from HTMLHyphenation) or `&#NNN;`; anything
    /// else is a raw ampersand.
    private mutating func reference() {
        let rest = String(String.UnicodeScalarView(scalars[index..<min(scalars.count, index + 8)]))
        let known = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&shy;"].first { rest.hasPrefix($0) }
        if let known { index += known.unicodeScalars.count; return }
        problems.append("raw & at \(index): \(rest.debugDescription)")
        index += 1
    }

    private mutating func tag() {
        index += 1
        let closing = index < scalars.count && scalars[index] == "/"
        if closing { index += 1 }
        let tagName = name()
        guard FormatInvariants.htmlElements.contains(tagName) else {
            problems.append("unknown element <\(closing ? "/" : "")\(tagName)> at \(index)")
            return
        }
        if closing {
            if stack.last == tagName { stack.removeLast() } else { problems.append("</\(tagName)> closes \(stack.last ?? "nothing")") }
            if tagName == "tbody" { inBody = false }
            expect(">")
            return
        }
        var selfClosing = false
        while index < scalars.count {
            while index < scalars.count, scalars[index] == " " { index += 1 }
            guard index < scalars.count else { break }
            if scalars[index] == ">" { index += 1; break }
            if scalars[index] == "/" { selfClosing = true; index += 1; expect(">"); break }
            let attribute = name()
            guard !attribute.isEmpty else { problems.append("junk in <\(tagName)> at \(index)"); index += 1; return }
            var value = ""
            if index < scalars.count, scalars[index] == "=" {
                index += 1
                expect("\"")
                while index < scalars.count, scalars[index] != "\"" {
                    if scalars[index] == "<" { problems.append("< in an attribute of <\(tagName)>") }
                    if scalars[index] == "&" { reference() } else { value.unicodeScalars.append(scalars[index]); index += 1 }
                }
                expect("\"")
            }
            attributeSeen(attribute, value: value, in: tagName)
        }
        if tagName == "style" { skipStyle() }
        if tagName == "table" { tables.append([]) }
        if tagName == "tbody" { inBody = true }
        if inBody, tagName == "tr" { tables[tables.count - 1].append(Row()) }
        if inBody, tagName == "th" || tagName == "td", !tables.isEmpty, var row = tables[tables.count - 1].popLast() {
            if tagName == "th" { row.heads += 1 } else { row.cells += 1 }
            tables[tables.count - 1].append(row)
        }
        if !selfClosing, !FormatInvariants.htmlVoidElements.contains(tagName), tagName != "style" { stack.append(tagName) }
    }

    private mutating func attributeSeen(_ attribute: String, value: String, in tagName: String) {
        let lower = attribute.lowercased()
        if lower.hasPrefix("on") || ["src", "srcset", "xlink:href", "style", "background"].contains(lower) {
            problems.append("attribute \(attribute) on <\(tagName)>")
        }
        if lower == "id" {
            if !ids.insert(value).inserted { problems.append("id \(value) twice") }
        }
        if lower == "href" {
            if value.hasPrefix("#") {
                fragmentLinks.append(String(value.dropFirst()))
            } else if tagName != "a" || !(value.hasPrefix("http://") || value.hasPrefix("https://")) {
                problems.append("href \(value.prefix(40).debugDescription) on <\(tagName)>")
            }
        }
    }

    /// The style sheet is the renderer's own; it ends at the first `</style>`, which must be there.
    private mutating func skipStyle() {
        let end = Array("</style>".unicodeScalars)
        while index < scalars.count, !scalars[index...].starts(with: end) { index += 1 }
        if index >= scalars.count { problems.append("<style> never closed") } else { index += end.count }
    }

    private mutating func expect(_ scalar: Unicode.Scalar) {
        if index < scalars.count, scalars[index] == scalar { index += 1 } else {
            problems.append("expected \(scalar) at \(index)")
        }
    }
}

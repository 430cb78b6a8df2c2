@testable import BriefingRenderers

// The escaping functions as they were written before the renderers escaped UTF-8 bytes: one Unicode scalar at a
// time, building strings. Slow but plain to read, they are the reference the byte-level escaping is checked against
// (see `ByteEscapingTests`). Do not use them in the product.

/// The scalar-by-scalar JSON string escaping (the reference for `OutputBuffer.appendJSONString`).
enum ReferenceJSONEscaping {
    static func quoted(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out.append(contentsOf: "\\\"".unicodeScalars)
            case 0x5C: out.append(contentsOf: "\\\\".unicodeScalars)
            case 0x0A: out.append(contentsOf: "\\n".unicodeScalars)
            case 0x0D: out.append(contentsOf: "\\r".unicodeScalars)
            case 0x09: out.append(contentsOf: "\\t".unicodeScalars)
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
                out.append(contentsOf: unicodeEscape(scalar.value).unicodeScalars)
            default: out.append(scalar)
            }
        }
        out.append("\"")
        return String(out)
    }

    /// `\u` and four lower-case hex digits (only used for scalars in the Basic Multilingual Plane).
    static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

/// The scalar-by-scalar CSV field escaping (the reference for `OutputBuffer.appendCSVField`).
enum ReferenceCSVEscaping {
    static func field(_ value: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\t", "\r", "\n", "\u{2028}", "\u{2029}": scalars.append(scalar)
            default: scalars.append(PlainText.kind(of: scalar) == .text ? scalar : PlainText.replacement)
            }
        }
        if startsLikeFormula(scalars) { scalars.insert("'", at: scalars.startIndex) }
        let needsQuotes = scalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == ";" || $0 == "\t" }
            || scalars.first == " " || scalars.last == " "
        guard needsQuotes else { return String(scalars) }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in scalars {
            if scalar == "\"" { quoted.append("\"") }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }

    /// One record: the fields escaped, joined with commas, ended with CR LF.
    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// What a spreadsheet may skip before it looks for a formula sign.
    private static let leadingBlanks: Set<Unicode.Scalar> = [" ", "\u{00A0}", "\t", "\r", "\n"]

    /// Whether a spreadsheet could take the field for a formula.
    private static func startsLikeFormula(_ scalars: String.UnicodeScalarView) -> Bool {
        guard let first = scalars.first else { return false }
        if first == "\t" || first == "\r" { return true }
        guard let firstVisible = scalars.first(where: { !leadingBlanks.contains($0) }) else { return false }
        return firstVisible == "=" || firstVisible == "+" || firstVisible == "-" || firstVisible == "@"
    }
}

/// The scalar-by-scalar Markdown escaping (the reference for `OutputBuffer.appendMarkdownInline` and friends).
enum ReferenceMarkdownEscaping {
    static func inline(_ text: String, headingSafe: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        for (number, line) in PlainText.lines(text).enumerated() {
            if number > 0 { out.append(contentsOf: "<br>".unicodeScalars) }
            for scalar in line {
                switch scalar {
                case "\\", "|", "`", "*", "_", "[", "]", "~", "$":
                    out.append("\\")
                    out.append(scalar)
                case "#" where headingSafe:
                    out.append("\\")
                    out.append(scalar)
                case "<": out.append(contentsOf: "&lt;".unicodeScalars)
                case ">": out.append(contentsOf: "&gt;".unicodeScalars)
                case "&": out.append(contentsOf: "&amp;".unicodeScalars)
                default:
                    out.append(PlainText.kind(of: scalar) == .text ? scalar : PlainText.replacement)
                }
            }
        }
        return String(out)
    }

    /// Text in italics, `*text*`, with the text escaped; surrounding spaces are moved outside the asterisks
    /// (where Markdown needs them to see emphasis) and empty text gives an empty string.
    static func italic(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? "" : "*" + inline(trimmed) + "*"
    }

    /// A URL as a clickable autolink `<https://…>` when it is a plain http(s) URL of printable ASCII;
    /// anything else is shown as escaped text, never as a link.
    static func url(_ url: String) -> String {
        let lower = url.lowercased()
        let isWebURL = lower.hasPrefix("http://") || lower.hasPrefix("https://")
        let isPlain = url.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && $0 != "<" && $0 != ">" }
        return isWebURL && isPlain ? "<" + url + ">" : inline(url)
    }
}

/// A JSON value whose objects keep their keys in the order written, so output has a fixed, documented key order.
enum JSONValue {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    /// A string, or `null` when there is none.
    static func string(orNull text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }
}

/// A small JSON writer: pretty-printed with two-space indentation, keys in the order given, deterministic.
///
/// Arrays of objects or arrays get one element per line; arrays of plain values (such as footnote numbers)
/// stay on one line, `[1, 2]`. Text is written as UTF-8; see `quoted(_:)` for what is escaped.
enum JSONWriter {
    /// The whole document, ending with a newline.
    static func document(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        out += "\n"
        return out
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .string(let text): out += quoted(text)
        case .int(let number): out += String(number)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let elements):
            if elements.isEmpty {
                out += "[]"
            } else if elements.allSatisfy(\.isScalar) {
                out += "["
                for (index, element) in elements.enumerated() {
                    if index > 0 { out += ", " }
                    write(element, indent: indent, into: &out)
                }
                out += "]"
            } else {
                out += "[\n"
                for (index, element) in elements.enumerated() {
                    out += String(repeating: "  ", count: indent + 1)
                    write(element, indent: indent + 1, into: &out)
                    out += index < elements.count - 1 ? ",\n" : "\n"
                }
                out += String(repeating: "  ", count: indent) + "]"
            }
        case .object(let members):
            if members.isEmpty {
                out += "{}"
                return
            }
            out += "{\n"
            for (index, member) in members.enumerated() {
                out += String(repeating: "  ", count: indent + 1) + quoted(member.key) + ": "
                write(member.value, indent: indent + 1, into: &out)
                out += index < members.count - 1 ? ",\n" : "\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    /// A JSON string literal. Escapes `"` and `\`; writes LF, CR and tab as `\n`, `\r`, `\t`; writes every other
    /// control character (U+0000–U+001F, U+007F–U+009F) and the invisible line separators and bidirectional
    /// controls (U+2028, U+2029, U+202A–U+202E, U+2066–U+2069, U+FEFF) as `\u00XX`-style escapes, so they are
    /// visible and still round-trip exactly. Everything else, such as æøå, is written as it is.
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
    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

extension JSONValue {
    /// Whether the value is written on one line.
    fileprivate var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }
}

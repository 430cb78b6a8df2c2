/// A JSON value whose objects keep their keys in the order written, printed byte for byte the same every time:
/// two-space indentation, short lists of scalars on one line, and a trailing newline.
enum JSONText: Equatable, Sendable {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case array([JSONText])
    case object([(String, JSONText)])

    static func == (lhs: JSONText, rhs: JSONText) -> Bool { lhs.printed() == rhs.printed() }

    /// The value at the key of an object, or nil.
    subscript(key: String) -> JSONText? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The document: the value, printed, and a newline.
    var document: String { printed() + "\n" }

    /// The value printed with its nested lines indented by `indent` spaces.
    func printed(indent: Int = 0) -> String {
        let inner = String(repeating: " ", count: indent + 2)
        let outer = String(repeating: " ", count: indent)
        switch self {
        case .string(let text): return Self.quoted(text)
        case .integer(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .array(let items):
            if items.isEmpty { return "[]" }
            let scalars = items.allSatisfy(\.isScalar)
            let line = "[" + items.map { $0.printed() }.joined(separator: ", ") + "]"
            if scalars && line.count + indent <= 100 { return line }
            return "[\n" + items.map { inner + $0.printed(indent: indent + 2) }.joined(separator: ",\n") + "\n\(outer)]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            return "{\n" + members.map { key, value in
                inner + Self.quoted(key) + ": " + value.printed(indent: indent + 2)
            }.joined(separator: ",\n") + "\n\(outer)}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    /// `text` as a JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

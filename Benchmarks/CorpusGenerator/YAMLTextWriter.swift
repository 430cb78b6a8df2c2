/// Writes YAML text line by line, quoting a scalar only when it could not be read back as the same plain text.
struct YAMLTextWriter {
    var text = ""

    init(capacity: Int = 8 * 1024) {
        text.reserveCapacity(capacity)
    }

    /// A line at an indentation (in spaces).
    mutating func line(_ indent: Int, _ content: String) {
        for _ in 0..<indent { text += " " }
        text += content
        text += "\n"
    }

    /// `key: value`, with the value quoted when needed.
    mutating func pair(_ indent: Int, _ key: String, _ value: String) {
        line(indent, key + ": " + Self.scalar(value))
    }

    /// `- key: value`: the first pair of a sequence item.
    mutating func itemPair(_ indent: Int, _ key: String, _ value: String) {
        line(indent, "- " + key + ": " + Self.scalar(value))
    }

    /// A language-keyed text as a block mapping under `key`; texts longer than a line are folded (`>-`).
    mutating func localized(_ indent: Int, _ key: String, _ texts: [(language: String, text: String)], item: Bool = false) {
        line(indent, (item ? "- " : "") + key + ":")
        let inner = indent + (item ? 4 : 2)
        for (language, value) in texts {
            if value.unicodeScalars.count > 90 {
                line(inner, language + ": >-")
                for wrapped in Self.wrap(value, width: 100) { line(inner + 2, wrapped) }
            } else {
                pair(inner, language, value)
            }
        }
    }

    /// A long text folded (`>-`) under `key`.
    mutating func folded(_ indent: Int, _ key: String, _ value: String) {
        if value.unicodeScalars.count <= 90 {
            pair(indent, key, value)
            return
        }
        line(indent, key + ": >-")
        for wrapped in Self.wrap(value, width: 100) { line(indent + 2, wrapped) }
    }

    /// The text split at spaces into lines of at most about `width` characters (a folded block joins them with spaces).
    static func wrap(_ value: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentCount = 0
        for word in value.split(separator: " ", omittingEmptySubsequences: true) {
            let count = word.unicodeScalars.count
            if currentCount > 0, currentCount + 1 + count > width {
                lines.append(current)
                current = ""
                currentCount = 0
            }
            if currentCount > 0 {
                current += " "
                currentCount += 1
            }
            current += word
            currentCount += count
        }
        if currentCount > 0 { lines.append(current) }
        return lines
    }

    /// The value as a plain scalar when that reads back as the same text, else double-quoted.
    static func scalar(_ value: String) -> String {
        isPlainSafe(value) ? value : quoted(value)
    }

    /// Conservative: plain only for text that starts with a letter or digit and holds no `: `, ` #`, flow
    /// indicators, quotes or line breaks.
    static func isPlainSafe(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else { return false }
        let unsafeStart: Set<Unicode.Scalar> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">",
                                                 "'", "\"", "%", "@", "`", " "]
        if unsafeStart.contains(first) || last == " " || last == ":" { return false }
        var previous: Unicode.Scalar = " "
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t", "\"", "{", "}", "[", "]": return false
            case "#" where previous == " ": return false
            case " " where previous == ":": return false
            default: break
            }
            previous = scalar
        }
        return true
    }

    /// A double-quoted scalar.
    static func quoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

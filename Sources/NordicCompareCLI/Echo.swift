/// How a message repeats what the user gave it: the one place that makes a value or a file name safe to print.
///
/// A value typed on the command line is shortened (a 120 KB `--lang` is not worth echoing whole), and any text a
/// message repeats, typed or read (a file name, a key), has its control characters made visible: a newline in a
/// file name would otherwise start a line of its own and could pass for a diagnostic, and an escape sequence would
/// be obeyed by the terminal. Backslashes are left alone, so escaping twice changes nothing.
enum Echo {
    /// How many characters of a typed value a message repeats before "…".
    static let valueLimit = 40

    /// A typed value as a message quotes it: its first `valueLimit` characters and "…" when longer, escaped.
    static func value(_ text: String) -> String {
        let head = text.prefix(valueLimit)
        return escaped(head.endIndex == text.endIndex ? text : String(head) + "…")
    }

    /// `text` with every control character, line or paragraph separator and bidirectional-override character
    /// written as an escape (`\n`, `\r`, `\t`, or `\u{1B}`), so that it prints on one line and as it is.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscaping) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where needsEscaping(scalar): result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `message` with every quoted occurrence ('…') of the given typed values shortened and escaped as `value(_:)`
    /// does: for messages written by code that echoes what it was given whole (the argument parser's, the runner's).
    static func shortening(_ values: [String], in message: String) -> String {
        var message = message
        for value in Set(values).sorted(by: { $0.utf8.count > $1.utf8.count }) where !value.isEmpty {
            let echoed = Self.value(value)
            if echoed != value {
                message = message.replacingOccurrences(of: "'" + value + "'", with: "'" + echoed + "'")
            }
        }
        return message
    }

    /// True for what `escaped(_:)` rewrites: C0 and C1 controls and DEL, U+2028 and U+2029 (which some terminals
    /// and editors take as line breaks), and the bidirectional embeddings, overrides and isolates (which reorder
    /// what follows them on the line).
    private static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

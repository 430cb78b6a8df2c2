/// How the human-readable formats treat the characters of a value that are not ordinary text.
package enum PlainText {
    /// What a Unicode scalar is, as far as laying out text goes.
    package enum ScalarKind: Equatable {
        /// Printable text (including tab), kept as it is.
        case text
        /// A line or paragraph break: LF, CR, VT, FF, NEL, U+2028, U+2029 (CR LF counts as one break).
        case lineBreak
        /// A control or bidirectional override with no place in a briefing table, shown as U+FFFD.
        case hidden
    }

    /// The replacement shown for a hidden character.
    package static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Classifies a scalar.
    package static func kind(of scalar: Unicode.Scalar) -> ScalarKind {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
            return .lineBreak
        case 0x09:
            return .text
        case 0x00...0x1F, 0x7F...0x9F:
            return .hidden
        case 0x202A...0x202E, 0x2066...0x2069:
            // Bidirectional embeddings, overrides and isolates reorder the text that follows them
            // ("Trojan Source", CVE-2021-42574); a table cell has no use for them.
            return .hidden
        default:
            return .text
        }
    }

    /// Splits text into lines at every line break (CR LF, CR, LF, VT, FF, NEL, U+2028, U+2029), keeping empty lines.
    package static func lines(_ text: String) -> [Substring.UnicodeScalarView] {
        var lines: [Substring.UnicodeScalarView] = []
        let scalars = Substring(text).unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if kind(of: scalar) == .lineBreak {
                lines.append(scalars[start..<index])
                var next = scalars.index(after: index)
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                start = next
                index = next
            } else {
                index = scalars.index(after: index)
            }
        }
        lines.append(scalars[start..<scalars.endIndex])
        return lines
    }
}

extension String {
    /// The text without leading and trailing white space (Unicode `White_Space`: spaces, tabs, line breaks).
    package func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}

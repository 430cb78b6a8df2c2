/// Escaping for GitHub-flavoured Markdown, so that a value is shown as the literal text it is.
enum MarkdownEscaping {
    /// Escapes a value for inline use: in a table cell, a heading, a list item or emphasis.
    ///
    /// - `|` becomes `\|` (so a cell cannot split into more columns), backslash becomes `\\`, and the inline
    ///   punctuation `` ` * _ [ ] ~ $ `` is backslash-escaped (no code spans, emphasis, links, strike-through
    ///   or math from a value).
    /// - `<`, `>` and `&` become `&lt;`, `&gt;` and `&amp;`: no HTML, autolinks or entities from a value.
    /// - Line breaks (CR LF, CR, LF, VT, FF, NEL, U+2028, U+2029) become `<br>`, so a row stays on one line.
    /// - Other control characters and bidirectional overrides become U+FFFD.
    /// - With `headingSafe`, `#` is escaped too, so a value cannot end a heading with a closing sequence.
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

extension String {
    /// The text without leading and trailing whitespace (spaces, tabs and line breaks).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}

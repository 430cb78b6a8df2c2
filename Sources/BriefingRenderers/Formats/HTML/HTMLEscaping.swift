/// Escaping for HTML and inline SVG, so that a value is shown as the literal text it is.
///
/// Every value from a plugin goes through one of these functions before it reaches the page: `&`, `<`, `>`, `"`
/// and `'` become character references, control characters and bidirectional overrides become U+FFFD, and line
/// breaks become `<br>` (in flowing text) or a space (in attributes and SVG text, which have no line breaks).
enum HTMLEscaping {
    /// Escapes a value for element content, with its line breaks as `<br>`.
    static func text(_ value: String) -> String {
        PlainText.lines(value).map { escape($0) }.joined(separator: "<br>")
    }

    /// Escapes a value for element content on one line: line breaks become spaces (SVG text, short labels).
    static func line(_ value: String) -> String {
        escape(Substring(singleLine(value)).unicodeScalars)
    }

    /// Escapes a value for a double-quoted attribute: line breaks become spaces.
    static func attribute(_ value: String) -> String {
        line(value)
    }

    /// The value with every line break replaced by a space and hidden characters by U+FFFD, unescaped: for
    /// measuring and wrapping text before it is escaped.
    static func singleLine(_ value: String) -> String {
        let scalars = PlainText.lines(value).map { line in
            String(String.UnicodeScalarView(line.map { PlainText.kind(of: $0) == .text ? $0 : PlainText.replacement }))
        }
        return scalars.joined(separator: " ")
    }

    /// A URL for `href` when it is a plain http(s) URL of printable ASCII without quotes or angle brackets,
    /// attribute-escaped; nil for anything else (such as `javascript:`), which is then shown only as text.
    static func webURL(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), url.count > 8 else { return nil }
        let plain = url.unicodeScalars.allSatisfy { scalar in
            scalar.value > 0x20 && scalar.value < 0x7F && !"\"'<>`\\".unicodeScalars.contains(scalar)
        }
        return plain ? attribute(url) : nil
    }

    /// A language code safe for a `lang` attribute: letters, digits and hyphens only (an underscore becomes a
    /// hyphen); nil when nothing usable is left.
    static func languageTag(_ code: String) -> String? {
        var tag = ""
        for scalar in code.unicodeScalars {
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", "-": tag.unicodeScalars.append(scalar)
            case "_": tag.append("-")
            default: return nil
            }
        }
        let trimmed = String(tag.prefix(35))
        return trimmed.isEmpty || trimmed.hasPrefix("-") ? nil : trimmed
    }

    /// The scalars with the five special characters as references and hidden characters as U+FFFD.
    private static func escape(_ scalars: Substring.UnicodeScalarView) -> String {
        var out = String.UnicodeScalarView()
        for scalar in scalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            default:
                out.append(PlainText.kind(of: scalar) == .text ? scalar : PlainText.replacement)
            }
        }
        return String(out)
    }
}

/// XML text written one element per line with two-space indentation, so that parts read well in a diff.
///
/// It only lays lines out: callers pass complete tags and escape every value themselves (with `OfficeXMLText`).
/// Whitespace between elements is insignificant in the Office Open XML parts it writes (Word and Excel), and text
/// is never split across lines.
package struct IndentedXML {
    /// The lines so far.
    package private(set) var lines: [String]
    /// The current nesting depth.
    private var depth = 0

    /// Starts a part with the XML declaration.
    package init() {
        lines = [#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#]
    }

    /// Writes an opening tag and indents what follows.
    package mutating func open(_ tag: String) {
        line(tag)
        depth += 1
    }

    /// Outdents and writes a closing tag.
    package mutating func close(_ tag: String) {
        depth = max(0, depth - 1)
        line(tag)
    }

    /// Writes one line at the current depth.
    package mutating func line(_ text: String) {
        lines.append(String(repeating: "  ", count: depth) + text)
    }

    /// The part as UTF-8 text, ending with a newline.
    package var text: String { lines.joined(separator: "\n") + "\n" }
}

/// XML text written one element per line with two-space indentation, so that parts read well in a diff.
///
/// It only lays lines out: callers pass complete tags and escape every value themselves (for Word parts with
/// `WordprocessingText`). Whitespace between elements is insignificant in the Office Open XML parts it writes,
/// and text is never split across lines.
struct IndentedXML {
    /// The lines so far.
    private(set) var lines: [String]
    /// The current nesting depth.
    private var depth = 0

    /// Starts a part with the XML declaration.
    init() {
        lines = [#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#]
    }

    /// Writes an opening tag and indents what follows.
    mutating func open(_ tag: String) {
        line(tag)
        depth += 1
    }

    /// Outdents and writes a closing tag.
    mutating func close(_ tag: String) {
        depth = max(0, depth - 1)
        line(tag)
    }

    /// Writes one line at the current depth.
    mutating func line(_ text: String) {
        lines.append(String(repeating: "  ", count: depth) + text)
    }

    /// The part as UTF-8 text, ending with a newline.
    var text: String { lines.joined(separator: "\n") + "\n" }
}

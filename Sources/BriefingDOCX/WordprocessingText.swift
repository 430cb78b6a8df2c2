import BriefingRenderers
import OfficeOpenXML

/// How values become runs of text in a Word (DOCX) document.
///
/// Every value is escaped as `OfficeXMLText` says (entities, and U+FFFD for what XML forbids or `PlainText` hides).
/// In document text, a line break (CR LF, CR, LF, VT, FF, NEL, U+2028, U+2029) becomes `<w:br/>` and a tab
/// `<w:tab/>`; in metadata and attributes (`OfficeXMLText.escaped`) both become a space.
enum WordprocessingText {
    /// The inner content of a run for a value: `<w:t>` pieces separated by `<w:br/>` and `<w:tab/>`.
    /// Empty text gives an empty string.
    static func runContent(_ text: String) -> String {
        var out = ""
        for (number, line) in PlainText.lines(text).enumerated() {
            if number > 0 { out += "<w:br/>" }
            var piece = String.UnicodeScalarView()
            func flush() {
                if !piece.isEmpty { out += "<w:t xml:space=\"preserve\">" + String(piece) + "</w:t>" }
                piece = String.UnicodeScalarView()
            }
            for scalar in line {
                if scalar == "\t" {
                    flush()
                    out += "<w:tab/>"
                } else {
                    OfficeXMLText.appendEscaped(scalar, to: &piece)
                }
            }
            flush()
        }
        return out
    }

    /// One run `<w:r>` with the given run properties (the inside of `<w:rPr>`, may be empty) holding a value;
    /// an empty string for empty text.
    static func run(_ text: String, properties: String = "") -> String {
        let content = runContent(text)
        guard !content.isEmpty else { return "" }
        let rPr = properties.isEmpty ? "" : "<w:rPr>" + properties + "</w:rPr>"
        return "<w:r>" + rPr + content + "</w:r>"
    }

    /// The text a reader gets back from `runContent`: hidden characters as U+FFFD, every line break as LF.
    static func readBack(_ text: String) -> String {
        PlainText.lines(text)
            .map { line in String(String.UnicodeScalarView(line.map(OfficeXMLText.visible))) }
            .joined(separator: "\n")
    }
}

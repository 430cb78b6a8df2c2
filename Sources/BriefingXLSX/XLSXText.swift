import BriefingRenderers
import OfficeOpenXML

/// How a value becomes the text of a cell: escaped as `OfficeXMLText` says (entities; U+FFFD for what XML 1.0
/// forbids or `PlainText` hides), every line break (CR LF, CR, VT, FF, NEL, U+2028, U+2029) as LF, the one break a
/// cell holds, and tabs kept.
enum XLSXText {
    /// The escaped text of an inline string.
    static func escaped(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for (number, line) in PlainText.lines(text).enumerated() {
            if number > 0 { out.append("\n") }
            for scalar in line { OfficeXMLText.appendEscaped(scalar, to: &out) }
        }
        return String(out)
    }
}

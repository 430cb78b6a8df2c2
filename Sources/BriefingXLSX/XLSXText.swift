import BriefingRenderers
import OfficeOpenXML

/// How a value becomes the text of a cell: hidden characters (what XML 1.0 forbids or `PlainText` hides) as U+FFFD,
/// every line break (CR LF, CR, VT, FF, NEL, U+2028, U+2029) as LF, the one break a cell holds, tabs kept; cut to the
/// 32 767 characters a cell holds; then escaped as `OfficeXMLText` says.
enum XLSXText {
    /// The most a cell holds, in UTF-16 code units (Excel's characters): Excel repairs a workbook with a longer one.
    static let maximumLength = 32_767

    /// The text a cell shows for a value. A value longer than a cell holds is cut at a whole character and ends
    /// with `…`; the data package and the JSON keep it whole.
    static func cellText(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for (number, line) in PlainText.lines(text).enumerated() {
            if number > 0 { out.append("\n") }
            for scalar in line { out.append(OfficeXMLText.visible(scalar)) }
        }
        let visible = String(out)
        guard visible.utf16.count > maximumLength else { return visible }
        var cut = ""
        var length = 1  // the ellipsis
        for character in visible {
            length += character.utf16.count
            guard length <= maximumLength else { break }
            cut.append(character)
        }
        return cut + "…"
    }

    /// The escaped text of an inline string.
    static func escaped(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in cellText(text).unicodeScalars { OfficeXMLText.appendEscaped(scalar, to: &out) }
        return String(out)
    }
}

import BriefingRenderers

/// How values become text in the XML parts of a Word (DOCX) package.
///
/// Every value is treated as hostile (see the SAFETY RULE on `BriefingRenderer`):
/// - `&`, `<`, `>`, `"` and `'` become entities, so no value can open or close an element or attribute.
/// - Characters XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE and U+FFFF) and the characters
///   `PlainText` hides (C1 controls, bidirectional embeddings, overrides and isolates) become U+FFFD, so that no
///   value makes the XML ill-formed or hides or reorders text.
/// - In document text, a line break (CR LF, CR, LF, VT, FF, NEL, U+2028, U+2029) becomes `<w:br/>` and a tab
///   `<w:tab/>`; in metadata and attributes both become a space.
enum WordprocessingText {
    /// A scalar as it may appear in the XML: itself, or U+FFFD for what XML 1.0 forbids or `PlainText` hides.
    static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFFFE, 0xFFFF: return PlainText.replacement
        default: return PlainText.kind(of: scalar) == .hidden ? PlainText.replacement : scalar
        }
    }

    /// Appends a scalar, escaped as XML character data or attribute content.
    private static func appendEscaped(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        switch scalar {
        case "&": out.append(contentsOf: "&amp;".unicodeScalars)
        case "<": out.append(contentsOf: "&lt;".unicodeScalars)
        case ">": out.append(contentsOf: "&gt;".unicodeScalars)
        case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
        case "'": out.append(contentsOf: "&apos;".unicodeScalars)
        default: out.append(visible(scalar))
        }
    }

    /// A value escaped for an attribute or a metadata element, on one line: breaks and tabs become spaces.
    static func escaped(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" || PlainText.kind(of: scalar) == .lineBreak {
                out.append(" ")
            } else {
                appendEscaped(scalar, to: &out)
            }
        }
        return String(out)
    }

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
                    appendEscaped(scalar, to: &piece)
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
            .map { line in String(String.UnicodeScalarView(line.map(visible))) }
            .joined(separator: "\n")
    }

    /// A language tag for `w:lang` from a language code: a region is added for the Nordic languages and English
    /// (`nb` → `nb-NO`, `da` → `da-DK`, `en` → `en-GB`) so spelling and hyphenation work; anything outside
    /// `A–Z a–z 0–9 -` is left out, and an empty result falls back to `en-GB`.
    static func languageTag(_ code: String) -> String {
        let cleaned = String(String.UnicodeScalarView(code.replacingUnderscores().unicodeScalars.filter { scalar in
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", "-": return true
            default: return false
            }
        }.prefix(35)))
        switch cleaned.lowercased() {
        case "": return "en-GB"
        case "en": return "en-GB"
        case "nb", "no": return "nb-NO"
        case "nn": return "nn-NO"
        case "da": return "da-DK"
        case "sv": return "sv-SE"
        case "fi": return "fi-FI"
        case "is": return "is-IS"
        default: return cleaned
        }
    }
}

private extension String {
    /// `nb_NO` → `nb-NO`.
    func replacingUnderscores() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "_" ? "-" : $0 }))
    }
}

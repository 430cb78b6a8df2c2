import BriefingRenderers

/// How values become text in the XML parts of an Office Open XML package (Word and Excel alike).
///
/// Every value is treated as hostile (see the SAFETY RULE on `BriefingRenderer`):
/// - `&`, `<`, `>`, `"` and `'` become entities, so no value can open or close an element or attribute.
/// - Characters XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE and U+FFFF) and the characters
///   `PlainText` hides (C1 controls, bidirectional embeddings, overrides and isolates) become U+FFFD, so that no
///   value makes the XML ill-formed or hides or reorders text.
package enum OfficeXMLText {
    /// A scalar as it may appear in the XML: itself, or U+FFFD for what XML 1.0 forbids or `PlainText` hides.
    package static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFFFE, 0xFFFF: return PlainText.replacement
        default: return PlainText.kind(of: scalar) == .hidden ? PlainText.replacement : scalar
        }
    }

    /// Appends a scalar, escaped as XML character data or attribute content.
    package static func appendEscaped(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
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
    package static func escaped(_ text: String) -> String {
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

    /// A language tag from a language code (for `w:lang` and `dc:language`): a region is added for the Nordic
    /// languages and English (`nb` → `nb-NO`, `da` → `da-DK`, `en` → `en-GB`) so spelling and hyphenation work;
    /// anything outside `A–Z a–z 0–9 -` is left out, and an empty result falls back to `en-GB`.
    package static func languageTag(_ code: String) -> String {
        let cleaned = String(String.UnicodeScalarView(code.unicodeScalars.map { $0 == "_" ? "-" : $0 }.filter { scalar in
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

import Foundation

/// Escaping for LaTeX compiled with pdflatex, `\usepackage[T1]{fontenc}`, `\usepackage[utf8]{inputenc}` and
/// Latin Modern (`lmodern`), so that a value is typeset as the literal text it is and can never break a compile.
///
/// The rule, applied to every value after normalising it to Unicode NFC (so `e` + U+0301 becomes `é`):
/// - LaTeX's special characters become commands: `\` `\textbackslash{}`, `{` `\{`, `}` `\}`, `$` `\$`,
///   `&` `\&`, `#` `\#`, `^` `\textasciicircum{}`, `_` `\_`, `~` `\textasciitilde{}`, `%` `\%`.
/// - Characters that are active or ligature-forming in some setting become commands too: `<` `\textless{}`,
///   `>` `\textgreater{}`, `|` `\textbar{}`, `"` `\textquotedbl{}` (an active shorthand under babel's
///   `norsk` and `danish`), `` ` `` `\textasciigrave{}`; `[`, `]` and `*` are braced (`{[}`, `{]}`, `{*}`) so
///   that no value can be taken for a command's optional argument or star; `--`, `''` and `,,` are split with
///   `{}` (`-{}-`) so they stay two characters instead of turning into a dash or a quote.
/// - Line breaks (CR LF, CR, LF, VT, FF, NEL, U+2028, U+2029) become `\leavevmode\newline{}`; a tab is a space.
/// - Printable ASCII, Latin-1 (U+00A1–U+00FF) and Latin Extended-A (U+0100–U+017F) are kept as UTF-8, except
///   the nine letters T1 has no glyph for (Ħ ħ ĸ Ŀ ŀ ŉ Ŧ ŧ ſ); U+00A0 becomes `~` and U+00AD `\-`.
/// - General punctuation, spaces and a few symbols are mapped explicitly (see `punctuation`): en and em dashes,
///   curly quotes, guillemets, ellipsis, bullet, daggers, per mille, euro, trade mark, minus, arrows, thin and
///   narrow no-break spaces (`\,`), en and em spaces, and the zero-width space (`\hspace{0pt}`, a break point).
/// - A run of more than `longTokenLength` characters without a space (a URL, an identifier, a hostile value) gets a
///   break point (`\hspace{0pt}`) after each of its characters, so that it wraps inside its column instead of
///   running over the next column and off the page; shorter words break only at hyphenation points.
/// - Every other character (emoji, CJK, Hebrew, Arabic, combining marks without a precomposed form, zero-width
///   joiners, byte-order marks) and every control character or bidirectional control (U+202A–U+202E,
///   U+2066–U+2069) is shown as a visible placeholder naming it, `\textsubscript{[U+202E]}`: nothing is
///   hidden, nothing reorders the text, and nothing reaches pdflatex that it cannot set.
enum LaTeXEscaping {
    /// Past this many characters without a space, a run gets a break point after every character.
    static let longTokenLength = 40

    /// Escapes a value for running text: a table cell, a heading, a title or a list item.
    static func text(_ value: String) -> String {
        let normalised = value.precomposedStringWithCanonicalMapping
        var out = ""
        for (number, line) in PlainText.lines(normalised).enumerated() {
            if number > 0 { out += "\\leavevmode\\newline{}" }
            let scalars = Array(line)
            // Where each run without a space ends, to know whether the run is long.
            var runEnd = [Int](repeating: 0, count: scalars.count)
            var end = scalars.count
            for index in scalars.indices.reversed() {
                if scalars[index] == " " || scalars[index] == "\t" { end = index }
                runEnd[index] = end
            }
            var runStart = 0
            for (index, scalar) in scalars.enumerated() {
                if scalar == " " || scalar == "\t" { runStart = index + 1 }
                let piece = escaped(scalar)
                if let last = out.unicodeScalars.last, last == piece.unicodeScalars.first,
                   last == "-" || last == "'" || last == "," {
                    out += "{}"
                }
                out += piece
                if runEnd[index] - runStart > longTokenLength, index + 1 < runEnd[index] { out += "\\hspace{0pt}" }
            }
        }
        return out
    }

    /// A URL, escaped like any value, with a break point after every `/` but the first of `//`, so a long address
    /// can wrap. It stays in the text font: Latin Modern's typewriter font lacks some T1 glyphs (such as Ĳ), which
    /// a value may hold.
    static func url(_ value: String) -> String {
        text(value).replacingOccurrences(of: "/", with: "/\\allowbreak{}")
            .replacingOccurrences(of: "/\\allowbreak{}/", with: "//")
    }

    /// The visible stand-in for a character pdflatex cannot set, naming it: `\textsubscript{[U+1F1F3]}`.
    static func placeholder(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\textsubscript{[U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]}"
    }

    /// The Latin Extended-A letters that T1-encoded fonts do not have.
    static let unsupportedLatinExtendedA: Set<UInt32> = [
        0x0126, 0x0127, 0x0138, 0x013F, 0x0140, 0x0149, 0x0166, 0x0167, 0x017F,
    ]

    /// Punctuation, spaces and symbols outside Latin-1 and Latin Extended-A, mapped to commands every LaTeX
    /// engine knows (the kernel's text commands and TS1 symbols, which `lmodern` provides).
    static let punctuation: [UInt32: String] = [
        0x2002: "\\enspace{}", 0x2003: "\\quad{}", 0x2004: " ", 0x2005: " ", 0x2006: " ", 0x2007: "~",
        0x2008: " ", 0x2009: "\\,", 0x200A: "\\,", 0x200B: "\\hspace{0pt}", 0x202F: "\\,",
        0x2010: "-", 0x2011: "\\mbox{-}", 0x2012: "\\textendash{}", 0x2013: "\\textendash{}",
        0x2014: "\\textemdash{}", 0x2015: "\\textemdash{}",
        0x2018: "\\textquoteleft{}", 0x2019: "\\textquoteright{}", 0x201A: "\\quotesinglbase{}",
        0x201C: "\\textquotedblleft{}", 0x201D: "\\textquotedblright{}", 0x201E: "\\quotedblbase{}",
        0x2020: "\\textdagger{}", 0x2021: "\\textdaggerdbl{}", 0x2022: "\\textbullet{}",
        0x2026: "\\textellipsis{}", 0x2030: "\\textperthousand{}",
        0x2039: "\\guilsinglleft{}", 0x203A: "\\guilsinglright{}", 0x2044: "\\textfractionsolidus{}",
        0x20AC: "\\texteuro{}", 0x2116: "\\textnumero{}", 0x2122: "\\texttrademark{}",
        0x2190: "\\textleftarrow{}", 0x2191: "\\textuparrow{}", 0x2192: "\\textrightarrow{}",
        0x2193: "\\textdownarrow{}", 0x2212: "\\textminus{}",
    ]

    /// One scalar of a line, escaped.
    static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\\": return "\\textbackslash{}"
        case "{", "}", "$", "&", "#", "%", "_": return "\\" + String(scalar)
        case "^": return "\\textasciicircum{}"
        case "~": return "\\textasciitilde{}"
        case "<": return "\\textless{}"
        case ">": return "\\textgreater{}"
        case "|": return "\\textbar{}"
        case "\"": return "\\textquotedbl{}"
        case "`": return "\\textasciigrave{}"
        case "[", "]", "*": return "{" + String(scalar) + "}"
        case "\t": return " "
        case "\u{00A0}": return "~"
        case "\u{00AD}": return "\\-"
        default: break
        }
        switch scalar.value {
        case 0x20...0x7E, 0xA1...0xFF:
            return String(scalar)
        case 0x100...0x17F where !unsupportedLatinExtendedA.contains(scalar.value):
            return String(scalar)
        default:
            return punctuation[scalar.value] ?? placeholder(scalar)
        }
    }
}

import Hyphenation

/// Soft hyphens (`&shy;`) at the language's hyphenation points of the long words of escaped HTML text, so that a
/// word wider than its column breaks where the language allows, with a visible hyphen, in any browser: headless
/// Chromium has no hyphenation dictionaries, so `hyphens: auto` alone leaves it to `overflow-wrap: anywhere`,
/// which breaks at any letter.
///
/// Only runs of letters are hyphenated. A token (between spaces) with `/`, `@`, `\`, `_` or `=` in it is left
/// whole (a URL, an e-mail address, an identifier), and so is one with a digit: an amount or a date, whose parts the
/// renderers join with no-break spaces ("9.&nbsp;januar&nbsp;2024", "EUR&nbsp;7&nbsp;588&nbsp;million"), so that
/// neither its number nor its month's name breaks. Character references are copied as they are.
struct HTMLHyphenation: Sendable {
    /// The hyphenators by language, read on first use.
    let dictionaries: HyphenationDictionaries?

    /// Plain text escaped for HTML (`HTMLEscaping.text`), with soft hyphens in its long words by the language's
    /// patterns; only escaped when the language has no dictionary.
    func text(_ value: String, language: String) -> String {
        let escaped = HTMLEscaping.text(value)
        guard let dictionaries, let hyphenator = dictionaries.hyphenator(for: language) else { return escaped }
        return Self.apply(escaped, hyphenator: hyphenator)
    }

    /// The escaped text with soft hyphens from `hyphenator`.
    static func apply(_ escaped: String, hyphenator: Hyphenator) -> String {
        let scalars = Array(escaped.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(scalars.count + scalars.count / 8)
        var tokenStart = 0
        while tokenStart < scalars.count {
            var tokenEnd = tokenStart
            while tokenEnd < scalars.count, !isSpace(scalars[tokenEnd]) { tokenEnd += 1 }
            let token = scalars[tokenStart..<tokenEnd]
            if keepsWhole(token) {
                out.append(contentsOf: token)
            } else {
                appendHyphenated(token, hyphenator: hyphenator, to: &out)
            }
            // The spaces after the token.
            var next = tokenEnd
            while next < scalars.count, isSpace(scalars[next]) { out.append(scalars[next]); next += 1 }
            tokenStart = next
        }
        return String(out)
    }

    /// Characters that mark a token as a URL, address or identifier.
    private static let leavesWhole: Set<Unicode.Scalar> = ["/", "@", "\\", "_", "="]

    /// Whether the token is a URL, address, identifier, amount or date: a character of ``leavesWhole``, or a digit
    /// outside a character reference (`&#39;` is an apostrophe).
    private static func keepsWhole(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
        var inReference = false
        for scalar in token {
            if scalar == "&" { inReference = true } else if scalar == ";" { inReference = false }
            if leavesWhole.contains(scalar) || (!inReference && ("0"..."9").contains(scalar)) { return true }
        }
        return false
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t"
    }

    /// One token, its runs of letters hyphenated and its character references (`&amp;`) copied as they are.
    private static func appendHyphenated(_ token: ArraySlice<Unicode.Scalar>, hyphenator: Hyphenator,
                                         to out: inout String.UnicodeScalarView) {
        var index = token.startIndex
        while index < token.endIndex {
            let scalar = token[index]
            if scalar == "&", let end = token[index...].firstIndex(of: ";") {
                out.append(contentsOf: token[index...end])
                index = end + 1
            } else if scalar.properties.isAlphabetic {
                var end = index
                while end < token.endIndex, token[end].properties.isAlphabetic { end += 1 }
                let word = token[index..<end]
                var previous = 0
                for offset in hyphenator.breakOffsets(in: word) {
                    out.append(contentsOf: word.dropFirst(previous).prefix(offset - previous))
                    out.append(contentsOf: "&shy;".unicodeScalars)
                    previous = offset
                }
                out.append(contentsOf: word.dropFirst(previous))
                index = end
            } else {
                out.append(scalar)
                index += 1
            }
        }
    }
}

/// The hyphenation patterns of one language, read from a dictionary in the format of libhyphen (the `hyph_*.dic`
/// files LibreOffice and Debian's `hyphen-*` packages install): a first line naming the encoding (`UTF-8` or
/// `ISO8859-1`), optional `LEFTHYPHENMIN` and `RIGHTHYPHENMIN` lines, then one Liang pattern per line, such as
/// `.ab4ba` or `n1s`.
///
/// Patterns are data, kept as they are written; ``Hyphenator`` applies them (Liang's algorithm, as in TeX).
package struct HyphenationPatterns: Sendable {
    /// The digits of each pattern, one more than its letters, keyed by its letters (`.` marks a word's edge).
    let values: [String: [UInt8]]
    /// The most letters (with edge marks) of any pattern: no longer piece of a word is looked up.
    let longestPattern: Int
    /// The fewest letters a word keeps before its first hyphen.
    package let leftMinimum: Int
    /// The fewest letters a word keeps after its last hyphen.
    package let rightMinimum: Int

    /// Why a dictionary could not be read.
    package enum ReadError: Error, Equatable, CustomStringConvertible {
        /// The first line names an encoding other than UTF-8 and ISO 8859-1.
        case unsupportedEncoding(String)
        /// The text is not valid in the encoding its first line names.
        case invalidText
        /// Not one pattern.
        case noPatterns

        /// What went wrong, in words.
        package var description: String {
            switch self {
            case .unsupportedEncoding(let name): "the encoding '\(name)' is not UTF-8 or ISO8859-1"
            case .invalidText: "the text is not valid in the encoding its first line names"
            case .noPatterns: "it has no patterns"
            }
        }
    }

    /// Reads a dictionary's bytes. Comments (`%`), empty lines, other settings and the extended patterns libhyphen
    /// uses for spelling changes (`/`, not needed by the Nordic languages and English) are skipped; a second level
    /// (`NEXTLEVEL`) ends the reading, its first level being the one for whole words.
    package init(dictionary bytes: [UInt8]) throws(ReadError) {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)[...]
        guard let first = lines.popFirst() else { throw .noPatterns }
        let encoding = String(decoding: first, as: UTF8.self).trimmingASCIIWhitespace()
        let decode: (ArraySlice<UInt8>) -> String?
        switch encoding.uppercased() {
        case "UTF-8", "UTF8":
            decode = { String(validating: $0, as: UTF8.self) }
        case "ISO8859-1", "ISO-8859-1", "ISO8859-15", "LATIN1":
            // Each byte is the code point of the same number (ISO 8859-15 differs in eight letters the Nordic
            // dictionaries do not use).
            decode = { String(String.UnicodeScalarView($0.map { Unicode.Scalar($0) })) }
        default:
            throw .unsupportedEncoding(encoding)
        }
        var values: [String: [UInt8]] = [:]
        var longest = 0, left = 2, right = 2
        for raw in lines {
            guard let line = decode(raw)?.trimmingASCIIWhitespace() else { throw .invalidText }
            if line.isEmpty || line.hasPrefix("%") { continue }
            if line == "NEXTLEVEL" { break }
            let words = line.split(separator: " ")
            if words.count == 2, let number = Int(words[1]) {
                if words[0] == "LEFTHYPHENMIN" { left = max(1, number) }
                if words[0] == "RIGHTHYPHENMIN" { right = max(1, number) }
                continue
            }
            guard words.count == 1, !line.contains("/") else { continue }
            var letters = String.UnicodeScalarView(), digits: [UInt8] = [0]
            for scalar in line.unicodeScalars {
                if ("0"..."9").contains(scalar) {
                    digits[digits.count - 1] = UInt8(scalar.value - 0x30)
                } else {
                    letters.append(Self.lowercase(scalar))
                    digits.append(0)
                }
            }
            guard !letters.isEmpty else { continue }
            values[String(letters)] = digits
            longest = max(longest, letters.count)
        }
        guard !values.isEmpty else { throw .noPatterns }
        self.values = values
        longestPattern = longest
        leftMinimum = left
        rightMinimum = right
    }

    /// The scalar in lower case when that is one scalar, else itself: patterns and words are matched in lower case.
    static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }
}

extension String {
    /// The text without ASCII spaces, tabs and carriage returns at either end.
    fileprivate func trimmingASCIIWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}

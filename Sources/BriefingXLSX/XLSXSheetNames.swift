/// Sheet names as Excel accepts them: at most 31 characters, none of `[ ] : * ? / \`, no control character, not
/// starting or ending with an apostrophe, not empty, not the reserved `History`, and unique ignoring case.
package enum XLSXSheetNames {
    /// The longest name Excel accepts, in UTF-16 code units (characters, for the letters of these languages).
    static let maximumLength = 31

    /// The names for `proposals`, in the same order: each made acceptable (forbidden characters as `_`), then made
    /// unique against those before it by a ` (2)`, ` (3)`, … suffix, shortening the name to keep within the limit.
    package static func unique(_ proposals: [String]) -> [String] {
        var taken: Set<String> = []
        return proposals.map { proposal in
            let base = acceptable(proposal)
            var name = base
            var number = 1
            while taken.contains(name.lowercased()) {
                number += 1
                let suffix = " (\(number))"
                name = truncated(base, to: maximumLength - suffix.utf16.count) + suffix
            }
            taken.insert(name.lowercased())
            return name
        }
    }

    /// A name Excel accepts, not yet unique.
    static func acceptable(_ proposal: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in proposal.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0xFFFE, 0xFFFF: scalars.append("_")
            default: scalars.append("[]:*?/\\".unicodeScalars.contains(scalar) ? "_" : scalar)
            }
        }
        var name = truncated(String(scalars), to: maximumLength)
        while name.hasPrefix("'") { name = "_" + name.dropFirst() }
        while name.hasSuffix("'") { name = name.dropLast() + "_" }
        if name.allSatisfy({ $0 == " " }) { name = "Sheet" }
        if name.lowercased() == "history" { name += "_" }
        return name
    }

    /// The longest prefix of `text`, in whole characters, of at most `limit` UTF-16 code units.
    static func truncated(_ text: String, to limit: Int) -> String {
        var result = ""
        var length = 0
        for character in text {
            length += character.utf16.count
            guard length <= limit else { break }
            result.append(character)
        }
        return result
    }
}

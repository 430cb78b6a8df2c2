/// Finds where a word may be hyphenated, by Liang's algorithm (as TeX and libhyphen do) over one language's
/// ``HyphenationPatterns``.
package struct Hyphenator: Sendable {
    /// The language's patterns.
    package let patterns: HyphenationPatterns
    /// Words shorter than this are never hyphenated: a break in them saves little and reads badly.
    package let shortestWord: Int

    /// A hyphenator over the patterns; words under `shortestWord` letters are left whole.
    package init(patterns: HyphenationPatterns, shortestWord: Int = 6) {
        self.patterns = patterns
        self.shortestWord = shortestWord
    }

    /// The offsets (in Unicode scalars, from 1 to the word's length minus 1) before which a hyphen may go, in
    /// order; empty for a short word. The word is taken as letters only: callers split text into words first.
    package func breakOffsets(in word: some Collection<Unicode.Scalar>) -> [Int] {
        let count = word.count
        let left = patterns.leftMinimum, right = patterns.rightMinimum
        guard count >= max(shortestWord, left + right) else { return [] }
        // The word between edge marks, in lower case; each pattern found at a position raises the values between
        // its letters, and an odd value between two letters allows a hyphen there.
        var marked: [Unicode.Scalar] = ["."]
        marked.reserveCapacity(count + 2)
        for scalar in word { marked.append(HyphenationPatterns.lowercase(scalar)) }
        marked.append(".")
        var points = [UInt8](repeating: 0, count: marked.count + 1)
        for start in marked.indices {
            let longest = min(patterns.longestPattern, marked.count - start)
            guard longest > 0 else { continue }
            var piece = String.UnicodeScalarView()
            for length in 1...longest {
                piece.append(marked[start + length - 1])
                guard let values = patterns.values[String(piece)] else { continue }
                for (offset, value) in values.enumerated() where value > points[start + offset] {
                    points[start + offset] = value
                }
            }
        }
        // A break before letter `i` of the word (0-based) is the value before marked[i + 1].
        return (left...(count - right)).filter { points[$0 + 1] % 2 == 1 }
    }
}

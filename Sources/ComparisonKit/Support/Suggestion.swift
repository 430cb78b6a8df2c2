/// Finds the closest known word to a misspelt one, for "did you mean" hints.
///
/// These look up one word in a list given for that word alone. A check that looks up many unknown words in one list
/// (a plugin's sources, every initiative id) keeps a `SuggestionIndex` for the list instead, which answers the same
/// in bounded work.
package enum Suggestion {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a plausible typo.
    package static func closest<S: Sequence>(to word: String, in candidates: S) -> String? where S.Element == String {
        var index = SuggestionIndex(candidates)
        return index.closest(to: word)
    }

    /// A ready-to-append hint: `; did you mean 'x'?`, or an empty string.
    package static func hint<S: Sequence>(for word: String, in candidates: S) -> String where S.Element == String {
        var index = SuggestionIndex(candidates)
        return index.hint(for: word)
    }

    /// The edit distance between two strings, counting a swap of neighbouring letters as one edit (the
    /// "optimal string alignment" distance), giving up early once it exceeds `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = a.unicodeScalars.map(\.value), b = b.unicodeScalars.map(\.value)
        var rows = EditDistanceRows(width: b.count + 1)
        return rows.distance(a, b, limit: limit) ?? limit + 1
    }
}

/// Did-you-mean suggestions for many unknown words against one list of candidates, in bounded work.
///
/// Comparing every unknown word with every candidate is quadratic: 8 000 undeclared sources checked against a
/// plugin's 8 000 declared ones took 39 s. An index prepares the candidates once (each lowercased into its scalars,
/// grouped by length) and then, for each word:
/// - answers at once when a candidate is the word up to case, and from memory when it has seen the word before;
/// - compares it only with candidates whose length is within its edit limit (no other can be close enough), each
///   comparison giving up as soon as it cannot beat the best one found so far;
/// - stops suggesting once its lookups have computed more edit-distance cells than a budget proportional to the
///   candidates' total length (`SuggestionIndex.defaultBudget(candidateScalars:)`), so that no list of unknown words
///   costs more than a fixed multiple of the list it is checked against. The first word refused says so in its hint
///   (`exhaustedHint`); later ones get no hint.
///
/// Up to the budget, every answer is exactly `Suggestion.closest(to:in:)`'s: the candidate with the smallest edit
/// distance within the word's limit, the first in candidate order on a tie, compared without regard to case.
package struct SuggestionIndex {
    /// The hint of the first word refused for want of budget.
    package static let exhaustedHint = "; no did-you-mean hints from here on: too many unknown names to compare"

    /// The edit-distance cells a list of candidates allows: a fixed million plus 256 per scalar of the candidates.
    /// A few hundred typos against the longest real lists are answered in full; a flood of unknown names stops at
    /// a cost that grows only with the list.
    package static func defaultBudget(candidateScalars: Int) -> Int {
        1_000_000 + 256 * candidateScalars
    }

    /// The candidates as prepared: their text, and their lowercased scalars.
    private struct Prepared {
        var texts: [String] = []
        var scalars: [[UInt32]] = []
        /// The positions of the first candidate of each lowercased spelling, by length, each list in candidate order.
        var positionsByLength: [Int: [Int]] = [:]
        /// The first candidate with each lowercased spelling.
        var firstExact: [[UInt32]: Int] = [:]
    }

    private var prepared = Prepared()
    /// The answers given so far, by what decides them (a word's lowercased scalars and its edit limit): the position
    /// of the candidate suggested, or -1 for none.
    private var answers: [Question: Int] = [:]
    /// The budget fixed at creation; nil for the default, computed when the candidates are prepared.
    private let fixedBudget: Int?
    /// Edit-distance cells left to compute.
    private var remainingCells = 0
    /// Whether a word has already been refused (and told so).
    private var refused = false
    /// The rows of the edit-distance table, kept from one comparison to the next.
    private var rows = EditDistanceRows(width: 0)

    /// How many candidates have been compared with a word by edit distance (for tests: it shows what the length
    /// groups, the exact-match shortcut and the memory of answers save).
    package private(set) var comparisons = 0
    /// How many edit-distance cells have been computed (for tests: it stays within the budget).
    package private(set) var cellsComputed = 0

    /// An index over `candidates`; `budget` replaces the default budget of edit-distance cells.
    package init<S: Sequence>(_ candidates: S, budget: Int? = nil) where S.Element == String {
        fixedBudget = budget
        prepare(Array(candidates))
    }

    /// The hint for `word` from `index`, which is built from `candidates` at its first use, so that a check that
    /// finds nothing unknown pays nothing for it.
    package static func hint(for word: String, in index: inout SuggestionIndex?,
                              candidates: () -> [String]) -> String {
        if index == nil { index = SuggestionIndex(candidates()) }
        return index?.hint(for: word) ?? ""
    }

    /// The candidate closest to `word`, as `Suggestion.closest(to:in:)` finds it; nil when none is close enough or
    /// the budget is spent.
    package mutating func closest(to word: String) -> String? {
        if case .found(let candidate) = lookUp(word) { return candidate }
        return nil
    }

    /// A ready-to-append hint: `; did you mean 'x'?`, or an empty string; once the budget is spent, the first word
    /// refused gets `exhaustedHint` and later ones an empty string.
    package mutating func hint(for word: String) -> String {
        switch lookUp(word) {
        case .found(let candidate): return "; did you mean '\(candidate)'?"
        case .nothing: return ""
        case .refused:
            guard !refused else { return "" }
            refused = true
            return Self.exhaustedHint
        }
    }

    private enum Answer {
        /// The closest candidate.
        case found(String)
        /// No candidate is close enough.
        case nothing
        /// The budget is spent.
        case refused
    }

    /// What decides a word's answer: its lowercased scalars (compared scalar by scalar, as the edit distance does,
    /// not by canonical equivalence as `String` keys would be) and its edit limit.
    private struct Question: Hashable {
        var scalars: [UInt32]
        var limit: Int
    }

    private mutating func prepare(_ candidates: [String]) {
        var index = Prepared()
        var total = 0
        index.texts = candidates
        index.scalars.reserveCapacity(candidates.count)
        for (position, candidate) in candidates.enumerated() {
            let scalars = candidate.lowercased().unicodeScalars.map(\.value)
            index.scalars.append(scalars)
            // A later candidate with the same spelling is as far from every word and loses the tie: only the first
            // is ever compared.
            if index.firstExact[scalars] == nil {
                index.firstExact[scalars] = position
                index.positionsByLength[scalars.count, default: []].append(position)
            }
            total += scalars.count
        }
        prepared = index
        remainingCells = fixedBudget ?? Self.defaultBudget(candidateScalars: total)
    }

    private mutating func lookUp(_ word: String) -> Answer {
        let index = prepared
        let scalars = word.lowercased().unicodeScalars.map(\.value)
        if let position = index.firstExact[scalars] { return .found(index.texts[position]) }
        let limit = word.count <= 3 ? 1 : max(2, word.count / 3)
        let question = Question(scalars: scalars, limit: limit)
        if let position = answers[question] { return position < 0 ? .nothing : .found(index.texts[position]) }
        var best: (distance: Int, position: Int)?
        for length in max(0, scalars.count - limit)...(scalars.count + limit) {
            guard let positions = index.positionsByLength[length] else { continue }
            for position in positions {
                // What the candidate must reach to win: the best distance so far if it comes earlier in the list
                // (ties go to the first), one less if it comes later. It only falls along a group (its positions
                // ascend), so once a group's length is out of reach, so is the rest of the group.
                let bound = best.map { position < $0.position ? $0.distance : $0.distance - 1 } ?? limit
                guard abs(scalars.count - length) <= bound else { break }
                guard remainingCells > 0 else { return .refused }
                comparisons += 1
                let before = rows.cells
                let distance = rows.distance(scalars, index.scalars[position], limit: bound, budget: remainingCells)
                // At least one cell per comparison, so that comparisons with empty strings are counted too.
                let cells = max(1, rows.cells - before)
                cellsComputed += cells
                remainingCells -= cells
                guard let distance else { return .refused }
                if distance <= bound { best = (distance, position) }
            }
        }
        answers[question] = best?.position ?? -1
        guard let best else { return .nothing }
        return .found(index.texts[best.position])
    }
}

/// The rows of the optimal-string-alignment distance table, reused from one comparison to the next.
struct EditDistanceRows {
    private var beforePrevious: [Int]
    private var previous: [Int]
    private var current: [Int]
    /// Cells computed so far.
    private(set) var cells = 0

    /// Rows for strings up to `width - 1` scalars long (longer ones grow them).
    init(width: Int) {
        beforePrevious = [Int](repeating: 0, count: max(width, 0))
        previous = beforePrevious
        current = beforePrevious
    }

    /// The edit distance between `a` and `b`, counting a swap of neighbouring letters as one edit (the "optimal
    /// string alignment" distance): exact when it is at most `limit`, some number above `limit` otherwise (it gives
    /// up once a whole row exceeds it). Nil when finishing would compute more than `budget` cells.
    mutating func distance(_ a: [UInt32], _ b: [UInt32], limit: Int, budget: Int = .max) -> Int? {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        if previous.count < b.count + 1 {
            beforePrevious = [Int](repeating: 0, count: max(b.count + 1, 2 * previous.count))
            previous = beforePrevious
            current = beforePrevious
        }
        for j in 0...b.count { previous[j] = j }
        var spent = 0
        for i in 1...a.count {
            spent += b.count
            guard spent <= budget else {
                cells += spent - b.count
                return nil
            }
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = Swift.min(best, beforePrevious[j - 2] + 1)
                }
                current[j] = best
                rowMinimum = Swift.min(rowMinimum, best)
            }
            if rowMinimum > limit {
                cells += spent
                return limit + 1
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        cells += spent
        return previous[b.count]
    }
}

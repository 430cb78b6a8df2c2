/// Numbers citations in order of first use, one number per distinct source and locator.
///
/// A collector numbers one piece of a table from 1; `TablePieces` then renumbers the pieces into the table's own
/// order, so it also keeps each footnote's key.
struct FootnoteCollector {
    /// The declared sources, fetched a plugin at a time.
    private var sources: SourceLookup
    /// The number of each key used so far; -1 for a citation whose source is undeclared.
    private var numbers: [CitationKey: Int] = [:]
    /// The footnotes in order of first use, numbered from 1.
    private(set) var footnotes: [Footnote] = []
    /// The key of each footnote, in the same order.
    private(set) var keys: [CitationKey] = []

    /// Creates a collector; `expectedCount` (how many distinct citations are likely) saves growing its index.
    init(corpus: Corpus, expectedCount: Int = 0) {
        sources = SourceLookup(corpus)
        numbers.reserveCapacity(expectedCount)
    }

    /// The footnote number for a citation, assigning the next one on first use; nil when the source is undeclared.
    mutating func number(for citation: Citation) -> Int? {
        let key = citation.key
        let next = footnotes.count + 1
        // One hash per citation: the slot is found (or made) once, and filled in when it is new.
        let number = Self.claim(&numbers[key, default: 0], for: next)
        guard number == next else { return number > 0 ? number : nil }
        guard let source = sources.source(for: citation) else {
            numbers[key] = -1
            return nil
        }
        footnotes.append(Footnote(number: number, source: source, locator: citation.locator))
        keys.append(key)
        return number
    }

    /// The number in a slot, after giving an empty slot (0) the number `next`.
    static func claim(_ slot: inout Int, for next: Int) -> Int {
        if slot == 0 { slot = next }
        return slot
    }

    /// The footnotes and their keys without the index used while numbering, which is no longer needed.
    consuming func finished() -> (keys: [CitationKey], footnotes: [Footnote]) {
        (keys, footnotes)
    }

    /// The footnote numbers of one citation: one number, or none when its source is undeclared.
    mutating func numbers(for citation: Citation) -> [Int] {
        number(for: citation).map { [$0] } ?? []
    }

    /// Footnote numbers for several citations, without repeats, in ascending order ("[13, 22]"). A theme's citations are usually a few, and
    /// a repeat is found by a look along the list; a theme served by hundreds of components hashes its numbers instead,
    /// so that no cell costs its citations squared.
    mutating func numbers(for citations: [Citation]) -> [Int] {
        var result: [Int] = []
        var seen: Set<Int> = []
        for citation in citations {
            guard let number = number(for: citation) else { continue }
            if result.count < ShortList.limit {
                if !result.contains(number) { result.append(number) }
                continue
            }
            if seen.isEmpty { seen = Set(result) }
            if seen.insert(number).inserted { result.append(number) }
        }
        return result.sorted()
    }
}

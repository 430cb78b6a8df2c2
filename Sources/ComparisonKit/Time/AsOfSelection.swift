/// The rule that decides what was on the record on a given date: which claims, parts and sources an analyst could
/// have cited then.
///
/// A claim counts from its own `as-of` date, or, when it has none, from its source's publication date; a
/// participant from its `since` date, a position from its `date`, and a component, a goal or a summary from its
/// source's publication date. Whatever its own date, nothing is kept whose source was published after the cut-off.
/// Partial dates count from their last day ("2024" is 2024-12-31), on both sides of the comparison. A date that is
/// not known (a source without `published`, a claim without `as-of` whose source has none) is kept: nothing says it
/// came later.
struct AsOfSelection {
    /// The last day that counts, as (year, month, day).
    let cutOff: (Int, Int, Int)
    /// The sources citations name.
    var sources: SourceLookup

    /// A selection on `date` (its last day, for a partial date) over the sources of `corpus`.
    init(date: PartialDate, corpus: Corpus) {
        cutOff = date.latestPossible
        sources = SourceLookup(corpus)
    }

    /// Whether a date is on or before the cut-off; an unknown date counts as on it.
    func includes(_ date: PartialDate?) -> Bool {
        guard let date else { return true }
        return date.latestPossible <= cutOff
    }

    /// Whether a citation's source was published by the cut-off (an undeclared or undated source counts as so).
    mutating func includes(_ citation: Citation) -> Bool {
        includes(sources.source(for: citation)?.published)
    }

    /// Whether something dated `date` (or, when nil, by its source's publication) and citing `citation` was on the
    /// record by the cut-off.
    mutating func includes(dated date: PartialDate?, citing citation: Citation) -> Bool {
        let published = sources.source(for: citation)?.published
        return includes(published) && includes(date ?? published)
    }

    /// The fact with only the claims on the record by the cut-off; the fact itself (no copy) when all are.
    mutating func fact<Value>(_ fact: Fact<Value>) -> Fact<Value> {
        kept(fact.claims) { selection, claim in selection.includes(dated: claim.asOf, citing: claim.citation) }
            .map(Fact.init) ?? fact
    }

    /// The elements that pass `test`, or nil when every element does (so the caller keeps its array, unshared).
    mutating func kept<Element>(_ elements: [Element],
                                _ test: (inout AsOfSelection, Element) -> Bool) -> [Element]? {
        var result: [Element]?
        for index in elements.indices {
            let keep = test(&self, elements[index])
            if !keep, result == nil { result = Array(elements[..<index]) }
            if keep { result?.append(elements[index]) }
        }
        return result
    }
}

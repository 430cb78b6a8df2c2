extension Corpus {
    /// Every difference in facts between `older` and this corpus, the newer state: initiatives added and removed,
    /// a changed jurisdiction, kind or original name, facts whose latest value changed, new claims in a fact's history that leave its latest value as it was, new and
    /// resolved disagreements, new sources (a document two plugins declare once), and changed theme coverage.
    ///
    /// The two states may be this corpus on two dates (``state(asOf:)`` of each) or two editions of a project (an
    /// older checkout's corpus). Initiatives are matched by id and sources by plugin and id, through dictionaries,
    /// so the cost grows with the two corpora and not with their product. Values are compared, not where they are
    /// written: a claim moved to another line, or cited with another locator, is no difference. The order is the
    /// newer corpus's initiatives (each with its facts in the codebook's order), then the removed ones, then the new
    /// sources plugin by plugin.
    public func differences(from older: Corpus) -> [CorpusDifference] {
        var differences: [CorpusDifference] = []
        for initiative in initiatives {
            guard let old = older.initiative(initiative.id) else {
                differences.append(CorpusDifference(kind: .addedInitiative, initiativeID: initiative.id))
                continue
            }
            FactComparison.compare(old, initiative, into: &differences)
        }
        for old in older.initiatives where initiative(old.id) == nil {
            differences.append(CorpusDifference(kind: .removedInitiative, initiativeID: old.id))
        }
        // A document two plugins declare is one new source, listed under the first.
        var listed: Set<DocumentKey> = []
        for plugin in plugins {
            let known = older.sourcesByID(ofPlugin: plugin.id) ?? [:]
            let declared = sourcesByID(ofPlugin: plugin.id) ?? [:]
            for id in sourceIDs(ofPlugin: plugin.id) where known[id] == nil {
                guard let source = declared[id], listed.insert(DocumentKey(source)).inserted else { continue }
                differences.append(CorpusDifference(kind: .newSource, source: (plugin.id, id)))
            }
        }
        return differences
    }
}

/// A document as a reader tells it from another: title, publisher and date.
private struct DocumentKey: Hashable {
    let title: String
    let publisher: String
    let published: PartialDate?

    init(_ source: Source) {
        title = source.title
        publisher = source.publisher
        published = source.published
    }
}

/// Compares the facts of one initiative in two states.
enum FactComparison {
    /// Appends the differences between `old` and `new`, one initiative in two states.
    static func compare(_ old: Initiative, _ new: Initiative, into differences: inout [CorpusDifference]) {
        let id = new.id
        func fact<Value>(_ dimension: KnownDimension, _ old: Fact<Value>, _ new: Fact<Value>,
                         normalized: (Value) -> Value = { $0 }) {
            let before = values(old.current, normalized), after = values(new.current, normalized)
            switch (isDisputed(old, normalized), isDisputed(new, normalized)) {
            case (false, true):
                // The latest value changed into a disagreement: the row of the disagreement shows both states.
                differences.append(CorpusDifference(kind: .newDisagreement, initiativeID: id, fact: dimension))
            case (true, false):
                differences.append(CorpusDifference(kind: .resolvedDisagreement, initiativeID: id, fact: dimension))
            default:
                if before != after {
                    differences.append(CorpusDifference(kind: .changedValue, initiativeID: id, fact: dimension))
                } else {
                    // New claims that leave the latest value as it was: a history filled in. (Those that change it
                    // are the changed value, shown with its citation.)
                    let known = Set(old.claims.map { ClaimKey($0, normalized) })
                    if new.claims.contains(where: { !known.contains(ClaimKey($0, normalized)) }) {
                        differences.append(CorpusDifference(kind: .newClaims, initiativeID: id, fact: dimension))
                    }
                }
            }
        }
        // What the initiative is, before its facts, in the codebook's order: its jurisdiction, its kind and its
        // original name (a translation added to the name is no change).
        if old.jurisdiction != new.jurisdiction {
            differences.append(CorpusDifference(kind: .changedValue, initiativeID: id, fact: .jurisdiction))
        }
        if old.kind != new.kind {
            differences.append(CorpusDifference(kind: .changedValue, initiativeID: id, fact: .kind))
        }
        if old.originalName != new.originalName {
            differences.append(CorpusDifference(kind: .changedValue, initiativeID: id, fact: .name))
        }
        fact(.period, old.period, new.period)
        fact(.status, old.status, new.status)
        fact(.lead, old.lead, new.lead)
        fact(.chair, old.chair, new.chair)
        fact(.memberCount, old.memberCount, new.memberCount)
        fact(.meetings, old.meetings, new.meetings)
        fact(.budget, old.budget, new.budget, normalized: Self.withoutLocations)
        if themes(of: old) != themes(of: new) {
            differences.append(CorpusDifference(kind: .changedThemes, initiativeID: id, fact: .themes))
        }
    }

    /// Whether sources disagree on the fact's latest value: its current claims give different values, from different
    /// sources.
    private static func isDisputed<Value>(_ fact: Fact<Value>, _ normalized: (Value) -> Value) -> Bool {
        let current = fact.current
        return values(current, normalized).count > 1 && Set(current.map(\.citation.sourceID)).count > 1
    }

    /// The contents of claims as a set, compared by value.
    private static func values<Value>(_ claims: [Claim<Value>], _ normalized: (Value) -> Value) -> Set<Claim<Value>.Content> {
        Set(claims.map { comparable($0.content, normalized) })
    }

    /// A claim's content as two states compare it: a value normalised, and a finding that the sources do not say,
    /// or that the fact does not apply, whatever reason it gives.
    static func comparable<Value>(_ content: Claim<Value>.Content, _ normalized: (Value) -> Value) -> Claim<Value>.Content {
        switch content {
        case .known(let value): return .known(normalized(value))
        case .unknown: return .unknown(reason: nil)
        case .notApplicable: return .notApplicable(reason: nil)
        }
    }

    /// `new` with the fact `dimension` holding only the claims `old` does not have: what a table shows of new claims.
    static func withNewClaims(_ old: Initiative, _ new: Initiative, in dimension: KnownDimension) -> Initiative {
        var result = new
        func only<Value>(_ old: Fact<Value>, _ new: Fact<Value>, normalized: (Value) -> Value = { $0 }) -> Fact<Value> {
            let known = Set(old.claims.map { ClaimKey($0, normalized) })
            return Fact(new.claims.filter { !known.contains(ClaimKey($0, normalized)) })
        }
        switch dimension {
        case .period: result.period = only(old.period, new.period)
        case .status: result.status = only(old.status, new.status)
        case .lead: result.lead = only(old.lead, new.lead)
        case .chair: result.chair = only(old.chair, new.chair)
        case .memberCount: result.memberCount = only(old.memberCount, new.memberCount)
        case .meetings: result.meetings = only(old.meetings, new.meetings)
        case .budget: result.budget = only(old.budget, new.budget, normalized: withoutLocations)
        default: break
        }
        return result
    }

    /// A budget with its lines' locations left out, so that where a line is written makes no difference.
    private static func withoutLocations(_ budget: Budget) -> Budget {
        var budget = budget
        for index in budget.breakdown.indices { budget.breakdown[index].location = .synthetic("") }
        return budget
    }

    /// Each theme an initiative covers, with its strength.
    private static func themes(of initiative: Initiative) -> [String: ThemeStrength] {
        var themes: [String: ThemeStrength] = [:]
        for theme in ThemeCoverage(of: initiative).themes { themes[theme.id] = theme.strength }
        return themes
    }

    /// What makes a claim the same claim in two states: its value, standing, date and source, not where it is
    /// written, its locator or its note.
    private struct ClaimKey<Value: Sendable & Hashable>: Hashable {
        let content: Claim<Value>.Content
        let status: ClaimStatus
        let asOf: PartialDate?
        let pluginID: String
        let sourceID: String

        init(_ claim: Claim<Value>, _ normalized: (Value) -> Value) {
            content = FactComparison.comparable(claim.content, normalized)
            status = claim.status
            asOf = claim.asOf
            pluginID = claim.citation.pluginID
            sourceID = claim.citation.sourceID
        }
    }
}

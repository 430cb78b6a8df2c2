/// The standing of a value in its source: stated as fact, or a step in a decision's history.
public enum ClaimStatus: String, Sendable, Hashable, CaseIterable {
    /// The source states the value as fact.
    case stated
    /// The value was proposed, not yet decided.
    case proposed
    /// The value was adopted (decided).
    case adopted
    /// The value replaces an adopted one.
    case amended
    /// The value is an estimate.
    case estimated
}

/// One value of a fact as one source gives it, dated and with its standing, the finding that the source does not
/// say, or the finding that the fact does not apply.
public struct Claim<Value: Sendable & Hashable>: Sendable, Hashable {
    /// A value, the statement that the sources were read and give none, or the statement that there is none to give.
    public enum Content: Sendable, Hashable {
        /// The source states this value.
        case known(Value)
        /// The sources do not state a value; the reason says what was checked.
        case unknown(reason: LocalizedText?)
        /// The concept does not apply to this initiative (a strategy has no chair); the reason says why. Distinct
        /// from `unknown`, where the sources were read and do not say: here there is nothing to say.
        case notApplicable(reason: LocalizedText?)

        /// The content as far as agreement goes: every not-applicable claim says the same, whatever its reason.
        var agreementKey: Content {
            if case .notApplicable = self { return .notApplicable(reason: nil) }
            return self
        }
    }

    /// The value or its absence.
    public var content: Content
    /// The source this claim comes from.
    public var citation: Citation
    /// The standing of the value (proposed, adopted, …); `stated` when not given.
    public var status: ClaimStatus
    /// The date the value applies from, when the history matters.
    public var asOf: PartialDate?
    /// A remark in the plugin author's words.
    public var note: LocalizedText?

    /// Creates a claim.
    public init(_ content: Content, citation: Citation, status: ClaimStatus = .stated, asOf: PartialDate? = nil,
                note: LocalizedText? = nil) {
        self.content = content
        self.citation = citation
        self.status = status
        self.asOf = asOf
        self.note = note
    }

    /// The value, when known.
    public var value: Value? {
        if case .known(let value) = content { return value }
        return nil
    }

    /// Whether the claim says that the fact does not apply.
    var isNotApplicable: Bool {
        if case .notApplicable = content { return true }
        return false
    }

    /// Where the claim is written.
    public var location: SourceLocation { citation.location }
}

/// Everything the plugin records about one property of an initiative: no claim (not recorded), one, or several
/// (a dated history, or sources that disagree).
public struct Fact<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The claims, in the order written.
    public var claims: [Claim<Value>]

    /// Creates a fact from its claims.
    public init(_ claims: [Claim<Value>] = []) {
        self.claims = claims
    }

    /// A fact that the plugin has not filled in.
    public static var notRecorded: Fact { Fact() }

    /// True when the plugin has no claim for this fact.
    public var isRecorded: Bool { !claims.isEmpty }

    /// The claims that make up the current state: those with the latest `as-of` date (undated claims count as
    /// current only when no claim is dated). Several claims here mean the sources disagree, unless they agree.
    public var current: [Claim<Value>] {
        guard claims.count > 1 else { return claims }  // most facts have one claim: no arrays to build
        let dated = claims.compactMap(\.asOf)
        guard let latest = dated.max() else { return claims }
        return claims.filter { $0.asOf == latest }
    }

    /// The claims ordered by date, oldest first (undated ones first, in the order written).
    public var history: [Claim<Value>] {
        guard claims.count > 1 else { return claims }
        return claims.enumerated().sorted { lhs, rhs in
            switch (lhs.element.asOf, rhs.element.asOf) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }

    /// Every group of claims that share a date but give different contents from different sources, oldest
    /// first (undated claims count as the oldest). Two claims that the fact does not apply agree, whatever reasons
    /// they give.
    public var disagreements: [[Claim<Value>]] {
        guard claims.count > 1 else { return [] }  // one claim cannot disagree with itself
        if claims.count <= 16, !Self.anyTwoShareADate(claims) { return [] }  // the usual history: every date differs
        var order: [PartialDate?] = []
        var byDate: [PartialDate?: [Claim<Value>]] = [:]
        for claim in history {
            if byDate[claim.asOf] == nil { order.append(claim.asOf) }
            byDate[claim.asOf, default: []].append(claim)
        }
        return order.compactMap { byDate[$0] }.filter { group in
            Set(group.map(\.content.agreementKey)).count > 1 && Set(group.map(\.citation.sourceID)).count > 1
        }
    }

    /// Whether two claims have the same `as-of` (or both none): only then can they disagree. A pairwise check,
    /// cheaper than the grouping below for the few claims a fact has (callers use it only for short lists).
    private static func anyTwoShareADate(_ claims: [Claim<Value>]) -> Bool {
        for first in claims.indices {
            for second in claims.indices where second > first && claims[first].asOf == claims[second].asOf {
                return true
            }
        }
        return false
    }

    /// The newest disagreement, if any: the one a table of current values must show.
    public var disagreement: [Claim<Value>]? { disagreements.last }

    /// The newest known value, when there is exactly one.
    public var latestValue: Value? {
        let values = current.compactMap(\.value)
        return Set(values).count == 1 ? values.first : nil
    }
}

/// What kind of difference there is between two states of a corpus.
public enum DifferenceKind: String, Sendable, Hashable, CaseIterable {
    /// An initiative that only the newer state has.
    case addedInitiative = "added-initiative"
    /// An initiative that only the older state has.
    case removedInitiative = "removed-initiative"
    /// A fact whose latest value differs (the value, not only its citation).
    case changedValue = "changed-value"
    /// Claims a fact's history has in the newer state and not in the older one.
    case newClaims = "new-claims"
    /// Sources that disagree on a fact's latest value in the newer state and did not in the older one.
    case newDisagreement = "new-disagreement"
    /// Sources that disagreed on a fact's latest value in the older state and no longer do.
    case resolvedDisagreement = "resolved-disagreement"
    /// A source that only the newer state declares.
    case newSource = "new-source"
    /// The themes an initiative covers, or how strongly, differ.
    case changedThemes = "changed-themes"
}

/// One difference between two states of a corpus: what kind, and what it is about.
public struct CorpusDifference: Sendable, Hashable {
    /// What kind of difference.
    public var kind: DifferenceKind
    /// The initiative it is about; nil for a new source.
    public var initiativeID: String?
    /// The fact it is about, for a changed value, new claims and a disagreement.
    public var fact: KnownDimension?
    /// The source it is about, for a new source.
    public var source: (pluginID: String, sourceID: String)? {
        get { sourceKey.map { ($0.pluginID, $0.sourceID) } }
        set { sourceKey = newValue.map { SourceKey(pluginID: $0.pluginID, sourceID: $0.sourceID) } }
    }
    private var sourceKey: SourceKey?

    /// A source's plugin and id, hashable.
    private struct SourceKey: Sendable, Hashable {
        var pluginID: String
        var sourceID: String
    }

    /// Creates a difference.
    public init(kind: DifferenceKind, initiativeID: String? = nil, fact: KnownDimension? = nil,
                source: (pluginID: String, sourceID: String)? = nil) {
        self.kind = kind
        self.initiativeID = initiativeID
        self.fact = fact
        self.source = source
    }
}

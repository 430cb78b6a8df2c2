/// How far a plugin's author trusts the facts taken from a source: a regulation's article is `high`, a trade
/// association's summary of a meeting may be `medium-high`.
///
/// Tables and briefings name every level below `high` beside the source, so that a figure held with less confidence
/// never looks as certain as one taken from the law.
public enum SourceConfidence: String, Sendable, Hashable, CaseIterable {
    /// Trusted as written: an official text or the body's own statement (the default).
    case high
    /// Trusted, with a reservation the source's note gives.
    case mediumHigh = "medium-high"
    /// To be checked against a better source before it is relied on.
    case medium
    /// Kept for completeness; not to be relied on alone.
    case low

    /// Whether a reader should be told: every level below `high`.
    public var isWorthStating: Bool { self != .high }
}

/// A disagreement between sources that the plugin's author has recorded on purpose and explained: tables still show
/// every source's value, but validation reports it as a note rather than a warning, so it no longer needs attention
/// (and `validate --strict` passes).
public struct AcknowledgedDisagreement: Sendable, Hashable {
    /// The fact whose sources disagree.
    public var fact: DisputableFact
    /// Why the disagreement stands, in the author's words: what each source says and why it cannot be settled.
    public var reason: String
    /// Where the acknowledgement is written.
    public var location: SourceLocation

    /// Creates an acknowledgement.
    public init(fact: DisputableFact, reason: String, location: SourceLocation) {
        self.fact = fact
        self.reason = reason
        self.location = location
    }
}

/// When an initiative runs: a start and an end, either of which may be open or not stated.
public struct Period: Sendable, Hashable {
    /// How a period ends.
    public enum End: Sendable, Hashable {
        /// The period ends on this date.
        case date(PartialDate)
        /// The period has no set end (ongoing).
        case open
        /// The sources do not state an end.
        case unstated
    }

    /// The start, if stated.
    public var start: PartialDate?
    /// The end.
    public var end: End

    /// Creates a period.
    public init(start: PartialDate?, end: End) {
        self.start = start
        self.end = end
    }

    /// True when the end lies before the start, which no real period does.
    var endsBeforeItStarts: Bool {
        guard let start, case .date(let end) = end else { return false }
        return end.latestPossible < start.earliestPossible
    }
}

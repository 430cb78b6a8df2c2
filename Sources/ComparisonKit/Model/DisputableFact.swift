/// A fact of an initiative on which sources can disagree: the facts a plugin gives as claims with citations, named
/// as in the initiative file.
public enum DisputableFact: String, Sendable, Hashable, CaseIterable {
    /// When the initiative runs.
    case period
    /// Where it stands.
    case status
    /// The body that leads it.
    case lead
    /// The person who chairs it.
    case chair
    /// How many members it has besides the chair.
    case memberCount = "member-count"
    /// How often it meets.
    case meetings
    /// Its money.
    case budget
}

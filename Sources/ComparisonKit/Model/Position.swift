/// Where a stakeholder stands on an initiative, as its own statement says.
public enum Stance: String, Sendable, Hashable, CaseIterable {
    /// It backs the initiative.
    case supports
    /// It backs the initiative, on conditions or with demands it states (`supports-with-demands`).
    case supportsWithDemands = "supports-with-demands"
    /// It takes no side, or its statement is mixed.
    case mixed
    /// It is against the initiative, or against a main part of it.
    case opposes
}

/// A stakeholder's published position on an initiative: who, what stance, what it asks for, when, and the source
/// that records it; so that positions can be compared across initiatives and countries.
public struct Position: Sendable, Hashable {
    /// Who takes the position (a trade union, a business association, a municipality's association …).
    public var organisation: Organisation
    /// Where it stands.
    public var stance: Stance
    /// What it asks for, each demand in the plugin author's words.
    public var demands: [LocalizedText]
    /// When the position was stated.
    public var date: PartialDate?
    /// A remark in the plugin author's words.
    public var note: LocalizedText?
    /// The statement that records it.
    public var citation: Citation

    /// Creates a position.
    public init(organisation: Organisation, stance: Stance, demands: [LocalizedText] = [], date: PartialDate? = nil,
                note: LocalizedText? = nil, citation: Citation) {
        self.organisation = organisation
        self.stance = stance
        self.demands = demands
        self.date = date
        self.note = note
        self.citation = citation
    }
}

import Foundation

/// Whether a value is the figure itself or a rounded one ("about 850 000", "one in four").
public enum ValueAccuracy: String, Sendable, Hashable, CaseIterable {
    /// The figure as measured.
    case exact
    /// A rounded figure, shown with "about".
    case approximate
}

/// One value of an indicator for one jurisdiction, as one source gives it: the figure, its unit, the year it
/// measures (which is not the date the source was published) and the population it covers. Several values of one
/// indicator and jurisdiction make a series.
public struct IndicatorValue: Sendable, Hashable {
    /// The codebook indicator's id.
    public var indicatorID: String
    /// The jurisdiction the value describes: an id of the codebook's jurisdictions.
    public var jurisdiction: String
    /// The figure, in ``unit``.
    public var value: Decimal
    /// The unit the figure is given in; it must be the indicator's.
    public var unit: IndicatorUnit
    /// Whether the figure is rounded.
    public var accuracy: ValueAccuracy
    /// The year (or month, or day) the figure measures, when the source says; nil when it does not.
    public var measured: PartialDate?
    /// The population or breakdown the figure covers when it is narrower than the indicator's (women, people aged
    /// 65–74, …); nil for the indicator's own population.
    public var population: LocalizedText?
    /// A remark in the plugin author's words (how the source puts it, for example).
    public var note: String?
    /// The source that gives the figure.
    public var citation: Citation
    /// Where the value is written.
    public var location: SourceLocation

    /// Creates a value.
    public init(indicatorID: String, jurisdiction: String, value: Decimal, unit: IndicatorUnit,
                accuracy: ValueAccuracy = .exact, measured: PartialDate?, population: LocalizedText? = nil,
                note: String? = nil, citation: Citation, location: SourceLocation) {
        self.indicatorID = indicatorID
        self.jurisdiction = jurisdiction
        self.value = value
        self.unit = unit
        self.accuracy = accuracy
        self.measured = measured
        self.population = population
        self.note = note
        self.citation = citation
        self.location = location
    }
}

/// What an indicator's values count: a share in per cent, or a number of people, businesses or things.
public enum IndicatorUnit: String, Sendable, Hashable, CaseIterable {
    /// A share, in per cent (0–100).
    case percent
    /// A number of people, businesses or things.
    case count
}

/// A context statistic declared in the codebook (`config/indicators.yaml`): what is measured, over which
/// population, in which unit. Plugins give its values per jurisdiction, each with the year it measures.
public struct Indicator: Sendable, Hashable, Identifiable {
    /// The indicator's id, such as `public-online-services-use`.
    public var id: String
    /// Its label per language, the row heading of an indicator view.
    public var label: LocalizedText
    /// The unit every value is given in.
    public var unit: IndicatorUnit
    /// What is measured, per language.
    public var measure: LocalizedText
    /// Over which population, per language (people aged 16–79, businesses, …).
    public var population: LocalizedText
    /// Where it is declared.
    public var location: SourceLocation

    /// Creates an indicator.
    public init(id: String, label: LocalizedText, unit: IndicatorUnit, measure: LocalizedText,
                population: LocalizedText, location: SourceLocation) {
        self.id = id
        self.label = label
        self.unit = unit
        self.measure = measure
        self.population = population
        self.location = location
    }
}

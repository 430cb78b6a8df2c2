/// The dimensions the engine knows how to read from an initiative, each with the kind of value it holds.
public enum KnownDimension: String, Sendable, Hashable, CaseIterable {
    /// The initiative's jurisdiction, its kind, its name in the original language, its period and its status.
    case jurisdiction, kind, name, period, status
    /// The lead body, the chair and the participants.
    case lead, chair, participants
    /// The number of members besides the chair (`member-count`).
    case memberCount = "member-count"
    /// How often it meets, and its budget.
    case meetings, budget
    /// The budget split across components (`budget-breakdown`).
    case budgetBreakdown = "budget-breakdown"
    /// Its components (tracks, focus areas), goals, themes and related initiatives.
    case components, goals, themes, related
    /// Stakeholders' positions on it.
    case positions

    /// The value type a codebook must declare for this dimension.
    package var valueType: String {
        switch self {
        case .jurisdiction: return "code"
        case .kind, .status: return "category"
        case .name, .chair, .meetings: return "text"
        case .period: return "period"
        case .lead: return "organisation"
        case .memberCount: return "count"
        case .budget: return "money"
        case .participants, .budgetBreakdown, .components, .goals, .themes, .related, .positions: return "list"
        }
    }
}

/// A row a view can show: a known dimension with its labels per language.
public struct Dimension: Sendable, Hashable, Identifiable {
    /// The dimension.
    public var known: KnownDimension
    /// Its label per language.
    public var label: LocalizedText
    /// Where it is declared.
    public var location: SourceLocation

    /// Creates a dimension.
    package init(known: KnownDimension, label: LocalizedText, location: SourceLocation) {
        self.known = known
        self.label = label
        self.location = location
    }

    /// The dimension's id.
    public var id: String { known.rawValue }
}

/// A theme of the shared taxonomy that initiatives and their components are mapped onto.
public struct Theme: Sendable, Hashable, Identifiable {
    /// The theme's id.
    public var id: String
    /// Its label per language.
    public var label: LocalizedText
    /// Where it is declared.
    public var location: SourceLocation

    /// Creates a theme.
    package init(id: String, label: LocalizedText, location: SourceLocation) {
        self.id = id
        self.label = label
        self.location = location
    }
}

/// The comparison dimensions, the theme taxonomy, the jurisdictions and the indicators (in the order they are
/// declared), and the exchange rates budgets are converted with.
public struct Codebook: Sendable {
    /// The dimensions, in declared order.
    public let dimensions: [Dimension]
    /// The themes, in declared order.
    public let themes: [Theme]
    /// The countries and groupings a plugin or initiative may name as its jurisdiction, in declared order.
    public let jurisdictions: [Jurisdiction]
    /// The exchange rates, with the sources they cite; empty when the configuration names no exchange-rates file.
    public let exchangeRates: ExchangeRates
    /// The indicators (context statistics) plugins may give values of, in declared order.
    public let indicators: [Indicator]
    private let indicatorsByID: [String: Indicator]
    private let dimensionsByID: [String: Dimension]
    private let themesByID: [String: Theme]
    private let jurisdictionsByID: [String: Jurisdiction]

    /// Creates a codebook. Later duplicates of an id are ignored (the format layer reports them).
    package init(dimensions: [Dimension], themes: [Theme], jurisdictions: [Jurisdiction] = [],
                 exchangeRates: ExchangeRates = ExchangeRates(), indicators: [Indicator] = []) {
        self.dimensions = dimensions
        self.indicators = indicators
        self.indicatorsByID = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.themes = themes
        self.jurisdictions = jurisdictions
        self.exchangeRates = exchangeRates
        self.dimensionsByID = Dictionary(dimensions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.themesByID = Dictionary(themes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.jurisdictionsByID = Dictionary(jurisdictions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The jurisdiction with this id, if declared.
    public func jurisdiction(_ id: String) -> Jurisdiction? { jurisdictionsByID[id] }

    /// The declared jurisdiction ids, for did-you-mean hints.
    package var jurisdictionIDs: [String] { jurisdictions.map(\.id) }

    /// A jurisdiction's name in `language`, for column groups; its id when the codebook does not declare it.
    package func jurisdictionName(_ id: String, in language: LanguageCode) -> String {
        jurisdictionsByID[id]?.name.resolved(in: language) ?? id
    }

    /// A jurisdiction's name as it reads inside a sentence in `language` (`the European Union`): its name in text
    /// where one is given in that language, else its name.
    package func jurisdictionNameInText(_ id: String, in language: LanguageCode) -> String {
        guard let jurisdiction = jurisdictionsByID[id] else { return id }
        return jurisdiction.nameInText?.text(in: language) ?? jurisdiction.name.resolved(in: language)
    }

    /// The dimension with this id, if declared.
    public func dimension(_ id: String) -> Dimension? { dimensionsByID[id] }

    /// The theme with this id, if declared.
    public func theme(_ id: String) -> Theme? { themesByID[id] }

    /// The declared theme ids, for did-you-mean hints.
    package var themeIDs: [String] { themes.map(\.id) }

    /// The indicator with this id, if declared.
    public func indicator(_ id: String) -> Indicator? { indicatorsByID[id] }

    /// The declared indicator ids, for did-you-mean hints.
    package var indicatorIDs: [String] { indicators.map(\.id) }

    /// The declared dimension ids, for did-you-mean hints.
    var dimensionIDs: [String] { dimensions.map(\.id) }
}

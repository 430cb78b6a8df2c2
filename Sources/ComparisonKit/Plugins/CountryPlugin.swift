/// What identifies a plugin: its id, name, jurisdiction and version.
public struct PluginDescriptor: Sendable, Hashable, Identifiable {
    /// The plugin's id, a lower-case slug unique across enabled plugins.
    public var id: String
    /// Its name per language.
    public var name: LocalizedText
    /// The jurisdiction it covers: an id of the codebook's jurisdictions (a country's ISO 3166-1 alpha-2 code, or a
    /// grouping's id such as `EU`).
    public var jurisdiction: String
    /// Where the jurisdiction is written, so that an unknown one is reported at it; nil for a plugin written in
    /// Swift, whose problems are reported at ``location``.
    public var jurisdictionLocation: SourceLocation?
    /// Its version.
    public var version: String
    /// Where it is declared (its manifest, or a synthetic location for a plugin written in Swift).
    public var location: SourceLocation

    /// Creates a descriptor.
    public init(id: String, name: LocalizedText, jurisdiction: String, version: String, location: SourceLocation) {
        self.id = id
        self.name = name
        self.jurisdiction = jurisdiction
        self.version = version
        self.location = location
    }
}

/// What a plugin contributes: the sources it declares, its initiatives, and the problems it found loading them.
public struct PluginContribution: Sendable {
    /// The sources facts may cite.
    public var sources: [Source]
    /// The initiatives.
    public var initiatives: [Initiative]
    /// Problems found while loading (a plugin reports them instead of stopping at the first).
    public var diagnostics: [Diagnostic]
    /// The values it gives of the codebook's indicators.
    public var indicatorValues: [IndicatorValue]

    /// Creates a contribution.
    public init(sources: [Source], initiatives: [Initiative], diagnostics: [Diagnostic] = [],
                indicatorValues: [IndicatorValue] = []) {
        self.sources = sources
        self.initiatives = initiatives
        self.diagnostics = diagnostics
        self.indicatorValues = indicatorValues
    }
}

/// A country module: it describes itself and produces initiatives with their sources.
///
/// The standard plugin is a folder of YAML files (see `PluginFormat`), but any Swift type that conforms can be
/// passed to ComparisonRunner's `Runner.prepare(_:additionalPlugins:)` and enabled by id like a folder plugin.
public protocol CountryPlugin: Sendable {
    /// The plugin's id, name, jurisdiction and version.
    var descriptor: PluginDescriptor { get }

    /// Loads the plugin's sources and initiatives, reporting every problem rather than stopping at the first.
    func load() -> PluginContribution
}

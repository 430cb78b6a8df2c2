/// Everything the enabled plugins contribute: their descriptors, sources and initiatives, ready to validate and compare.
public struct Corpus: Sendable {
    /// The enabled plugins, in the order the run configuration enables them.
    public let plugins: [PluginDescriptor]
    /// Every initiative, plugin by plugin, in the order each plugin lists them.
    public let initiatives: [Initiative]
    /// Every indicator value, plugin by plugin, in the order each plugin gives them.
    public let indicatorValues: [IndicatorValue]
    private let sourcesByPlugin: [String: [String: Source]]
    private let sourceOrder: [String: [String]]
    private let initiativeIndex: [String: Int]
    /// The date the corpus shows the state of (see ``state(asOf:)``); nil for everything the plugins record.
    public let asOf: PartialDate?

    /// Creates a corpus from plugin contributions, given in order.
    ///
    /// The initiatives are moved out of the contributions one plugin at a time, so the corpus never holds a second
    /// copy of them all.
    package init(_ contributions: consuming [(descriptor: PluginDescriptor, contribution: PluginContribution)]) {
        plugins = contributions.map(\.descriptor)
        var all: [Initiative] = []
        all.reserveCapacity(contributions.reduce(0) { $0 + $1.contribution.initiatives.count })
        for plugin in contributions.indices {
            all.append(contentsOf: contributions[plugin].contribution.initiatives)
            contributions[plugin].contribution.initiatives = []
        }
        initiatives = all
        indicatorValues = contributions.flatMap(\.contribution.indicatorValues)
        asOf = nil
        var sources: [String: [String: Source]] = [:]
        var order: [String: [String]] = [:]
        for (descriptor, contribution) in contributions {
            sources[descriptor.id] = Dictionary(contribution.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            order[descriptor.id] = contribution.sources.map(\.id)
        }
        sourcesByPlugin = sources
        sourceOrder = order
        initiativeIndex = Self.index(of: initiatives)
    }

    /// A corpus of parts already gathered: what ``state(asOf:)`` returns.
    init(plugins: [PluginDescriptor], initiatives: [Initiative], indicatorValues: [IndicatorValue],
         sourcesByPlugin: [String: [String: Source]], sourceOrder: [String: [String]], asOf: PartialDate?) {
        self.plugins = plugins
        self.initiatives = initiatives
        self.indicatorValues = indicatorValues
        self.sourcesByPlugin = sourcesByPlugin
        self.sourceOrder = sourceOrder
        self.asOf = asOf
        initiativeIndex = Self.index(of: initiatives)
    }

    /// The position of each initiative id, the first of a repeated one.
    private static func index(of initiatives: [Initiative]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (offset, initiative) in initiatives.enumerated() where index[initiative.id] == nil {
            index[initiative.id] = offset
        }
        return index
    }

    /// The source a citation names, if its plugin declares it.
    public func source(for citation: Citation) -> Source? {
        sourcesByPlugin[citation.pluginID]?[citation.sourceID]
    }

    /// The sources a plugin declares, by id; nil for a plugin that is not enabled.
    func sourcesByID(ofPlugin pluginID: String) -> [String: Source]? { sourcesByPlugin[pluginID] }

    /// The ids of the sources a plugin declares, in declared order.
    func sourceIDs(ofPlugin pluginID: String) -> [String] { sourceOrder[pluginID] ?? [] }

    /// The sources a plugin declares, in declared order.
    public func sources(ofPlugin pluginID: String) -> [Source] {
        sourceIDs(ofPlugin: pluginID).compactMap { sourcesByPlugin[pluginID]?[$0] }
    }

    /// The initiative with this id (the first, if the id is duplicated).
    public func initiative(_ id: String) -> Initiative? {
        initiativeIndex[id].map { initiatives[$0] }
    }

    /// Every initiative id, for did-you-mean hints.
    package var initiativeIDs: [String] { initiatives.map(\.id) }
}

import Foundation
@testable import ComparisonKit

/// A plugin written in Swift that contributes a fixed set of sources and initiatives, optionally after a delay
/// (so concurrent loads finish in a different order than they start).
struct FixedPlugin: CountryPlugin {
    let descriptor: PluginDescriptor
    var sources: [Source] = []
    var initiatives: [Initiative] = []
    var diagnostics: [Diagnostic] = []
    var delayMicroseconds: UInt32 = 0

    /// A plugin with one source and one initiative named after the plugin.
    static func simple(_ id: String, jurisdiction: String = "SE", delayMicroseconds: UInt32 = 0,
                       location: SourceLocation? = nil) -> FixedPlugin {
        var descriptor = TestCorpus.descriptor(id, jurisdiction: jurisdiction)
        if let location { descriptor.location = location }
        return FixedPlugin(
            descriptor: descriptor,
            sources: [TestCorpus.source("doc", plugin: id)],
            initiatives: [TestCorpus.initiative("\(id)-initiative", plugin: id, jurisdiction: jurisdiction, source: "doc")],
            delayMicroseconds: delayMicroseconds)
    }

    func load() -> PluginContribution {
        if delayMicroseconds > 0 { usleep(delayMicroseconds) }
        return PluginContribution(sources: sources, initiatives: initiatives, diagnostics: diagnostics)
    }
}

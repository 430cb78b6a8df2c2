import Testing
@testable import ComparisonKit

@Suite("PluginRegistry")
struct PluginRegistryTests {
    @Test func idsKeepRegistrationOrder() {
        var registry = PluginRegistry()
        for id in ["norway", "denmark", "eu-dep", "aland"] {
            #expect(registry.register(FixedPlugin.simple(id)) == nil)
        }
        #expect(registry.ids == ["norway", "denmark", "eu-dep", "aland"])
        #expect(registry.plugins.map(\.descriptor.id) == ["norway", "denmark", "eu-dep", "aland"])
        #expect(registry.plugin("denmark")?.descriptor.id == "denmark")
        #expect(registry.plugin("sweden") == nil)
    }

    @Test func aDuplicateIdIsRefusedWithAnErrorNamingBothLocations() throws {
        var registry = PluginRegistry()
        let first = SourceLocation(file: "plugins/norway/plugin.yaml", line: 2, column: 5)
        let second = SourceLocation(file: "plugins/norway-copy/plugin.yaml", line: 2, column: 5)
        registry.register(FixedPlugin.simple("norway", jurisdiction: "NO", location: first))
        let refusal = registry.register(FixedPlugin.simple("norway", jurisdiction: "DK", location: second))
        let diagnostic = try #require(refusal)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == second)
        #expect(diagnostic.message.contains("duplicate plugin id 'norway'"))
        #expect(diagnostic.message.contains("plugins/norway/plugin.yaml:2:5"))
        #expect(diagnostic.description == "plugins/norway-copy/plugin.yaml:2:5: error: duplicate plugin id 'norway': "
                    + "already declared at plugins/norway/plugin.yaml:2:5; plugin ids must be unique")
        // The first registration stands.
        #expect(registry.ids == ["norway"])
        #expect(registry.plugin("norway")?.descriptor.jurisdiction == "NO")
    }
}

import Testing
@testable import ComparisonKit

@Suite("CorpusLoader")
struct CorpusLoaderTests {
    func enable(_ id: String, line: Int) -> CorpusLoader.Enablement {
        CorpusLoader.Enablement(pluginID: id, location: SourceLocation(file: "nordic-compare.yaml", line: line, column: 5))
    }

    func registry(_ ids: [String]) -> PluginRegistry {
        var registry = PluginRegistry()
        for id in ids { registry.register(FixedPlugin.simple(id)) }
        return registry
    }

    @Test func anUnknownIdIsAnErrorWithDidYouMean() throws {
        let (corpus, diagnostics) = CorpusLoader.load([enable("norwya", line: 3)],
                                                      from: registry(["norway", "denmark", "eu-dep"]))
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(file: "nordic-compare.yaml", line: 3, column: 5))
        #expect(diagnostic.message.contains("no plugin with id 'norwya'"))
        #expect(diagnostic.message.contains("did you mean 'norway'?"))
        #expect(diagnostic.message.contains("available: norway, denmark, eu-dep"))
        #expect(corpus.plugins.isEmpty)
        #expect(corpus.initiatives.isEmpty)
    }

    @Test func anUnknownIdInAnEmptyRegistrySaysNoneWereFound() throws {
        let (_, diagnostics) = CorpusLoader.load([enable("norway", line: 3)], from: PluginRegistry())
        let message = try #require(diagnostics.first?.message)
        #expect(message == "no plugin with id 'norway'; no plugins were found")
    }

    @Test func aPluginEnabledTwiceLoadsOnceWithAWarning() throws {
        let (corpus, diagnostics) = CorpusLoader.load(
            [enable("norway", line: 3), enable("denmark", line: 4), enable("norway", line: 5)],
            from: registry(["norway", "denmark"]))
        #expect(corpus.plugins.map(\.id) == ["norway", "denmark"])
        #expect(corpus.initiativeIDs == ["norway-initiative", "denmark-initiative"])
        let warning = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.location.line == 5)
        #expect(warning.message == "plugin 'norway' is enabled twice; it is loaded once")
    }

    @Test func pluginDiagnosticsFollowInEnablementOrder() {
        var registry = PluginRegistry()
        for (id, delay) in [("first", UInt32(20_000)), ("second", 0)] {
            var plugin = FixedPlugin.simple(id, delayMicroseconds: delay)
            plugin.diagnostics = [.warning("\(id) says hello", at: TestCorpus.manifest(id))]
            registry.register(plugin)
        }
        let (_, diagnostics) = CorpusLoader.load([enable("first", line: 1), enable("ghost", line: 2),
                                                  enable("second", line: 3)], from: registry)
        #expect(diagnostics.map(\.message) == [
            "no plugin with id 'ghost'; available: first, second", "first says hello", "second says hello",
        ])
    }

    /// Fifty plugins, each sleeping less than the one before, so they finish in roughly reverse order; the corpus
    /// must still list them in the order they were enabled.
    @Test func orderFollowsEnablementWhateverOrderPluginsFinishIn() {
        let ids = (0..<50).map { "plugin-\($0)" }
        var registry = PluginRegistry()
        for (offset, id) in ids.enumerated() {
            registry.register(FixedPlugin.simple(id, delayMicroseconds: UInt32(50 - offset) * 300))
        }
        // Enable in an order that is neither registration order nor its reverse.
        let enabled = ids.enumerated().sorted { ($0.offset * 7) % 50 < ($1.offset * 7) % 50 }.map(\.element)
        #expect(enabled != ids)
        let (corpus, diagnostics) = CorpusLoader.load(enabled.enumerated().map { enable($1, line: $0 + 1) },
                                                      from: registry)
        #expect(diagnostics.isEmpty)
        #expect(corpus.plugins.map(\.id) == enabled)
        #expect(corpus.initiativeIDs == enabled.map { "\($0)-initiative" })
        #expect(corpus.sourceIDs(ofPlugin: "plugin-17") == ["doc"])
    }
}

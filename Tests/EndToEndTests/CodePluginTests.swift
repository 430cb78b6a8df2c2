import BriefingRenderers
import ComparisonKit
import ComparisonRunner
import Foundation
import Testing

/// A country plugin written in Swift instead of YAML: it conforms to `CountryPlugin` and is handed to the runner,
/// and a configuration enables it by id like any folder plugin.
struct SwedishCodePlugin: CountryPlugin {
    let descriptor = PluginDescriptor(id: "sweden", name: LocalizedText([("en", "Sweden"), ("sv", "Sverige")]),
                                      jurisdiction: "SE", version: "0.1.0", location: .synthetic("SwedishCodePlugin"))

    func load() -> PluginContribution {
        let here = SourceLocation.synthetic("SwedishCodePlugin")
        let source = Source(id: "example", title: "An example source", publisher: "Example publisher",
                            published: try? PartialDate(parsing: "2024-05"), language: "sv", location: here)
        let citation = Citation(pluginID: "sweden", sourceID: "example", location: here)
        let initiative = Initiative(
            id: "se-example-strategy", pluginID: "sweden", jurisdiction: "SE", kind: .strategy, originalLanguage: "sv",
            name: LocalizedText([("sv", "En exempelstrategi"), ("en", "An example strategy")]),
            defaultCitation: citation,
            chair: Fact([Claim(.notApplicable(reason: "A strategy has no chair."), citation: citation)]),
            components: [Component(id: "ai", title: LocalizedText(universal: "AI"),
                                   themes: [ThemeReference(themeID: "ai", strength: .primary, location: here)],
                                   citation: citation)],
            location: here)
        return PluginContribution(sources: [source], initiatives: [initiative])
    }
}

@Suite struct CodePluginTests {
    @Test func aSwiftPluginIsComparedBesideTheYAMLPlugins() throws {
        let folder = try TemporaryFolder()
        try folder.copyShippedProject()
        let config = folder.url.appendingPathComponent("config/nordic-compare.yaml")
        let text = try String(contentsOf: config, encoding: .utf8)
            .replacingOccurrences(of: "plugins: [norway, denmark, eu-dep, nordic]", with: "plugins: [norway, sweden]")
        try Data(text.utf8).write(to: config)
        let preparation = try Runner.prepare(RunOptions(configPath: config.path, viewIDs: ["overview", "themes"]),
                                             additionalPlugins: [SwedishCodePlugin()])
        #expect(!preparation.hasErrors, "\(preparation.diagnostics)")
        let run = try #require(preparation.run)
        let tables = run.tables()
        #expect(tables[0].columnGroups.map(\.jurisdiction) == ["NO", "SE"])
        let chair = try #require(tables[0].rows.first { $0.id == "chair" }?.cells.last)
        #expect(chair.state == .notApplicable)
        let ai = try #require(tables[1].rows.first { $0.id == "ai" }?.cells.last)
        #expect(ai.entries.first?.text == "primary")
    }

    /// What `show` prints for an initiative (its detail table in the chosen format) says that a fact does not apply,
    /// with the reason, and never that the sources do not state it.
    @Test(arguments: ["markdown", "csv", "json"])
    func theDetailOfASwiftPluginsInitiativeSaysWhatDoesNotApply(format: String) throws {
        let folder = try TemporaryFolder()
        try folder.copyShippedProject()
        let config = folder.url.appendingPathComponent("config/nordic-compare.yaml")
        let text = try String(contentsOf: config, encoding: .utf8)
            .replacingOccurrences(of: "plugins: [norway, denmark, eu-dep, nordic]", with: "plugins: [sweden]")
        try Data(text.utf8).write(to: config)
        let preparation = try Runner.prepare(RunOptions(configPath: config.path, formats: [format], language: "nb"),
                                             additionalPlugins: [SwedishCodePlugin()])
        let run = try #require(preparation.run)
        let initiative = try #require(run.corpus.initiative("se-example-strategy"))
        let detail = TableBuilder(corpus: run.corpus, codebook: run.codebook, language: run.language)
            .detailTable(for: initiative)
        let renderer = try #require(run.renderers.first)
        let output = renderer.render(BriefingDocument(title: detail.title, language: run.language, tables: [detail]))
            .map { String(decoding: $0.contents, as: UTF8.self) }.joined()
        #expect(output.contains("ikke relevant"))
        #expect(output.contains("A strategy has no chair."))
        #expect(!output.contains("ikke oppgitt i kildene"))
    }

    @Test func aSwiftPluginCannotTakeAFolderPluginsID() throws {
        struct Impostor: CountryPlugin {
            let descriptor = PluginDescriptor(id: "norway", name: LocalizedText(universal: "Norway"), jurisdiction: "NO",
                                              version: "0", location: .synthetic("Impostor"))
            func load() -> PluginContribution { PluginContribution(sources: [], initiatives: []) }
        }
        let preparation = try Runner.prepare(RunOptions(configPath: Repository.defaultConfig),
                                             additionalPlugins: [Impostor()])
        #expect(preparation.diagnostics.contains { $0.severity == .error && $0.message.contains("duplicate plugin id 'norway'") })
    }
}

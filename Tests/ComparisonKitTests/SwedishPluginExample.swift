import Testing
import ComparisonKit

// How to add a country in Swift instead of a YAML folder: conform to `CountryPlugin`, register the plugin in a
// `PluginRegistry`, and enable it through `CorpusLoader.load`. The plugin uses only ComparisonKit's public API; the
// registry, loader, validator and table builder are `package` API (users pass the plugin to `Runner.prepare`).
//
// Sample data for tests: shaped like a real entry, but not a source of facts.

/// Sweden's national approach to artificial intelligence, as a plugin written in Swift.
struct SwedishAIPlugin: CountryPlugin {
    /// Code has no manifest file, so diagnostics point at a synthetic location named after the plugin.
    static let location = SourceLocation.synthetic("SwedishAIPlugin.swift")

    let descriptor = PluginDescriptor(
        id: "sweden", name: LocalizedText([(language: "sv", text: "Sverige"), (language: "en", text: "Sweden")]),
        jurisdiction: "SE", version: "0.1.0", location: SwedishAIPlugin.location)

    func load() -> PluginContribution {
        // 1. Declare every source that facts cite.
        let strategy = Source(
            id: "n2018-14", title: "Nationell inriktning för artificiell intelligens", publisher: "Regeringskansliet",
            published: try? PartialDate(year: 2018, month: 5), language: "sv", kind: "strategy",
            location: Self.location)
        func cite(_ locator: String? = nil) -> Citation {
            Citation(pluginID: descriptor.id, sourceID: strategy.id, locator: locator, location: Self.location)
        }

        // 2. Describe the initiatives; every fact is a claim cited to a source. A fact the sources do not state is
        //    `.unknown(reason:)`; a fact not looked into is simply left out (not recorded).
        let initiative = Initiative(
            id: "se-national-ai-approach", pluginID: descriptor.id, jurisdiction: "SE", kind: .strategy,
            originalLanguage: "sv",
            name: LocalizedText([(language: "sv", text: "Nationell inriktning för artificiell intelligens"),
                                 (language: "en", text: "National approach to artificial intelligence")]),
            defaultCitation: cite(),
            lead: Fact([Claim(.known(Organisation(name: "Näringsdepartementet",
                                                  englishName: "Ministry of Enterprise and Innovation",
                                                  category: .ministry)),
                              citation: cite("p. 2"))]),
            budget: Fact([Claim(.unknown(reason: LocalizedText([(language: "en",
                                                                  text: "The document sets a direction and allocates no money.")])),
                                citation: cite())]),
            themes: [ThemeReference(themeID: "ai", strength: .primary, location: Self.location)],
            location: Self.location)

        // 3. Hand back sources, initiatives and any problems found (none here).
        return PluginContribution(sources: [strategy], initiatives: [initiative])
    }
}

@Suite("A plugin written in Swift")
struct SwedishPluginExampleTests {
    /// Registers the plugin and enables it, as a run configuration would.
    func loadSweden() -> (Corpus, [Diagnostic]) {
        var registry = PluginRegistry()
        registry.register(SwedishAIPlugin())
        let enablement = CorpusLoader.Enablement(pluginID: "sweden", location: .synthetic("test-run"))
        return CorpusLoader.load([enablement], from: registry)
    }

    var codebook: Codebook {
        // Text that reads the same in every language counts for all of them (a label must exist in en, nb and da).
        let label = { (text: String) in LocalizedText(universal: text) }
        return Codebook(
            dimensions: [
                Dimension(known: .jurisdiction, label: label("Jurisdiction"), location: .synthetic("codebook")),
                Dimension(known: .lead, label: label("Lead body"), location: .synthetic("codebook")),
                Dimension(known: .budget, label: label("Budget"), location: .synthetic("codebook")),
            ],
            themes: [Theme(id: "ai", label: label("Artificial intelligence"), location: .synthetic("codebook"))],
            jurisdictions: [Jurisdiction(id: "SE", name: label("Sweden"), location: .synthetic("codebook"))])
    }

    @Test func loadsThroughTheRegistry() {
        let (corpus, diagnostics) = loadSweden()
        #expect(diagnostics.isEmpty)
        #expect(corpus.plugins.map(\.id) == ["sweden"])
        #expect(corpus.initiativeIDs == ["se-national-ai-approach"])
        let initiative = corpus.initiative("se-national-ai-approach")
        #expect(initiative?.originalName == "Nationell inriktning för artificiell intelligens")
        #expect(corpus.sources(ofPlugin: "sweden").map(\.title) == ["Nationell inriktning för artificiell intelligens"])
        #expect(initiative.flatMap { corpus.source(for: $0.defaultCitation) }?.publisher == "Regeringskansliet")
    }

    @Test func passesEveryStandardRule() {
        let (corpus, _) = loadSweden()
        let views = [ViewDefinition(id: "overview", title: LocalizedText(universal: "Overview"),
                                    layout: .dimensions(["jurisdiction", "lead", "budget"]),
                                    location: .synthetic("test-run"))]
        // Briefings in English only: the plugin gives its reason in English (give nb and da too for those readers).
        let diagnostics = Validator().validate(ValidationContext(corpus: corpus, codebook: codebook, views: views,
                                                                 languages: ["en"]))
        #expect(diagnostics.map(\.description) == [])
    }

    @Test func appearsInATable() {
        let (corpus, _) = loadSweden()
        let view = ViewDefinition(id: "overview", title: LocalizedText(universal: "Overview"),
                                  layout: .dimensions(["jurisdiction", "lead", "budget"]),
                                  location: .synthetic("test-run"))
        let table = TableBuilder(corpus: corpus, codebook: codebook, language: "en").table(for: view)
        #expect(table.columnGroups.map(\.label) == ["Sweden"])
        #expect(table.columns.map(\.heading) == ["National approach to artificial intelligence"])
        #expect(table.rows.map { $0.cells[0].entries.map(\.text) } == [
            ["Sweden (SE)"],
            ["Näringsdepartementet (Ministry of Enterprise and Innovation), ministry"],
            ["not stated in the sources"],
        ])
        #expect(table.rows[2].cells[0].state == .unknown)
        #expect(table.footnotes.map(\.locator) == [nil, "p. 2"])
        #expect(table.footnotes.map(\.source.id) == ["n2018-14", "n2018-14"])
    }
}

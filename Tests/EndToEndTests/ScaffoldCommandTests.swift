import Foundation
import Testing

/// `nordic-compare new`, run as an author would, in a temporary folder.
@Suite struct ScaffoldCommandTests {
    private let configArguments = ["--config", "demo/config/nordic-compare.yaml"]

    @Test func projectPluginAndInitiativeValidateOnceFilledIn() throws {
        let folder = try TemporaryFolder()
        let project = try CommandRunner.run(["new", "project", "demo"], in: folder.url)
        #expect(project.status == 0, "stderr: \(project.standardError)")
        #expect(folder.listing("demo") == ["config", "config/dimensions.yaml", "config/exchange-rates.yaml",
                                            "config/indicators.yaml", "config/jurisdictions.yaml",
                                            "config/nordic-compare.yaml", "config/themes.yaml", "plugins", "schema",
                                            "schema/initiative.schema.json", "schema/plugin-manifest.schema.json"])
        let configuration = try String(contentsOf: folder.url.appendingPathComponent("demo/config/nordic-compare.yaml"),
                                       encoding: .utf8)
        #expect(configuration.contains("\n  jurisdictions: jurisdictions.yaml\n  exchange-rates: exchange-rates.yaml\n"))
        let empty = try CommandRunner.run(["validate"] + configArguments, in: folder.url)
        #expect(empty.status == 0, "an empty project validates: \(empty.standardError)")

        let plugin = try CommandRunner.run(["new", "plugin", "sweden", "--jurisdiction", "SE", "--name", "Sweden",
                                            "--lang", "sv"] + configArguments, in: folder.url)
        #expect(plugin.status == 0, "stderr: \(plugin.standardError)")
        #expect(plugin.standardOutput.contains("Enable 'sweden'"))
        let initiative = try CommandRunner.run(["new", "initiative", "sweden", "se-digital-strategy", "--kind", "strategy"]
                                               + configArguments, in: folder.url)
        #expect(initiative.status == 0, "stderr: \(initiative.standardError)")
        let plugins = folder.url.appendingPathComponent("demo/plugins/sweden")
        #expect(folder.listing("demo/plugins/sweden") == ["initiatives", "initiatives/se-digital-strategy.yaml",
                                                           "initiatives/se-first-initiative.yaml", "plugin.yaml"])

        try edit(folder.url.appendingPathComponent("demo/config/nordic-compare.yaml")) {
            $0.replacingOccurrences(of: "plugins: []", with: "plugins: [sweden]")
        }
        let unfilled = try CommandRunner.run(["validate"] + configArguments, in: folder.url)
        #expect(unfilled.status == 1)
        // Every placeholder left is an error at its own line: the source of both files, the second one's language.
        let placeholders = unfilled.standardError.split(separator: "\n").filter { $0.contains("'FILL-IN' is a placeholder") }
        #expect(placeholders.contains { $0.contains("se-first-initiative.yaml:") }, "\(unfilled.standardError)")
        #expect(placeholders.filter { $0.contains("se-digital-strategy.yaml:") }.count >= 2, "\(unfilled.standardError)")

        try edit(plugins.appendingPathComponent("plugin.yaml")) {
            $0.replacingOccurrences(of: "sources: {}", with: """
                sources:
                  se-gov-2024: { title: Regeringens strategi, publisher: Regeringskansliet, published: 2024, language: sv }
                """)
        }
        for name in ["se-first-initiative", "se-digital-strategy"] {
            try edit(plugins.appendingPathComponent("initiatives/\(name).yaml")) {
                $0.replacingOccurrences(of: "source: FILL-IN", with: "source: se-gov-2024")
                    .replacingOccurrences(of: "language: FILL-IN", with: "language: sv")
                    .replacingOccurrences(of: "FILL-IN", with: "Digital Sverige")
            }
        }
        let filled = try CommandRunner.run(["validate"] + configArguments, in: folder.url)
        #expect(filled.status == 0, "stderr: \(filled.standardError)")
        #expect(filled.standardOutput.contains("1 plugins, 2 initiatives: 0 errors"))
    }

    @Test func neverOverwritesAnything() throws {
        let folder = try TemporaryFolder()
        #expect(try CommandRunner.run(["new", "project", "demo"], in: folder.url).status == 0)
        let themes = folder.url.appendingPathComponent("demo/config/themes.yaml")
        try Data("mine\n".utf8).write(to: themes)
        let again = try CommandRunner.run(["new", "project", "demo"], in: folder.url)
        #expect(again.status == 1)
        #expect(again.standardError.contains("demo/config already exists"))
        #expect(try String(contentsOf: themes, encoding: .utf8) == "mine\n")

        let plugin = ["new", "plugin", "sweden", "--jurisdiction", "SE", "--name", "Sweden"] + configArguments
        #expect(try CommandRunner.run(plugin, in: folder.url).status == 0)
        let twice = try CommandRunner.run(plugin, in: folder.url)
        #expect(twice.status == 1)
        #expect(twice.standardError.contains("demo/plugins/sweden already exists"))
        let initiative = ["new", "initiative", "sweden", "se-first-initiative", "--kind", "forum"] + configArguments
        let existing = try CommandRunner.run(initiative, in: folder.url)
        #expect(existing.status == 1)
        #expect(existing.standardError.contains("initiatives/se-first-initiative.yaml"))

        // A link planted where a file would go is refused, not followed.
        let outside = folder.url.appendingPathComponent("outside.yaml")
        try FileManager.default.createSymbolicLink(
            at: folder.url.appendingPathComponent("demo/plugins/sweden/initiatives/se-linked.yaml"),
            withDestinationURL: outside)
        let linked = try CommandRunner.run(["new", "initiative", "sweden", "se-linked", "--kind", "forum"]
                                           + configArguments, in: folder.url)
        #expect(linked.status == 1)
        #expect(!FileManager.default.fileExists(atPath: outside.path))
    }

    /// `new plugin --jurisdiction` accepts what the project's codebook declares, and nothing else: a grouping the
    /// project added, but not a code its jurisdictions file lacks; a project without a jurisdictions file has the
    /// built-in list.
    @Test func aPluginsJurisdictionMustBeInTheProjectsCodebook() throws {
        let folder = try TemporaryFolder()
        #expect(try CommandRunner.run(["new", "project", "demo"], in: folder.url).status == 0)
        let unknown = try CommandRunner.run(["new", "plugin", "arctic", "--jurisdiction", "ARCTIC", "--name", "Arctic"]
                                            + configArguments, in: folder.url)
        #expect(unknown.status == 64)
        #expect(unknown.standardError.contains("unknown jurisdiction 'ARCTIC'"), "\(unknown.standardError)")
        #expect(unknown.standardError.contains("demo/config/jurisdictions.yaml"), "\(unknown.standardError)")
        let misspelt = try CommandRunner.run(["new", "plugin", "nordic", "--jurisdiction", "NORDIC-BALTC", "--name", "N"]
                                             + configArguments, in: folder.url)
        #expect(misspelt.status == 64)
        #expect(misspelt.standardError.contains("did you mean 'NORDIC-BALTIC'?"), "\(misspelt.standardError)")
        #expect(folder.listing("demo/plugins").isEmpty)

        try edit(folder.url.appendingPathComponent("demo/config/jurisdictions.yaml")) {
            $0 + "  - id: ARCTIC\n    name: { en: Arctic, nb: Arktis, da: Arktis }\n    members: [NO, IS]\n"
        }
        let added = try CommandRunner.run(["new", "plugin", "arctic", "--jurisdiction", "ARCTIC", "--name", "Arctic"]
                                          + configArguments, in: folder.url)
        #expect(added.status == 0, "stderr: \(added.standardError)")

        // A configuration written before the jurisdictions file existed uses the built-in list.
        try edit(folder.url.appendingPathComponent("demo/config/nordic-compare.yaml")) {
            $0.replacingOccurrences(of: "  jurisdictions: jurisdictions.yaml\n", with: "")
        }
        let builtIn = try CommandRunner.run(["new", "plugin", "arctic-two", "--jurisdiction", "ARCTIC", "--name", "A"]
                                            + configArguments, in: folder.url)
        #expect(builtIn.status == 64)
        #expect(builtIn.standardError.contains("the built-in jurisdictions"), "\(builtIn.standardError)")
        let iceland = try CommandRunner.run(["new", "plugin", "iceland", "--jurisdiction", "IS", "--name", "Iceland"]
                                            + configArguments, in: folder.url)
        #expect(iceland.status == 0, "stderr: \(iceland.standardError)")
    }

    @Test(arguments: [
        (["new", "plugin", "Sweden", "--jurisdiction", "SE", "--name", "Sweden"], "invalid plugin id 'Sweden'"),
        (["new", "plugin", "sweden", "--jurisdiction", "se", "--name", "Sweden"], "did you mean 'SE'?"),
        (["new", "plugin", "sweden", "--jurisdiction", "SE", "--name", "Sweden", "--lang", "swedish"],
         "unknown language code 'swedish'"),
        (["new", "initiative", "sweden", "se_strategy", "--kind", "strategy"], "invalid initiative id 'se_strategy'"),
        (["new", "initiative", "sweden", "se-strategy", "--kind", "strategie"],
         "expected one of: forum, strategy, partnership, programme, declaration, agency, initiative"),
    ])
    func badArgumentsExit64AndTeach(arguments: [String], message: String) throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner.run(arguments, in: folder.url)
        #expect(result.status == 64)
        #expect(result.standardError.contains(message), "stderr: \(result.standardError)")
        #expect(folder.listing().isEmpty)
    }

    @Test func helpTeachesWithAnExample() throws {
        let result = try CommandRunner.run(["new", "--help"])
        #expect(result.status == 0)
        for text in ["project", "plugin", "initiative", "Examples:", "nordic-compare new plugin sweden"] {
            #expect(result.standardOutput.contains(text), "help lacks \(text)")
        }
    }

    private func edit(_ file: URL, _ change: (String) -> String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(change(text).utf8).write(to: file)
    }
}

import ComparisonKit
import ComparisonRunner
import CorpusGenerator
import Foundation
import Testing

@Suite("Corpus generator")
struct CorpusGeneratorTests {
    private let small = CorpusParameters(plugins: 3, initiativesPerPlugin: 4, seed: 1)

    @Test("the same seed gives the same bytes")
    func sameSeedSameBytes() {
        #expect(CorpusGenerator.files(small) == CorpusGenerator.files(small))
    }

    @Test("a different seed gives different bytes, with the same files")
    func differentSeedDifferentBytes() {
        var other = small
        other.seed = 2
        let first = CorpusGenerator.files(small), second = CorpusGenerator.files(other)
        #expect(first.map(\.relativePath) == second.map(\.relativePath))
        #expect(first != second)
        // Every plugin's files change, not just one.
        let changed = zip(first, second).filter { $0.0.contents != $0.1.contents }.map { $0.0.relativePath }
        for id in CorpusGenerator.pluginIDs(small) {
            #expect(changed.contains("plugins/\(id)/plugin.yaml"))
        }
    }

    @Test("a corpus has a manifest per plugin and a file per initiative")
    func shape() {
        let paths = CorpusGenerator.files(small).map(\.relativePath)
        #expect(paths.contains(CorpusGenerator.configRelativePath))
        #expect(paths.contains("config/dimensions.yaml"))
        #expect(paths.contains("config/themes.yaml"))
        #expect(paths.filter { $0.hasSuffix("/plugin.yaml") }.count == 3)
        #expect(paths.filter { $0.contains("/initiatives/") }.count == 12)
    }

    @Test("plugins are generated independently: a larger corpus starts with the smaller one's plugins")
    func pluginsAreIndependent() {
        let larger = CorpusParameters(plugins: 5, initiativesPerPlugin: 4, seed: 1)
        let smallPlugins = CorpusGenerator.files(small).filter { $0.relativePath.hasPrefix("plugins/") }
        let largerFiles = Dictionary(uniqueKeysWithValues: CorpusGenerator.files(larger).map { ($0.relativePath, $0.contents) })
        for file in smallPlugins {
            #expect(largerFiles[file.relativePath] == file.contents, "\(file.relativePath)")
        }
    }

    @Test("writing gives the same bytes as generating in memory")
    func writeMatchesFiles() throws {
        let folder = try ScratchFolder()
        let summary = try CorpusGenerator.write(small, to: folder.path)
        let files = CorpusGenerator.files(small)
        #expect(summary.files == files.map(\.relativePath))
        #expect(summary.initiatives == 12)
        #expect(summary.totalBytes == files.reduce(0) { $0 + $1.contents.count })
        for file in files {
            let written = try Data(contentsOf: folder.url.appendingPathComponent(file.relativePath))
            #expect([UInt8](written) == file.contents, "\(file.relativePath)")
        }
    }

    @Test("the codebook written into a corpus is the shipped one")
    func codebookMatchesShipped() throws {
        let dimensions = try String(contentsOf: BenchmarkPaths.root.appendingPathComponent("config/dimensions.yaml"), encoding: .utf8)
        let themes = try String(contentsOf: BenchmarkPaths.root.appendingPathComponent("config/themes.yaml"), encoding: .utf8)
        #expect(GeneratedCodebook.dimensionsYAML == dimensions,
                "update Sources/PluginFormat/Scaffold/ShippedProject.swift to match config/dimensions.yaml")
        #expect(GeneratedCodebook.themesYAML == themes,
                "update Sources/PluginFormat/Scaffold/ShippedProject.swift to match config/themes.yaml")
        for id in GeneratedCodebook.themeIDs { #expect(themes.contains("  - id: \(id)\n")) }
    }

    @Test("a generated corpus validates with no errors and loads every initiative", arguments: [UInt64(1), 7, 42])
    func validates(seed: UInt64) throws {
        let folder = try ScratchFolder()
        let parameters = CorpusParameters(plugins: 4, initiativesPerPlugin: 6, seed: seed)
        let summary = try CorpusGenerator.write(parameters, to: folder.path)
        let preparation = try Runner.prepare(RunOptions(configPath: summary.configPath))
        let errors = preparation.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.prefix(5).map(\.description))")
        // The only warnings are the deliberate disagreements on member counts.
        for warning in preparation.diagnostics where warning.severity == .warning {
            #expect(warning.message.contains("sources disagree on 'member-count'"), "\(warning)")
        }
        let run = try #require(preparation.run)
        #expect(run.corpus.plugins.count == 4)
        #expect(run.corpus.initiatives.count == 24)
        // Every fact of the shape is there: budgets with breakdowns, components with themes, cited participants.
        #expect(run.corpus.initiatives.allSatisfy { !$0.components.isEmpty && !$0.participants.isEmpty && !$0.goals.isEmpty })
        #expect(run.corpus.initiatives.allSatisfy { $0.budget.isRecorded && $0.name.text(in: "en") != nil })
        #expect(run.corpus.initiatives.contains { $0.budget.claims.contains { !($0.value?.breakdown.isEmpty ?? true) } })
        let tables = run.tables()
        #expect(tables.count == 4)
        #expect(tables.allSatisfy { $0.columns.count == 24 })
    }

    /// The generated configuration names no jurisdictions file, so the built-in list applies: it must declare every
    /// jurisdiction the generator cycles through (31 plugins reach each of them, and the first again).
    @Test("every jurisdiction a corpus can cover is one the built-in codebook declares")
    func jurisdictionsAreDeclared() throws {
        let folder = try ScratchFolder()
        let summary = try CorpusGenerator.write(CorpusParameters(plugins: 31, initiativesPerPlugin: 1, seed: 3), to: folder.path)
        let preparation = try Runner.prepare(RunOptions(configPath: summary.configPath))
        let unknown = preparation.diagnostics.filter { $0.message.contains("jurisdiction") }
        #expect(unknown.isEmpty, "\(unknown.prefix(5).map(\.description))")
        #expect(preparation.run?.corpus.plugins.count == 31)
    }

    @Test("budgets are written with a typed price basis, current or constant")
    func priceBases() {
        let text = CorpusGenerator.files(CorpusParameters(plugins: 4, initiativesPerPlugin: 6, seed: 1))
            .filter { $0.relativePath.contains("/initiatives/") }
            .map { String(decoding: $0.contents, as: UTF8.self) }.joined()
        let bases = text.split(separator: "\n").filter { $0.hasPrefix("      basis: ") }.map { $0.dropFirst(13) }
        #expect(bases.contains("current"))
        #expect(bases.contains { $0.hasPrefix("constant-") })
        #expect(bases.allSatisfy { PriceBasis(rawValue: String($0)) != nil }, "\(Set(bases))")
    }

    /// The generator draws two bits for a budget's basis where it once tossed a coin for whether to write one. The
    /// high bit is that coin, so the same budgets get a basis and every later draw, and so the rest of the corpus,
    /// is what it was.
    @Test("the price basis draw's high bit is the coin it replaced")
    func basisDrawKeepsTheStream() {
        for seed: UInt64 in [1, 7, 42] {
            var twoBits = SplitMix64(seed: seed), coin = SplitMix64(seed: seed)
            let differences = (0..<10_000).filter { _ in (twoBits.int(in: 0...3) < 2) != coin.chance(1, in: 2) }
            #expect(differences.isEmpty, "seed \(seed)")
            #expect(twoBits.next() == coin.next(), "seed \(seed): the streams went apart")
        }
    }
}

@Suite("Concurrent stages give the sequential results")
struct ConcurrentStageTests {
    @Test("tables built concurrently and files streamed to disk concurrently match one-by-one results, run after run")
    func concurrentMatchesSequential() throws {
        let folder = try ScratchFolder()
        let summary = try CorpusGenerator.write(CorpusParameters(plugins: 5, initiativesPerPlugin: 3, seed: 11), to: folder.path)
        let first = try #require(try Runner.prepare(RunOptions(configPath: summary.configPath)).run)
        let second = try #require(try Runner.prepare(RunOptions(configPath: summary.configPath,
                                                                outputFolder: folder.path + "/out-1")).run)
        #expect(first.corpus.initiatives.map(\.id) == second.corpus.initiatives.map(\.id))
        let builder = TableBuilder(corpus: first.corpus, codebook: first.codebook, language: first.language,
                                   history: first.configuration.history)
        #expect(first.tables() == first.views.map { builder.table(for: $0) })
        let document = first.document()
        let sequential = first.renderers.flatMap { $0.render(document) }
        // The first run writes the whole document; the second, as `run` does, one table at a time.
        for (index, run) in [first, second].enumerated() {
            let output = folder.path + "/out-\(index)"
            let paths = index == 0 ? try OutputWriter.write(run.document(), with: run.renderers, to: output)
                                   : try run.writeOutputs()
            // `run` also writes its manifest and the snapshot of its inputs, last.
            let record = index == 0 ? [] : [output + "/run-inputs.tar", output + "/run-manifest.json"]
            #expect(paths == sequential.map { output + "/" + $0.relativePath } + record)
            for file in sequential {
                let written = FileManager.default.contents(atPath: output + "/" + file.relativePath).map { [UInt8]($0) }
                #expect(written == file.contents, "\(file.relativePath) differs")
            }
        }
    }
}

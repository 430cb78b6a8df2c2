import BriefingRenderers
import ComparisonKit
import ComparisonRunner
import Foundation
import Testing

/// The shipped plugins rendered by every registered renderer, compared with reviewed golden files.
@Suite struct ShippedGoldenTests {
    @Test(arguments: ["markdown", "csv", "json"])
    func everyViewMatchesItsGoldenFile(format: String) throws {
        let preparation = try Runner.prepare(RunOptions(configPath: Repository.defaultConfig, formats: [format]))
        #expect(!preparation.hasErrors, "shipped configuration has errors: \(preparation.diagnostics)")
        let run = try #require(preparation.run)
        let files = run.renderers.flatMap { $0.render(run.document()) }
        #expect(files.count == run.views.count)
        for file in files {
            Golden.check(String(decoding: file.contents, as: UTF8.self), against: file.relativePath)
        }
    }

    @Test func norwegianAndDanishOverviewsMatchTheirGoldenFiles() throws {
        for language in ["nb", "da"] {
            let options = RunOptions(configPath: Repository.defaultConfig, viewIDs: ["overview"], formats: ["markdown"],
                                     language: language)
            let run = try #require(try Runner.prepare(options).run)
            let file = try #require(run.renderers.first?.render(run.document()).first)
            Golden.check(String(decoding: file.contents, as: UTF8.self), against: "overview.\(language).md")
        }
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        let run = try #require(try Runner.prepare(RunOptions(configPath: Repository.defaultConfig)).run)
        let first = run.renderers.flatMap { $0.render(run.document()) }
        let second = run.renderers.flatMap { $0.render(run.document()) }
        #expect(first == second)
    }
}

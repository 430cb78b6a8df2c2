import BriefingRenderers
import ComparisonKit
import ComparisonRunner
import Foundation
import Testing

/// The shipped plugins rendered by every registered renderer, compared with reviewed golden files.
@Suite struct ShippedGoldenTests {
    /// Every text format in every reader language. English keeps every file; Norwegian and Danish keep the
    /// overview, the participation matrix and the whole-briefing files, named `<file>.<language>.<extension>`, which covers each format and
    /// language without a golden file per view and language. (DOCX is a zip: scripts/check-docx.sh reads every
    /// cell of it back against the JSON of the same run.)
    @Test(arguments: ["en", "nb", "da"])
    func everyTextFormatMatchesItsGoldenFiles(language: String) throws {
        let formats = RendererRegistry.standard.renderers.filter(\.writesText).map(\.formatName)
        let options = RunOptions(configPath: Repository.defaultConfig, formats: formats, language: language)
        let preparation = try Runner.prepare(options)
        #expect(!preparation.hasErrors, "shipped configuration has errors: \(preparation.diagnostics)")
        let run = try #require(preparation.run)
        let document = run.document()
        for renderer in run.renderers {
            for file in renderer.render(document) {
                let path = file.relativePath
                let name: String
                if language == "en" {
                    name = path
                } else if path.hasPrefix("overview.") || path.hasPrefix("briefing.") || path.hasPrefix("participation.") {
                    let dot = path.lastIndex(of: ".") ?? path.endIndex
                    name = path[..<dot] + ".\(language)" + path[dot...]
                } else {
                    continue
                }
                let golden = renderer.formatName == "latex-fragment" ? "fragment-" + name : name
                Repository.golden.check(file.contents, golden)
            }
        }
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        let run = try #require(try Runner.prepare(RunOptions(configPath: Repository.defaultConfig)).run)
        let first = run.renderers.flatMap { $0.render(run.document()) }
        let second = run.renderers.flatMap { $0.render(run.document()) }
        #expect(first == second)
    }
}

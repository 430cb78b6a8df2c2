import BriefingRenderers
import ComparisonKit
import ComparisonRunner
import Foundation
import Testing

/// The findings over the shipped plugins, in every reader language and both findings formats, and the two-group
/// comparison the README shows, against reviewed golden files.
@Suite struct ShippedFindingsGoldenTests {
    static let cases: [(language: String, select: [String], against: [String], golden: String)] = [
        ("en", [], [], "findings"),
        ("nb", [], [], "findings.nb"),
        ("da", [], [], "findings.da"),
        ("en", ["jurisdiction=DK"], ["jurisdiction=NO", "kind=strategy"], "findings-dk-against-no-strategies"),
    ]

    @Test(arguments: cases.indices)
    func findingsMatchTheirGoldenFiles(_ index: Int) throws {
        let example = Self.cases[index]
        var options = RunOptions(configPath: Repository.defaultConfig, formats: ["markdown"], language: example.language)
        options.selection = example.select
        let run = try #require(try Runner.prepare(options).run)
        let report = try run.findings(against: example.against.isEmpty ? nil
                                          : InitiativeSelection(parsing: example.against))
        var document = BriefingDocument(title: report.title, language: example.language, tables: [])
        document.findings = report
        for renderer in [MarkdownRenderer(), JSONRenderer()] as [any BriefingRenderer] {
            let files = renderer.render(document)
            try #require(files.count == 1)
            Repository.golden.check(files[0].contents, example.golden + "." + renderer.fileExtension)
        }
    }
}

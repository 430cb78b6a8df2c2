import Foundation
import TestSupport
import Testing

/// The initiatives' summaries are a view like any other (`type: summaries`): the shipped configuration lists it first,
/// and a configuration that does not list it gets no summaries table.
@Suite struct SummariesViewTests {
    @Test func theShippedBriefingOpensWithTheSummariesAfterItsKeyFindings() throws {
        let folder = try TemporaryFolder()
        try folder.copyShippedProject()
        let result = try CommandRunner.run(["run", "--format", "markdown", "--output", "out"], in: folder.url)
        #expect(result.status == 0, "\(result.standardError)")
        let manifest = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.url.appendingPathComponent("out/run-manifest.json"))) as? [String: Any])
        #expect((manifest["views"] as? [String])?.first == "summaries")
        let summaries = try String(contentsOf: folder.url.appendingPathComponent("out/summaries.md"), encoding: .utf8)
        #expect(summaries.hasPrefix("## What each initiative is\n"), "the configured title")
        #expect(summaries.contains("| Summary |"), "one row of summaries")
    }

    @Test func aConfigurationWithoutASummariesViewGetsNone() throws {
        let folder = try TemporaryFolder()
        try folder.copyShippedProject()
        try folder.editConfiguration { text in
            let start = try #require(text.range(of: "  - id: summaries"))
            let end = try #require(text.range(of: "  - id: overview"))
            return String(text[..<start.lowerBound]) + String(text[end.lowerBound...])
        }
        let result = try CommandRunner.run(["run", "--format", "markdown", "--output", "out"], in: folder.url)
        #expect(result.status == 0, "\(result.standardError)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("out").path)
        #expect(!written.contains("summaries.md"))
        #expect(written.contains("key-findings.md") && written.contains("overview.md"))
    }

    @Test func aSummariesViewTakesNoBudgetBasis() throws {
        let folder = try TemporaryFolder()
        try folder.copyShippedProject()
        let edited = try folder.editConfiguration {
            $0.replacingOccurrences(of: "    type: summaries ", with: "    budget-basis: { currency: EUR }\n    type: summaries ")
        }
        let result = try CommandRunner.run(["validate"], in: folder.url)
        #expect(result.status != 0)
        let line = try #require(edited.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("budget-basis") }) + 1
        #expect(result.standardError.contains("nordic-compare.yaml:\(line):"), "\(result.standardError)")
        #expect(result.standardError.contains("summaries view"), "\(result.standardError)")
    }
}

import Foundation
import TestSupport
import Testing

/// The summaries a run opens with never collide with a view of the configuration's own.
@Suite struct SummariesViewTests {
    @Test func aConfiguredViewNamedSummariesWinsOverTheBuiltInOne() throws {
        let folder = try TemporaryFolder()
        try folder.copyShippedProject()
        let path = folder.url.appendingPathComponent("config/nordic-compare.yaml")
        let text = try String(contentsOf: path, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "  - id: positions\n", with: "  - id: summaries\n")
        try #require(edited != text)
        try Data(edited.utf8).write(to: path)
        let result = try CommandRunner.run(["run", "--format", "markdown", "--output", "out"], in: folder.url)
        #expect(result.status == 0, "\(result.standardError)")
        let summaries = try String(contentsOf: folder.url.appendingPathComponent("out/summaries.md"), encoding: .utf8)
        #expect(summaries.hasPrefix("## Stakeholders' positions\n"), "the configured view, not the built-in one")
    }
}

import Foundation
import Testing

/// The README's promises stay true: its sample table is what the tool prints today.
@Suite struct ReadmeTests {
    @Test func theSampleTableIsTheCurrentOverview() throws {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        let overview = try String(contentsOf: Repository.goldenFolder.appendingPathComponent("overview.md"), encoding: .utf8)
        #expect(readme.contains(overview.trimmingCharacters(in: .whitespacesAndNewlines)),
                "README's sample table is out of date: paste Tests/EndToEndTests/Golden/overview.md into it")
    }

    @Test func theTwoCommandsAreTheOnesCIRuns() throws {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        let ci = try String(contentsOf: Repository.root.appendingPathComponent(".ci/run"), encoding: .utf8)
        #expect(readme.contains("swift run nordic-compare "))
        #expect(readme.contains("swift test "))
        #expect(ci.split(separator: "\n").contains("swift test"))
    }
}

import Foundation
import Testing

/// The indicator view with the real executable over the shipped plugins, and a mistake in a plugin's values.
@Suite struct IndicatorCommandTests {
    static let space = "\u{00A0}"

    @Test func theViewGivesEachValueWithItsYearAndTheSeriesOnRequest() throws {
        let latest = try CommandRunner.run(["--view", "indicators"])
        #expect(latest.status == 0, "stderr: \(latest.standardError)")
        #expect(latest.standardOutput.contains("| Indicator | Norway |\n"))
        #expect(latest.standardOutput.contains("| Used public online services | 88\(Self.space)% (2018) [1] |"))
        #expect(latest.standardOutput.contains("| People with too weak digital skills | about 850\(Self.space)000 (2024) [3] |"))
        let all = try CommandRunner.run(["--view", "indicators", "--history", "all", "--lang", "da"])
        #expect(all.standardOutput.contains(
            "| Har brugt offentlige nettjenester | 72\(Self.space)% (2009) [1]<br>83\(Self.space)% (2017) [1]<br>88\(Self.space)% (2018) [1] |"))
        #expect(all.standardOutput.contains("| Virksomheder, der bruger AI-værktøjer | omkring 25\(Self.space)% (år ikke oplyst) [2] |"))
    }

    @Test func theJSONOfTheViewHoldsEveryValueCited() throws {
        let result = try CommandRunner.run(["--view", "indicators", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let columns = try #require(json["columns"] as? [[String: Any]])
        #expect(columns.map { $0["initiative"] as? String } == ["NO"])
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.map { $0["id"] as? String } == ["public-online-services-use", "public-sector-online-contact",
                                                       "businesses-using-ai-tools", "people-weak-digital-skills"])
    }

    @Test func aMistakeInAValueIsReportedAtItWithEveryOther() throws {
        let folder = try TemporaryFolder()
        try folder.copyShippedProject()
        let manifest = folder.url.appendingPathComponent("plugins/norway/plugin.yaml")
        var text = try String(contentsOf: manifest, encoding: .utf8)
        text = text.replacingOccurrences(of: "    value: 72\n    unit: percent\n    measured: 2009",
                                         with: "    value: 72\n    unit: percent\n    mesured: 2009")
        text = text.replacingOccurrences(of: "  - indicator: people-weak-digital-skills",
                                         with: "  - indicator: people-weak-digital-skils")
        try Data(text.utf8).write(to: manifest)
        let result = try CommandRunner.run(["validate"], in: folder.url)
        #expect(result.status == 1)
        let lines = result.standardError.split(separator: "\n").map(String.init) + result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("plugins/norway/plugin.yaml:") && $0.contains(": error: unknown key 'mesured'")
                                 && $0.contains("did you mean 'measured'?") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("plugins/norway/plugin.yaml:") && $0.contains(":16: error: unknown indicator 'people-weak-digital-skils'; did you mean 'people-weak-digital-skills'?") }, "\(lines)")
    }
}

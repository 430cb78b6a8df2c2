import Foundation
import Testing

/// The data package and the SQLite database as the built tool writes them: where, reproducibly, and with a creation
/// time only when asked.
@Suite struct DataFormatsTests {
    @Test func bothFormatsGoWhereTheREADMESaysAndRerunsGiveTheSameBytes() throws {
        let folder = try TemporaryFolder()
        var contents: [[String: Data]] = []
        for name in ["first", "second"] {
            let out = folder.url.appendingPathComponent(name)
            let result = try CommandRunner.run(["run", "--format", "datapackage,sqlite", "--output", out.path])
            #expect(result.status == 0, "\(result.standardError)")
            let paths = result.standardOutput.split(separator: "\n").compactMap { line in
                line.hasPrefix("wrote ") ? String(line.dropFirst("wrote ".count)) : nil
            }
            #expect(paths.map { String($0.dropFirst(out.path.count + 1)) } == [
                "data/plugins.csv", "data/sources.csv", "data/initiatives.csv", "data/claims.csv",
                "data/participants.csv", "data/components.csv", "data/goals.csv", "data/theme_coverage.csv",
                "data/budget_lines.csv", "data/positions.csv", "data/position_demands.csv",
                "data/related_initiatives.csv", "data/indicator_values.csv", "data/datapackage.json",
                "nordic-compare.sqlite", "run-inputs.tar", "run-manifest.json",
            ])
            contents.append(Dictionary(uniqueKeysWithValues: try paths.map {
                (String($0.dropFirst(out.path.count)), try Data(contentsOf: URL(fileURLWithPath: $0)))
            }))
        }
        #expect(contents[0] == contents[1], "two runs gave different bytes")
        let database = try #require(contents[0]["/nordic-compare.sqlite"])
        #expect(database.starts(with: Data("SQLite format 3\0".utf8)))
        // The page size is fixed at 4096 (big-endian at offset 16).
        #expect(Array(database[16..<18]) == [0x10, 0x00])
        let descriptor = String(decoding: try #require(contents[0]["/data/datapackage.json"]), as: UTF8.self)
        #expect(!descriptor.contains("\"created\""))
    }

    /// Next to formats that stream one table at a time, the data formats are written once, the same as alone.
    @Test func nextToTheViewsTheDataFormatsAreWrittenOnceAndTheSame() throws {
        let folder = try TemporaryFolder()
        let alone = folder.url.appendingPathComponent("alone"), mixed = folder.url.appendingPathComponent("mixed")
        #expect(try CommandRunner.run(["run", "--format", "datapackage,sqlite", "--output", alone.path]).status == 0)
        let result = try CommandRunner.run(["run", "--format", "csv,datapackage,sqlite", "--output", mixed.path])
        #expect(result.status == 0, "\(result.standardError)")
        let written = result.standardOutput.split(separator: "\n").filter { $0.hasPrefix("wrote ") }
        #expect(written.filter { $0.hasSuffix("/data/claims.csv") }.count == 1)
        #expect(written.contains { $0.hasSuffix("/overview.csv") })
        for name in ["data/claims.csv", "data/datapackage.json", "nordic-compare.sqlite"] {
            #expect(try Data(contentsOf: alone.appendingPathComponent(name)) == Data(contentsOf: mixed.appendingPathComponent(name)),
                    "\(name) differs when written next to the views")
        }
    }

    @Test func theDataPackageSaysWhenItWasCreatedOnlyWithTimestamp() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner.run(["run", "--format", "datapackage", "--timestamp", "--output", folder.url.path])
        #expect(result.status == 0, "\(result.standardError)")
        let descriptor = try String(contentsOf: folder.url.appendingPathComponent("data/datapackage.json"), encoding: .utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(descriptor.utf8)) as? [String: Any])
        let created = try #require(json["created"] as? String)
        #expect(created.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/) != nil, "\(created) is not RFC 3339")
    }
}

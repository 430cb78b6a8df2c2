import Foundation
import TestSupport
import Testing

/// The CSV the real executable writes for the shipped plugins, read as a data team reads it: each file strict RFC 4180
/// with one field count in every record, the table's header and rows those of the view, and the sources those of its
/// footnotes (both as the JSON of the same run gives them). In every language, and with a single plugin enabled: one
/// column, where pandas stopped with "Expected 2 fields in line 10" while the sources shared the table's file.
/// (`scripts/check-csv.sh` reads the same files with Python's `csv` module, pandas and LibreOffice.)
@Suite struct CSVShapeTests {
    static let sourcesHeader = ["note", "title", "publisher", "published", "language", "locator", "url", "accessed",
                                "archived", "identifier"]

    @Test(arguments: ["en", "nb", "da"])
    func everyViewIsOneTableAndItsSourcesAnother(language: String) throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner.run(["run", "--format", "csv,json", "--lang", language, "--output", folder.url.path])
        try #require(result.status == 0, "stderr: \(result.standardError)")
        let widths = try Self.checkEveryView(in: folder.url)
        // The indicator view has one column, Norway's: the only jurisdiction with values; the budget breakdown one per
        // dated figure.
        #expect(widths == [12, 5, 12, 2, 12, 12, 12, 12, 12], "table widths \(widths)")
    }

    @Test func aSinglePluginGivesOneColumnAndStillOneFieldCountPerFile() throws {
        let folder = try TemporaryFolder()
        try folder.copyShippedProject()
        try folder.editConfiguration {
            $0.replacingOccurrences(of: "plugins: [norway, denmark, eu-dep, nordic]", with: "plugins: [denmark]")
        }
        let result = try CommandRunner.run(["run", "--format", "csv,json", "--output", "out"], in: folder.url)
        try #require(result.status == 0, "stderr: \(result.standardError)")
        // The budget breakdown of the EU programme, whose plugin is not enabled, has no column (validation warns).
        #expect(try Self.checkEveryView(in: folder.url.appendingPathComponent("out")) == [2, 1, 2, 1, 2, 2, 2, 2, 2])
    }

    /// Checks every view the run wrote (one JSON file each) against its two CSV files, and returns the width of
    /// each view's table, in file-name order.
    static func checkEveryView(in folder: URL) throws -> [Int] {
        // The run's manifest and the snapshot of its inputs are not views.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .filter { $0 != "run-manifest.json" && $0 != "run-inputs.tar" }
        // The key findings are JSON of their own (schema/findings.schema.json), not a view.
        let views = names.filter { $0.hasSuffix(".json") && $0 != "key-findings.json" }.map { String($0.dropLast(5)) }
        try #require(!views.isEmpty, "the run wrote no JSON")
        #expect(names == (views.flatMap { ["\($0)-sources.csv", "\($0).csv", "\($0).json"] } + ["key-findings.json"]).sorted())
        var widths: [Int] = []
        for view in views {
            let json = try #require(try JSONSerialization.jsonObject(
                with: Data(contentsOf: folder.appendingPathComponent(view + ".json"))) as? [String: Any])
            let columns = try #require(json["columns"] as? [[String: Any]])
            let rows = try #require(json["rows"] as? [[String: Any]])
            let footnotes = try #require(json["footnotes"] as? [[String: Any]])

            let table = try records(folder.appendingPathComponent(view + ".csv"))
            let width = columns.count + 1
            #expect(table.allSatisfy { $0.count == width }, "\(view).csv: field counts \(Set(table.map(\.count))), expected \(width)")
            #expect(table.count == rows.count + 1, "\(view).csv: \(table.count) records for \(rows.count) rows")
            let header = [json["rowHeading"] as? String ?? ""] + columns.map { column in
                // A column without a heading of its own (a jurisdiction's, in an indicator view) is headed by its
                // jurisdiction alone.
                let heading = column["heading"] as? String ?? ""
                return (column["jurisdictionLabel"] as? String ?? "") + (heading.isEmpty ? "" : ": " + heading)
            }
            #expect(table.first == header, "\(view).csv: header")
            #expect(table.dropFirst().map { $0.first ?? "" } == rows.map { $0["label"] as? String ?? "" },
                    "\(view).csv: row labels")
            widths.append(table.first?.count ?? 0)

            let sources = try records(folder.appendingPathComponent(view + "-sources.csv"))
            #expect(sources.allSatisfy { $0.count == sourcesHeader.count }, "\(view)-sources.csv: field counts")
            #expect(sources.first == sourcesHeader, "\(view)-sources.csv: header")
            let expected = footnotes.map { footnote in
                let source = footnote["source"] as? [String: Any] ?? [:]
                return ["\(footnote["number"] as? Int ?? 0)", source["title"] as? String ?? ""]
            }
            #expect(sources.dropFirst().map { Array($0.prefix(2)) } == expected, "\(view)-sources.csv: numbers and titles")
        }
        return widths
    }

    /// A CSV file's records, read by the strict RFC 4180 reader.
    static func records(_ url: URL) throws -> [[String]] {
        let bytes = try Data(contentsOf: url)
        #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]), "\(url.lastPathComponent) starts with a byte-order mark")
        return try StrictCSV.parse(String(decoding: bytes, as: UTF8.self))
    }
}

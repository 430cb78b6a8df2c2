import ComparisonKit
import ComparisonRunner
import Foundation
import Testing

/// docs/data.md against what the tool writes: its column tables are the declared ones, and each query it documents,
/// run with the `sqlite3` command-line shell against the shipped plugins' database, prints the rows it shows.
@Suite struct DataDocumentationTests {
    static var document: String {
        get throws { try String(contentsOf: Repository.root.appendingPathComponent("docs/data.md"), encoding: .utf8) }
    }

    @Test func everyTableIsDocumentedWithItsDeclaredColumnsAndKeys() throws {
        let text = try Self.document
        for table in DataTables.all {
            let block = DataDocumentation.block(for: table)
            #expect(text.contains("### `\(table.name)`\n"), "docs/data.md has no section for \(table.name)")
            #expect(text.contains(block), "docs/data.md's table for \(table.name) should read:\n\(block)")
        }
    }

    @Test func theQueriesAreFound() throws {
        let queries = DataDocumentation.queries(in: try Self.document)
        #expect(queries.count == 3, "the trade-union, budget-history and one-source queries, each with its output")
        // A query without its output is not checked, and does not count.
        #expect(DataDocumentation.queries(in: "```sql\nSELECT 1;\n```\n\ntext\n```text\n1\n```\n").isEmpty)
        #expect(DataDocumentation.queries(in: "```sql\nSELECT 1;\n```\n\n```text\n1\n```\n").map(\.expected) == ["1"])
    }

    @Test func everyDocumentedQueryPrintsItsDocumentedRows() throws {
        let folder = try TemporaryFolder()
        let options = RunOptions(configPath: Repository.defaultConfig, formats: ["sqlite"], outputFolder: folder.url.path)
        let run = try #require(try Runner.prepare(options).run)
        let written = try run.writeOutputs()
        let database = try #require(written.first)
        #expect(database.hasSuffix("/nordic-compare.sqlite"))
        let shell = try #require(Self.sqliteShell, "the sqlite3 command-line shell is needed (apt-get install sqlite3; .ci/run installs it)")
        for query in DataDocumentation.queries(in: try Self.document) {
            let output = try Self.run(shell, ["-readonly", "-batch", "-header", database], input: query.sql)
            #expect(output.status == 0, "sqlite3 failed: \(output.error)\n\(query.sql)")
            #expect(output.text == query.expected + "\n", "docs/data.md says\n\(query.expected)\nbut sqlite3 prints\n\(output.text)for\n\(query.sql)")
        }
    }

    /// The `sqlite3` shell on the PATH, if any.
    static var sqliteShell: URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("sqlite3") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static func run(_ executable: URL, _ arguments: [String], input: String) throws -> (status: Int32, text: String, error: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let standardInput = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = standardInput
        process.standardOutput = output
        process.standardError = error
        try process.run()
        try standardInput.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        try standardInput.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }
}

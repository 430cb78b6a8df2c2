import Foundation
import Testing

/// `nordic-compare schema` writes like a run: never through a link planted at an output name, and it reads its
/// `--docs` file as it reads every input, so a FIFO there is refused instead of waited on.
@Suite struct SchemaCommandSafetyTests {
    @Test func aLinkAtASchemaNameIsReplacedNotFollowed() throws {
        let folder = try TemporaryFolder()
        let victim = try folder.write("outside/victim.json", "must stay\n")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("schema"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("schema/initiative.schema.json").path,
                                                   withDestinationPath: victim)
        let result = try CommandRunner.run(["schema", "--output", "schema"], in: folder.url, deadline: 20)
        #expect(result.status == 0, "got: \(result.standardError)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "must stay\n")
        let written = try FileManager.default.attributesOfItem(
            atPath: folder.url.appendingPathComponent("schema/initiative.schema.json").path)
        #expect(written[.type] as? FileAttributeType == .typeRegular)
    }

    @Test func aFIFOAsTheDocsFileIsRefusedWithoutWaiting() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.url.appendingPathComponent("docs.md").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let result = try CommandRunner.run(["schema", "--output", "schema", "--docs", "docs.md"], in: folder.url, deadline: 20)
        #expect(result.status == 1)
        #expect(result.standardError.contains("docs.md:1:1: error:"), "got: \(result.standardError)")
        #expect(result.standardError.contains("FIFO"), "got: \(result.standardError)")
    }
}

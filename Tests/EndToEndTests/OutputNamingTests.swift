import BriefingRenderers
import ComparisonRunner
import Foundation
import Testing

/// Outputs named twice.
@Suite struct OutputNamingTests {
    @Test func aFormatOrViewNamedTwiceIsWrittenOnce() throws {
        let folder = try TemporaryFolder()
        try folder.copyShippedProject()
        let result = try CommandRunner.run(["run", "--format", "markdown,md", "--view", "overview", "--view", "overview",
                                            "--output", "out"], in: folder.url)
        #expect(result.status == 0, "got: \(result.standardError)")
        #expect(folder.listing("out") == ["overview.md", "run-inputs.tar", "run-manifest.json"])
        #expect(result.standardOutput.components(separatedBy: "wrote ").count == 4, "overview.md, the manifest, the snapshot")
    }

    @Test func twoFilesWithOneNameAreRefusedBeforeAnyIsWritten() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("out").path
        #expect(throws: OutputWriteError.self) {
            try OutputWriter.write([RenderedFile(relativePath: "a.md", text: "1\n"),
                                    RenderedFile(relativePath: "a.md", text: "2\n")], to: output)
        }
        #expect(folder.listing("out").isEmpty)
    }
}

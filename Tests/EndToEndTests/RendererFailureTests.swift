import BriefingRenderers
import ComparisonRunner
import Foundation
import Testing

/// A renderer that cannot make a file says so through its sink: the run writes nothing and names the file.
@Suite struct RendererFailureTests {
    /// Writes one file, then reports that it could not make a second.
    private struct FailingRenderer: BriefingRenderer {
        var formatName: String { "failing" }
        var aliases: [String] { [] }
        var fileExtension: String { "txt" }
        func render(_ document: BriefingDocument) -> [RenderedFile] { [] }
        func write(_ document: BriefingDocument, to sink: any RenderSink) {
            sink.writeFile(RenderedFile(relativePath: "fine.txt", text: "fine\n"))
            sink.fail("broken.db", reason: "the library refused")
        }
    }

    @Test func aReportedFailureStopsTheWholeRun() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("out")
        #expect {
            _ = try OutputWriter.write(BriefingDocument(title: "t", language: "en", tables: []),
                                       with: [FailingRenderer()], to: out.path)
        } throws: { error in
            String(describing: error) == out.path + "/broken.db:1:1: error: cannot write output: the library refused"
        }
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("fine.txt").path))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: out.path)) == [])
    }
}

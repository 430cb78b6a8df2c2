import Foundation
import Testing

/// Compares rendered output with a reviewed golden file. Set NORDIC_COMPARE_UPDATE_GOLDEN=1 to rewrite the golden
/// files on purpose; the test then fails once so that the new files are read by eye before they are committed.
enum Golden {
    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = Repository.goldenFolder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["NORDIC_COMPARE_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: Repository.goldenFolder, withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            Issue.record("regenerated golden file \(name); review it by eye, then rerun without NORDIC_COMPARE_UPDATE_GOLDEN",
                         sourceLocation: sourceLocation)
            return
        }
        guard let data = try? Data(contentsOf: url) else {
            Issue.record("missing golden file \(name); create it with NORDIC_COMPARE_UPDATE_GOLDEN=1 and review it",
                         sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        let expectedLines = expected.components(separatedBy: "\n"), actualLines = actual.components(separatedBy: "\n")
        let line = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        Issue.record("""
            \(name) differs from its golden file at line \(line + 1):
              expected: \(line < expectedLines.count ? expectedLines[line] : "<end of file>")
              actual:   \(line < actualLines.count ? actualLines[line] : "<end of file>")
            """, sourceLocation: sourceLocation)
    }
}

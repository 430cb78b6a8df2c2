import Foundation
import Testing

/// Golden files: expected renderer output checked into `Golden/<format>/<file>` and copied into the test bundle.
///
/// Set `NORDIC_COMPARE_UPDATE_GOLDEN=1` to write the current output to the source tree instead of comparing;
/// the test then fails on purpose, so a regeneration is never mistaken for a pass. Review the diff and rerun.
enum GoldenFiles {
    /// The environment variable that turns regeneration on.
    static let updateVariable = "NORDIC_COMPARE_UPDATE_GOLDEN"

    /// Whether this run regenerates instead of comparing.
    static var isUpdating: Bool { ProcessInfo.processInfo.environment[updateVariable] == "1" }

    /// `Tests/BriefingRenderersTests/Golden` in the source tree (used only when regenerating).
    static var sourceFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    /// The golden folder as copied into the test bundle.
    static var bundleFolder: URL? {
        Bundle.module.resourceURL?.appendingPathComponent("Golden")
    }

    /// The names of the golden files of one format in the bundle, sorted.
    static func bundledNames(format: String) -> [String] {
        guard let folder = bundleFolder?.appendingPathComponent(format),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Compares `actual` with `Golden/<format>/<name>`, or writes it there when regenerating.
    static func check(_ actual: [UInt8], format: String, name: String,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        let relative = format + "/" + name
        if isUpdating {
            let url = sourceFolder.appendingPathComponent(relative)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                        withIntermediateDirectories: true)
                try Data(actual).write(to: url)
                Issue.record("Regenerated golden file Golden/\(relative); review it with git diff, then rerun without \(updateVariable)",
                             sourceLocation: sourceLocation)
            } catch {
                Issue.record("Could not write golden file \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let url = bundleFolder?.appendingPathComponent(relative),
              let expected = FileManager.default.contents(atPath: url.path)
        else {
            Issue.record("No golden file Golden/\(relative); create it with \(updateVariable)=1 swift test --filter BriefingRenderersTests",
                         sourceLocation: sourceLocation)
            return
        }
        if Array(expected) != actual {
            let message = "Golden/\(relative) differs from the output. \(firstDifference(expected: Array(expected), actual: actual))"
                + "If the change is intended, regenerate with \(updateVariable)=1 and review the diff."
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

    /// A readable description of where two texts first differ, line by line (CR shown as `\r`).
    static func firstDifference(expected: [UInt8], actual: [UInt8]) -> String {
        let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let wanted = index < expectedLines.count ? visible(expectedLines[index]) : "<no line: expected output ends here>"
            let got = index < actualLines.count ? visible(actualLines[index]) : "<no line: actual output ends here>"
            if wanted != got {
                return "First difference at line \(index + 1):\n  expected: \(wanted)\n  actual:   \(got)\n"
            }
        }
        return "The texts differ only in bytes that are not valid UTF-8."
    }

    private static func visible(_ line: Substring) -> String {
        line.unicodeScalars.map { scalar in
            switch scalar {
            case "\r": return "\\r"
            case "\t": return "\\t"
            default: return scalar.value < 0x20 ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
            }
        }.joined()
    }
}

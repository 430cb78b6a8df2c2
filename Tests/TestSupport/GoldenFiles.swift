import Foundation
import Testing

/// Golden files: reviewed expected output, checked into a folder of the repository and compared byte for byte.
///
/// Each test target that has golden files names its folder once (`GoldenFiles.renderers`, `GoldenFiles.shipped`)
/// and checks output with `check(_:_:)`. Set `NORDIC_COMPARE_UPDATE_GOLDEN=1` to write the current output to the
/// source tree instead of comparing; the test then fails on purpose, so a regeneration is never mistaken for a
/// pass. Review the diff and rerun without the variable.
public struct GoldenFiles: Sendable {
    /// The environment variable that turns regeneration on.
    public static let updateVariable = "NORDIC_COMPARE_UPDATE_GOLDEN"

    /// Whether this run regenerates instead of comparing.
    public static var isUpdating: Bool { ProcessInfo.processInfo.environment[updateVariable] == "1" }

    /// The folder in the source tree, where regenerated files are written.
    public let sourceFolder: URL
    /// The folder the expected files are read from: the source folder, or a copy of it in a test bundle.
    public let readFolder: URL?
    /// The folder as messages name it, relative to the repository root.
    public let name: String
    /// The test target whose tests write these files, for the command a message suggests.
    public let testTarget: String

    /// A golden folder in the source tree, read where it is.
    public init(sourceFolder: URL, name: String, testTarget: String) {
        self.init(sourceFolder: sourceFolder, readFolder: sourceFolder, name: name, testTarget: testTarget)
    }

    /// A golden folder in the source tree, read from a copy (`nil` when the copy cannot be found).
    public init(sourceFolder: URL, readFolder: URL?, name: String, testTarget: String) {
        self.sourceFolder = sourceFolder
        self.readFolder = readFolder
        self.name = name
        self.testTarget = testTarget
    }

    /// Compares `actual` with the golden file at `relativePath` in the folder, or writes it there when regenerating.
    public func check(_ actual: [UInt8], _ relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let shown = name + "/" + relativePath
        if Self.isUpdating {
            let url = sourceFolder.appendingPathComponent(relativePath)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual).write(to: url)
                Issue.record("Regenerated golden file \(shown); review it with git diff, then rerun without \(Self.updateVariable)",
                             sourceLocation: sourceLocation)
            } catch {
                Issue.record("Could not write golden file \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let url = readFolder?.appendingPathComponent(relativePath),
              let expected = FileManager.default.contents(atPath: url.path)
        else {
            Issue.record("No golden file \(shown); create it with \(Self.updateVariable)=1 swift test --filter \(testTarget) and review it",
                         sourceLocation: sourceLocation)
            return
        }
        if Array(expected) != actual {
            let message = "\(shown) differs from the output. \(Self.firstDifference(expected: Array(expected), actual: actual))"
                + "If the change is intended, regenerate with \(Self.updateVariable)=1 and review the diff."
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

    /// The names of the files in `subfolder` of the folder the expected files are read from, sorted (hidden files
    /// left out), so a test can check that the folder holds exactly the files the code writes.
    public func names(in subfolder: String) -> [String] {
        guard let folder = readFolder?.appendingPathComponent(subfolder),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// A readable description of where two texts first differ, line by line (lines end at LF; CR, tab and other
    /// controls are shown escaped).
    public static func firstDifference(expected: [UInt8], actual: [UInt8]) -> String {
        let expectedLines = expected.split(separator: 0x0A, omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: 0x0A, omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let wanted = index < expectedLines.count ? expectedLines[index] : nil
            let got = index < actualLines.count ? actualLines[index] : nil
            if let wanted, let got, wanted.elementsEqual(got) { continue }
            let shownWanted = wanted.map(visible) ?? "<no line: expected output ends here>"
            let shownGot = got.map(visible) ?? "<no line: actual output ends here>"
            return "First difference at line \(index + 1):\n  expected: \(shownWanted)\n  actual:   \(shownGot)\n"
        }
        return "The texts are the same.\n"
    }

    private static func visible(_ line: ArraySlice<UInt8>) -> String {
        String(decoding: line, as: UTF8.self).unicodeScalars.map { scalar in
            switch scalar {
            case "\r": return "\\r"
            case "\t": return "\\t"
            default: return scalar.value < 0x20 ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
            }
        }.joined()
    }
}

import BriefingRenderers
import Foundation

/// Why outputs could not be written.
public struct OutputWriteError: Error, Sendable, CustomStringConvertible {
    /// The path that failed.
    public let path: String
    /// What went wrong.
    public let reason: String
    /// `path: error: reason`.
    public var description: String { "\(path):1:1: error: cannot write output: \(reason)" }
}

/// Writes rendered files so that no reader ever sees half a file: every file is written to a temporary file in
/// the output folder first, and only when all are written are they renamed into place.
public enum OutputWriter {
    /// Writes the files into `folder` (created if missing) and returns their paths.
    public static func write(_ files: [RenderedFile], to folder: String) throws(OutputWriteError) -> [String] {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputWriteError(path: folder, reason: "cannot create the output folder (\(error.localizedDescription))")
        }
        var staged: [(temporary: String, final: String)] = []
        func discardStaged() {
            for file in staged { try? manager.removeItem(atPath: file.temporary) }
        }
        for file in files {
            let final = folder + "/" + file.relativePath
            let temporary = folder + "/.\(file.relativePath).partial-\(ProcessInfo.processInfo.processIdentifier)"
            guard manager.createFile(atPath: temporary, contents: Data(file.contents)) else {
                discardStaged()
                throw OutputWriteError(path: final, reason: "the file could not be created")
            }
            staged.append((temporary, final))
        }
        for (index, file) in staged.enumerated() where rename(file.temporary, file.final) != 0 {
            let reason = String(cString: strerror(errno))
            for remaining in staged[index...] { try? manager.removeItem(atPath: remaining.temporary) }
            throw OutputWriteError(path: file.final, reason: reason)
        }
        return staged.map(\.final)
    }
}

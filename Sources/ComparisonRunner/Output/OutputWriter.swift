import BriefingRenderers
import ComparisonKit
import Foundation

/// Why outputs could not be written.
public struct OutputWriteError: Error, Sendable, CustomStringConvertible {
    /// The path that failed.
    public let path: String
    /// What went wrong.
    public let reason: String
    /// `path:1:1: error: cannot write output: reason`.
    public var description: String { "\(path):1:1: error: cannot write output: \(reason)" }
}

/// Writes a run's files so that no reader ever sees half a file and a failed run leaves earlier output as it was:
/// every file is written to a temporary file in the output folder first, and only when all are written are they
/// renamed into place. Renderers stream their files straight to disk, so memory does not grow with the output.
public enum OutputWriter {
    /// Renders `document` with every renderer (concurrently, each streaming to its own temporary files) into
    /// `folder` (created if missing) and returns the paths written, in renderer order.
    public static func write(
        _ document: BriefingDocument, with renderers: [any BriefingRenderer], to folder: String
    ) throws(OutputWriteError) -> [String] {
        try createFolder(folder)
        let sinks = concurrentMap(renderers) { renderer in
            let sink = StagedFileSink(folder: folder)
            renderer.write(document, to: sink)
            return sink
        }
        return try commit(sinks)
    }

    /// Writes files already rendered into `folder` (created if missing) and returns their paths.
    public static func write(_ files: [RenderedFile], to folder: String) throws(OutputWriteError) -> [String] {
        try createFolder(folder)
        let sink = StagedFileSink(folder: folder)
        for file in files { sink.writeFile(file) }
        return try commit([sink])
    }

    private static func createFolder(_ folder: String) throws(OutputWriteError) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputWriteError(path: folder, reason: "cannot create the output folder (\(error.localizedDescription))")
        }
    }

    /// Renames every staged file into place, or removes them all when any write failed.
    private static func commit(_ sinks: [StagedFileSink]) throws(OutputWriteError) -> [String] {
        if let failure = sinks.lazy.compactMap(\.failure).first {
            for sink in sinks { sink.discard() }
            throw failure
        }
        let staged = sinks.flatMap(\.staged)
        // A folder where a file goes would stop its rename half way through the set: find it before renaming any.
        var status = stat()
        if let blocked = staged.first(where: { stat($0.final, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR }) {
            for sink in sinks { sink.discard() }
            throw OutputWriteError(path: blocked.final, reason: "a folder is in the way of the file; move or remove it")
        }
        for (index, file) in staged.enumerated() where rename(file.temporary, file.final) != 0 {
            let reason = String(cString: strerror(errno))
            for remaining in staged[index...] { unlink(remaining.temporary) }
            throw OutputWriteError(path: file.final, reason: reason)
        }
        return staged.map(\.final)
    }
}

package import BriefingRenderers
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
/// every file is written to a temporary file in a private staging folder inside the output folder first, and only
/// when all are written are they moved into place, all or none (see `OutputStaging`). Renderers stream their files straight to disk, so memory does not grow with the output.
package enum OutputWriter {
    /// Renders `document` with every renderer (concurrently, each streaming to its own temporary files) into
    /// `folder` (created if missing) and returns the paths written, in renderer order.
    package static func write(
        _ document: BriefingDocument, with renderers: [any BriefingRenderer], to folder: String
    ) throws(OutputWriteError) -> [String] {
        let staging = try OutputStaging(folder: folder, renderers: renderers)
        staging.write(document)
        return try staging.commit()
    }

    /// Writes files already rendered into `folder` (created if missing) and returns their paths.
    package static func write(_ files: [RenderedFile], to folder: String) throws(OutputWriteError) -> [String] {
        let staging = try OutputStaging(folder: folder, renderers: [])
        staging.stage(files)
        return try staging.commit()
    }
}

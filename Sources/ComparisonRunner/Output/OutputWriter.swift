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
/// every file is written to a temporary file in the output folder first, and only when all are written are they
/// renamed into place. Renderers stream their files straight to disk, so memory does not grow with the output.
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

/// A run's outputs on their way to the output folder: one staged sink per renderer, filled by as many documents as
/// the run writes (a table-by-table run writes one per table), then renamed into place together by `commit()`.
final class OutputStaging: @unchecked Sendable {
    /// The output folder.
    let folder: String
    private let renderers: [any BriefingRenderer]
    /// One sink per renderer, in renderer order, then any for files staged whole.
    private var sinks: [StagedFileSink]

    /// Creates the output folder if missing, and a staging area for these renderers.
    init(folder: String, renderers: [any BriefingRenderer]) throws(OutputWriteError) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputWriteError(path: folder, reason: "cannot create the output folder (\(error.localizedDescription))")
        }
        self.folder = folder
        self.renderers = renderers
        self.sinks = renderers.map { _ in StagedFileSink(folder: folder) }
        Self.removeAbandonedFiles(in: folder)
    }

    /// Removes the temporary files (`.<name>.partial-<pid>`) of earlier runs that were killed before they could
    /// rename or remove them: those whose process no longer exists. Files of a run still going on are left alone.
    static func removeAbandonedFiles(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(".") {
            guard let marker = name.range(of: StagedFileSink.temporaryMarker, options: .backwards),
                  let pid = Int32(name[marker.upperBound...]), pid > 0,
                  pid != ProcessInfo.processInfo.processIdentifier
            else { continue }
            if kill(pid, 0) != 0, errno == ESRCH { unlink(folder + "/" + name) }
        }
    }

    /// Writes the document with every renderer, concurrently, each into its own sink.
    func write(_ document: BriefingDocument) {
        DispatchQueue.concurrentPerform(iterations: renderers.count) { index in
            renderers[index].write(document, to: sinks[index])
        }
    }

    /// Stages files already rendered.
    func stage(_ files: [RenderedFile]) {
        let sink = StagedFileSink(folder: folder)
        for file in files { sink.writeFile(file) }
        sinks.append(sink)
    }

    /// Moves every staged file into place (see `FileReplacement`), in renderer order, and returns the final paths;
    /// or, when any write failed, two outputs have one name or a folder is in the way of a file, removes them all
    /// and throws.
    func commit() throws(OutputWriteError) -> [String] {
        func discard(_ error: OutputWriteError) -> OutputWriteError {
            for sink in sinks { sink.discard() }
            return error
        }
        if let failure = sinks.lazy.compactMap(\.failure).first { throw discard(failure) }
        let staged = sinks.flatMap(\.staged)
        // Two outputs with one name would overwrite each other, and the second rename would fail half way through
        // the set; so would a folder where a file goes. Find both before renaming any.
        var finals: Set<String> = []
        if let repeated = staged.first(where: { !finals.insert($0.final).inserted }) {
            throw discard(OutputWriteError(path: repeated.final, reason: "two outputs of this run have the same name"))
        }
        var status = stat()
        if let blocked = staged.first(where: { stat($0.final, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR }) {
            throw discard(OutputWriteError(path: blocked.final,
                                           reason: "a folder is in the way of the file; move or remove it"))
        }
        for (index, file) in staged.enumerated() {
            if case .failure(let error) = FileReplacement.move(file.temporary, to: file.final) {
                for remaining in staged[index...] { unlink(remaining.temporary) }
                throw OutputWriteError(path: file.final, reason: error.message)
            }
        }
        return staged.map(\.final)
    }
}

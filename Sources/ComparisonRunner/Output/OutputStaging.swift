internal import BriefingRenderers
import ComparisonKit
import Foundation

/// A run's outputs on their way to the output folder: one staged sink per renderer, filled by as many documents as
/// the run writes (a table-by-table run writes one per table), then moved into place together by `commit()`.
///
/// The output folder is opened once; every file operation after that is relative to it and to the run's staging
/// folder (see `StagingFolder` for how temporary files are named, created, locked and cleaned up), so nothing in the
/// folder, however planted, can redirect a write outside it.
final class OutputStaging: @unchecked Sendable {
    /// The output folder's path.
    let folder: String
    private let output: DirectoryHandle
    private let staging: StagingFolder
    private let renderers: [any BriefingRenderer]
    /// One sink per renderer, in renderer order, then any for files staged whole.
    private var sinks: [StagedFileSink]
    /// Whether the staging folder has been removed.
    private var finished = false

    /// Creates the output folder if missing, removes what killed runs left in it, and creates this run's staging
    /// folder for these renderers.
    init(folder: String, renderers: [any BriefingRenderer]) throws(OutputWriteError) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputWriteError(path: folder, reason: "cannot create the output folder (\(error.localizedDescription))")
        }
        do {
            output = try DirectoryHandle(path: folder)
        } catch {
            throw OutputWriteError(path: folder, reason: "cannot open the output folder (\(error.message))")
        }
        StagingFolder.removeAbandoned(in: output, names: output.names() ?? [])
        let staging: StagingFolder
        do {
            staging = try StagingFolder.create(in: output)
        } catch {
            throw OutputWriteError(path: folder, reason: "cannot create a temporary folder in the output folder (\(error.message))")
        }
        self.staging = staging
        self.folder = folder
        self.renderers = renderers
        self.sinks = renderers.indices.map { StagedFileSink(staging: staging, number: $0, folder: folder) }
    }

    deinit { finish(discarding: true) }

    /// Writes the document with every renderer, concurrently, each into its own sink; only with those `including`
    /// accepts, when given.
    func write(_ document: BriefingDocument, including: ((any BriefingRenderer) -> Bool)? = nil) {
        let chosen = renderers.indices.filter { including?(renderers[$0]) ?? true }
        DispatchQueue.concurrentPerform(iterations: chosen.count) { position in
            let index = chosen[position]
            renderers[index].write(document, to: sinks[index])
        }
    }

    /// Stages files already rendered.
    func stage(_ files: [RenderedFile]) {
        let sink = StagedFileSink(staging: staging, number: sinks.count, folder: folder)
        for file in files { sink.writeFile(file) }
        sinks.append(sink)
    }

    /// A sink of its own for files that are not a renderer's (a run's snapshot of its inputs), written by the caller,
    /// on any one thread, while the renderers write theirs; its files are moved into place with the rest. Unless
    /// `hashing` is false, it computes each file's SHA-256 as it is written.
    func addSink(hashing: Bool = true) -> StagedFileSink {
        let sink = StagedFileSink(staging: staging, number: sinks.count, folder: folder, hashing: hashing)
        sinks.append(sink)
        return sink
    }

    /// The files staged so far, in the order they will be moved, with their sizes and digests.
    var stagedFiles: [StagedFileSink.StagedFile] { sinks.flatMap(\.staged) }

    /// How many files are staged so far.
    var stagedCount: Int { sinks.reduce(0) { $0 + $1.staged.count } }

    /// Moves every staged file into place (see `FileReplacement`), in renderer order, and returns the final paths.
    ///
    /// All or nothing: when any write failed, two outputs have one name or a folder is in the way of a file, nothing
    /// is moved; when a move fails part way (an old file that cannot be replaced), the files already moved are put
    /// back. Either way the temporary files are removed and the error names the file; should putting back fail,
    /// the error names which files are this run's and which are as they were.
    func commit() throws(OutputWriteError) -> [String] {
        var failed = true
        defer { finish(discarding: failed) }
        if let failure = sinks.lazy.compactMap(\.failure).first { throw failure }
        let staged = sinks.flatMap(\.staged)
        // Two outputs with one name would overwrite each other, and a folder where a file goes would make a move
        // fail: find both before moving any. The folders files go to are opened (or created) first.
        var finals: Set<String> = []
        if let repeated = staged.first(where: { !finals.insert($0.final).inserted }) {
            throw OutputWriteError(path: path(repeated.final), reason: "two outputs of this run have the same name")
        }
        let subfolders = OutputSubfolders(output: output, folder: folder)
        var placed = false
        defer { if !placed { subfolders.removeCreated() } }
        var targets: [(file: StagedFileSink.StagedFile, folder: DirectoryHandle, name: String)] = []
        for file in staged {
            let (parent, name) = try subfolders.parent(of: file.final)
            if parent.kind(of: name) == .directory { throw folderInTheWay(file.final) }
            targets.append((file, parent, name))
        }
        var moved: [Moved] = []
        for target in targets {
            let file = target.file
            switch FileReplacement.move(file.temporary, in: staging.handle, to: target.name, in: target.folder) {
            case .success(let outcome):
                moved.append(Moved(file: file, folder: target.folder, name: target.name, outcome: outcome))
                // A folder that appeared at the name since the check above was exchanged with the file: put it back.
                if outcome == .exchanged, staging.handle.kind(of: file.temporary) == .directory {
                    throw rollBack(moved, failing: file.final, reason: folderInTheWay(file.final).reason, set: staged)
                }
            case .failure(let error):
                throw rollBack(moved, failing: file.final, reason: "the file could not be replaced (\(error.message))",
                               set: staged)
            }
        }
        placed = true
        // The whole set is in place: remove the earlier files, which now have the temporary names.
        for entry in moved where entry.outcome == .exchanged { staging.handle.removeEntry(entry.file.temporary) }
        for sink in sinks { sink.forget() }
        failed = false
        return staged.map { path($0.final) }
    }

    /// A file moved into place: where it went and how, so the move can be undone.
    private struct Moved {
        let file: StagedFileSink.StagedFile
        let folder: DirectoryHandle
        let name: String
        let outcome: FileReplacement.Outcome
    }

    /// Puts back what `moved` replaced, newest first, and returns the error to throw.
    private func rollBack(_ moved: [Moved], failing final: String, reason: String,
                          set: [StagedFileSink.StagedFile]) -> OutputWriteError {
        var stillNew: Set<String> = []
        for entry in moved.reversed()
        where !FileReplacement.undo(entry.outcome, entry.file.temporary, in: staging.handle, from: entry.name, in: entry.folder) {
            stillNew.insert(entry.file.final)
        }
        return PartialCommit(folder: folder, failing: final, reason: reason, set: set.map(\.final), stillNew: stillNew).error
    }

    private func folderInTheWay(_ final: String) -> OutputWriteError {
        OutputWriteError(path: path(final), reason: "a folder is in the way of the file; move or remove it")
    }

    private func path(_ name: String) -> String {
        folder + "/" + name
    }

    /// Removes the temporary files (when `discarding`) and the staging folder, once.
    private func finish(discarding: Bool) {
        guard !finished else { return }
        finished = true
        if discarding { for sink in sinks { sink.discard() } }
        staging.remove(from: output)
    }
}

internal import BriefingRenderers
import Foundation

/// What a run keeps beside its outputs for a later `diff --since-run`: `run-inputs.tar`, a copy of every file it read
/// (at the files' paths relative to the project, byte for byte; see `InputSnapshot`), and `run-manifest.json`. Both
/// are staged with the outputs and moved into place with them, all or nothing.
///
/// The inputs are read a second time for the snapshot (they were parsed, not kept, when the run loaded them): a file
/// edited while the run was loading could differ from what the tables show, but the snapshot and the manifest always
/// agree with each other.
enum RunRecord {
    /// Starts the snapshot of `inputs`, written while the renderers write.
    static func start(_ staging: OutputStaging, inputs: RunInputs) -> InputSnapshot {
        // The archive is not hashed whole: the manifest gives the SHA-256 of each file in it, which is what a later
        // diff checks, and hashing the archive again would cost as much as hashing the inputs.
        InputSnapshot(of: inputs, into: staging.addSink(hashing: false), folder: staging.folder)
    }

    /// Waits for the snapshot, then stages the manifest that `describe` makes of the files read and of every file
    /// staged (the snapshot aside: its files are the files read).
    static func finish(_ staging: OutputStaging, snapshot: InputSnapshot,
                       describe: (_ inputs: [RunManifest.File], _ outputs: [RunManifest.File]) -> RunManifest)
        throws(OutputWriteError) {
        let read = try snapshot.files()
        let outputs = staging.stagedFiles.filter { $0.final != InputSnapshot.fileName }
            .map { RunManifest.File(path: $0.final, size: $0.size, sha256: $0.sha256) }
        staging.stage([RenderedFile(relativePath: RunManifest.fileName, contents: describe(read, outputs).encoded())])
    }
}

internal import BriefingRenderers
import Foundation

/// What a run keeps beside its outputs for a later `diff --since-run`: a snapshot of every file it read
/// (`run-inputs/`, at the files' paths relative to the project, byte for byte) and `run-manifest.json`. Both are
/// staged with the outputs and moved into place with them, all or nothing; the snapshot folder replaces the previous
/// run's whole.
///
/// The inputs are read a second time for the snapshot (they were parsed, not kept, when the run loaded them): a file
/// edited while the run was loading could differ from what the tables show, but the snapshot and the manifest always
/// agree with each other.
enum RunRecord {
    /// Stages the snapshot of `inputs` and the manifest describing it and everything else `staging` holds.
    static func stage(into staging: OutputStaging, inputs: RunInputs,
                      describe: (_ inputs: [RunManifest.File], _ outputs: [RunManifest.File]) -> RunManifest)
        throws(OutputWriteError) {
        let outputs = staging.stagedFiles.filter { !$0.isFolder }
            .map { RunManifest.File(path: $0.final, size: $0.size, sha256: $0.sha256) }
        let tree = try staging.stageFolder(RunManifest.snapshotFolder)
        var read: [RunManifest.File] = []
        read.reserveCapacity(inputs.files.count)
        for file in inputs.files {
            let bytes: [UInt8]
            do {
                bytes = try RunInputs.bytes(of: file)
            } catch {
                throw OutputWriteError(path: tree.folder + "/" + file.relativePath,
                                       reason: "cannot keep a copy of the input for `diff --since-run`: \(error.description)")
            }
            try tree.add(file.relativePath, bytes: bytes)
            read.append(RunManifest.File(path: file.relativePath, role: file.role, size: bytes.count,
                                         sha256: SHA256Digest.hex(of: bytes)))
        }
        staging.stage([RenderedFile(relativePath: RunManifest.fileName, contents: describe(read, outputs).encoded())])
    }
}

import Foundation

/// A run's snapshot of the files it read, `run-inputs.tar` (see `TarArchive`), written on a thread of its own into a
/// sink of the run's staging, while the renderers write the outputs: each input is read again, hashed, and streamed
/// into the archive, one file at a time.
final class InputSnapshot: @unchecked Sendable {
    /// The snapshot's name in the output folder.
    static let fileName = "run-inputs.tar"

    private let group = DispatchGroup()
    /// What the thread found: the files read, or why the snapshot could not be written. Read after `group` is done.
    private var outcome: Result<[RunManifest.File], OutputWriteError> = .success([])

    /// Starts writing the snapshot of `inputs` into `sink`; `folder` is the output folder's path, for messages.
    init(of inputs: RunInputs, into sink: StagedFileSink, folder: String) {
        DispatchQueue.global(qos: .userInitiated).async(group: group) { [self] in
            outcome = Self.write(inputs, into: sink, folder: folder)
        }
    }

    /// Waits for the snapshot, and returns every file read with its size and SHA-256, in order.
    func files() throws(OutputWriteError) -> [RunManifest.File] {
        group.wait()
        return try outcome.get()
    }

    private static func write(_ inputs: RunInputs, into sink: StagedFileSink,
                              folder: String) -> Result<[RunManifest.File], OutputWriteError> {
        sink.beginFile(fileName)
        defer { sink.endFile() }
        var files: [RunManifest.File] = []
        files.reserveCapacity(inputs.files.count)
        func failure(_ reason: String) -> Result<[RunManifest.File], OutputWriteError> {
            sink.fail(fileName, reason: reason)
            return .failure(OutputWriteError(path: folder + "/" + fileName, reason: reason))
        }
        var archive = BatchedWrites(to: sink)
        for file in inputs.files {
            let bytes: [UInt8]
            do {
                bytes = try RunInputs.bytes(of: file)
            } catch {
                return failure("cannot keep a copy of an input for `diff --since-run`: \(error.description)")
            }
            archive.append(TarArchive.headers(path: file.relativePath, size: bytes.count))
            archive.append(bytes)
            archive.append(TarArchive.padding(after: bytes.count))
            files.append(RunManifest.File(path: file.relativePath, role: file.role, size: bytes.count,
                                          sha256: SHA256Digest.hex(of: bytes)))
        }
        archive.append(TarArchive.end)
        archive.flush()
        return .success(files)
    }
}

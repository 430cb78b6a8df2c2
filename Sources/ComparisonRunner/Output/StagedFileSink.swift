internal import BriefingRenderers
import Foundation

/// A sink that writes each file a renderer streams to it to a temporary file of the run's staging folder (see
/// `StagingFolder`), so that a reader never sees half a file: `OutputStaging` moves the files into place only when
/// every renderer of the run has finished without a failure, and removes them otherwise.
///
/// One renderer writes to one sink, one file at a time. The first failure (a file that cannot be created, a full
/// disk, a name that is not a plain file name) is kept in `failure`; what the renderer writes after it is ignored.
final class StagedFileSink: RenderSink, @unchecked Sendable {
    /// A file written under its temporary name, waiting to be moved.
    struct StagedFile {
        /// Its name in the staging folder.
        let temporary: String
        /// Its name in the output folder.
        let final: String
        /// Its size in bytes, once ended.
        var size = 0
        /// Its SHA-256 (hex), once ended; empty from a sink that does not hash.
        var sha256 = ""
    }

    /// The output folder's path, for messages.
    let folder: String
    /// The files written so far, in order.
    private(set) var staged: [StagedFile] = []
    /// The first failure, if any.
    private(set) var failure: OutputWriteError?
    /// How many bytes were written in all.
    private(set) var byteCount = 0
    private let staging: StagingFolder
    /// This sink's number, which makes its temporary names distinct from the other sinks'.
    private let number: Int
    /// The number of the next temporary file.
    private var nextFile = 0
    private var descriptor: Int32 = -1
    private var current: StagedFile?
    /// The digest of the file being written, fed every byte as it is written (no second read).
    private var digest = SHA256Digest()
    /// The size of the file being written.
    private var currentSize = 0

    /// Whether the sink hashes what it writes (`StagedFile.sha256`).
    private let hashes: Bool

    /// Creates a sink writing into `staging`, with a number no other sink of the run has; `folder` is the output
    /// folder's path, for messages. Unless `hashing` is false, each file's SHA-256 is computed as it is written.
    init(staging: StagingFolder, number: Int, folder: String, hashing: Bool = true) {
        self.staging = staging
        self.number = number
        self.folder = folder
        self.hashes = hashing
    }

    /// Creates the file's temporary file, exclusively.
    func beginFile(_ relativePath: String) {
        guard failure == nil else { return }
        guard Self.isSafeRelativePath(relativePath) else {
            fail(folder + "/" + relativePath, "an output's name must be a path of plain names inside the output folder")
            return
        }
        let final = folder + "/" + relativePath
        while true {
            let temporary = StagingFolder.temporaryName(sink: number, file: nextFile)
            nextFile += 1
            switch staging.handle.createFile(temporary) {
            case .success(let opened):
                descriptor = opened
                let file = StagedFile(temporary: temporary, final: relativePath)
                current = file
                staged.append(file)
                digest = SHA256Digest()
                currentSize = 0
                return
            case .failure(let error) where error.code == EEXIST && nextFile < 1_000_000:
                continue
            case .failure(let error):
                fail(final, "the file could not be created (\(error.message))")
                return
            }
        }
    }

    /// Writes the bytes to the temporary file, retrying short writes.
    func write(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, descriptor >= 0, let base = bytes.baseAddress else { return }
        var written = 0
        while written < bytes.count {
            let result = posixWrite(descriptor, base + written, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                fail(currentPath, SystemError.current.message)
                return
            }
            written += result
        }
        if hashes { digest.update(bytes) }
        currentSize += bytes.count
        byteCount += bytes.count
    }

    /// Closes the temporary file.
    func endFile() {
        guard descriptor >= 0 else { return }
        if close(descriptor) != 0, failure == nil {
            fail(currentPath, SystemError.current.message)
        }
        if !staged.isEmpty {
            staged[staged.count - 1].size = currentSize
            staged[staged.count - 1].sha256 = hashes ? digest.hexDigest() : ""
        }
        descriptor = -1
        current = nil
    }

    /// Records a renderer's failure to make a file, so the run writes nothing and reports it.
    func fail(_ relativePath: String, reason: String) {
        fail(folder + "/" + relativePath, reason)
    }

    /// Removes every temporary file this sink wrote.
    func discard() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        for file in staged { staging.handle.removeEntry(file.temporary) }
        staged = []
    }

    /// Forgets the files, which have been moved into place.
    func forget() {
        staged = []
    }

    /// Whether `path` names a file inside the output folder: plain names (see `isPlainFileName`) joined by `/`, so
    /// not absolute, never `.` or `..`, no empty part.
    static func isSafeRelativePath(_ path: String) -> Bool {
        path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { isPlainFileName(String($0)) }
    }

    /// Whether `name` names a file directly in a folder: not empty, not `.` or `..`, no `/`.
    static func isPlainFileName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.utf8.contains(UInt8(ascii: "/"))
            && !name.utf8.contains(0)
    }

    private var currentPath: String {
        current.map { folder + "/" + $0.final } ?? folder
    }

    private func fail(_ path: String, _ reason: String) {
        if failure == nil { failure = OutputWriteError(path: path, reason: reason) }
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
    }
}

/// `write(2)`, under a name that `RenderSink.write` does not shadow.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    Foundation.write(descriptor, bytes, count)
}

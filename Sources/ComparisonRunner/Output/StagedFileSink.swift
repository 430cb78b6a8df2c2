internal import BriefingRenderers
import Foundation

/// A sink that writes each file a renderer streams to it under a temporary name in the output folder
/// (`.<name>.partial-<pid>`), so that a reader never sees half a file: `OutputWriter` renames the files into place
/// only when every renderer of the run has finished without a failure, and removes them otherwise.
///
/// One renderer writes to one sink, one file at a time. The first failure (a file that cannot be created, a full
/// disk) is kept in `failure`; what the renderer writes after it is ignored.
final class StagedFileSink: RenderSink, @unchecked Sendable {
    /// A file written under its temporary name, waiting to be renamed.
    struct StagedFile {
        /// The temporary path the file was written to.
        let temporary: String
        /// The path it is renamed to.
        let final: String
    }

    /// What separates a staged file's name from the id of the process writing it: `.<name>.partial-<pid>`.
    static let temporaryMarker = ".partial-"

    /// The output folder.
    let folder: String
    /// The files written so far, in order.
    private(set) var staged: [StagedFile] = []
    /// The first failure, if any.
    private(set) var failure: OutputWriteError?
    /// How many bytes were written in all.
    private(set) var byteCount = 0
    private var descriptor: Int32 = -1
    private var current: StagedFile?

    /// Creates a sink writing into `folder`, which must exist.
    init(folder: String) {
        self.folder = folder
    }

    /// Creates the file's temporary file.
    func beginFile(_ relativePath: String) {
        guard failure == nil else { return }
        let file = StagedFile(
            temporary: folder + "/.\(relativePath)\(Self.temporaryMarker)\(ProcessInfo.processInfo.processIdentifier)",
            final: folder + "/" + relativePath)
        descriptor = open(file.temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            fail(file.final, "the file could not be created (\(String(cString: strerror(errno))))")
            return
        }
        current = file
        staged.append(file)
    }

    /// Writes the bytes to the temporary file, retrying short writes.
    func write(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, descriptor >= 0, let base = bytes.baseAddress else { return }
        var written = 0
        while written < bytes.count {
            let result = posixWrite(descriptor, base + written, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                fail(current?.final ?? folder, String(cString: strerror(errno)))
                return
            }
            written += result
        }
        byteCount += bytes.count
    }

    /// Closes the temporary file.
    func endFile() {
        guard descriptor >= 0 else { return }
        if close(descriptor) != 0, failure == nil {
            fail(current?.final ?? folder, String(cString: strerror(errno)))
        }
        descriptor = -1
        current = nil
    }

    /// Removes every temporary file this sink wrote.
    func discard() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        for file in staged { unlink(file.temporary) }
        staged = []
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

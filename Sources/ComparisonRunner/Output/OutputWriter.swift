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
            guard writeContents(file.contents, toNewFile: temporary) else {
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

    /// Writes the bytes to a file straight from the array (no `Data` copy of a file that may be tens of megabytes,
    /// and no second temporary file: the caller already writes under a temporary name). False on any failure.
    private static func writeContents(_ contents: [UInt8], toNewFile path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return false }
        var written = 0
        let complete = contents.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let result = posixWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += result
            }
            return true
        }
        return close(descriptor) == 0 && complete
    }
}

/// `write(2)`, under a name that `OutputWriter.write` does not shadow.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

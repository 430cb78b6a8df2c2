import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder being built in a run's staging folder, to be moved into the output folder whole (a run's snapshot of the
/// files it read, see `RunRecord`): its subfolders and files are created relative to its descriptor, exclusively and
/// never through a link, like every staged file.
final class StagedInputTree {
    /// The folder's path in the output folder, for messages.
    let folder: String
    private let root: DirectoryHandle
    /// The subfolders opened so far, by their path relative to the tree ("" is the tree).
    private var opened: [String: DirectoryHandle]

    /// Creates the folder `temporary` in `staging`; `folder` is its final path, for messages.
    init(staging: DirectoryHandle, temporary: String, folder: String) throws(OutputWriteError) {
        self.folder = folder
        if case .failure(let error) = staging.createFolder(temporary) {
            throw OutputWriteError(path: folder, reason: "the folder could not be created (\(error.message))")
        }
        do {
            root = try DirectoryHandle(temporary, in: staging)
        } catch {
            throw OutputWriteError(path: folder, reason: "the folder could not be opened (\(error.message))")
        }
        opened = ["": root]
    }

    /// Writes `bytes` as the file `relativePath` (plain names joined by `/`) in the tree, creating its folders.
    func add(_ relativePath: String, bytes: [UInt8]) throws(OutputWriteError) {
        let target = folder + "/" + relativePath
        guard StagedFileSink.isSafeRelativePath(relativePath) else {
            throw OutputWriteError(path: target, reason: "a snapshot file's name must be a path of plain names")
        }
        var components = relativePath.split(separator: "/").map(String.init)
        let name = components.removeLast()
        var handle = root
        var path = ""
        for component in components {
            path = path.isEmpty ? component : path + "/" + component
            if let known = opened[path] {
                handle = known
                continue
            }
            if case .failure(let error) = handle.createFolder(component), error.code != EEXIST {
                throw OutputWriteError(path: folder + "/" + path, reason: "the folder could not be created (\(error.message))")
            }
            do {
                handle = try DirectoryHandle(component, in: handle)
            } catch {
                throw OutputWriteError(path: folder + "/" + path, reason: "the folder could not be opened (\(error.message))")
            }
            opened[path] = handle
        }
        let descriptor: Int32
        switch handle.createFile(name) {
        case .success(let opened): descriptor = opened
        case .failure(let error):
            throw OutputWriteError(path: target, reason: "the file could not be created (\(error.message))")
        }
        var failure: SystemError?
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var written = 0
            while written < buffer.count {
                let result = Foundation.write(descriptor, base + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = .current
                    return
                }
                written += result
            }
        }
        if close(descriptor) != 0, failure == nil { failure = .current }
        if let failure { throw OutputWriteError(path: target, reason: failure.message) }
    }
}

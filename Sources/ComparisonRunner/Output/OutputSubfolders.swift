import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The folders inside the output folder that a run's files go to (the data package's `data/`), opened relative to the
/// output folder's descriptor and created when missing, never through a link: a link, a file or anything else at a
/// folder's name is an error that names it, so a planted link cannot send a file outside the output folder.
///
/// The folders a commit created are removed again (when still empty) if the commit fails, so a failed run leaves the
/// output folder as it was.
final class OutputSubfolders {
    private let output: DirectoryHandle
    private let folder: String
    /// The folders opened so far, by their path relative to the output folder ("" is the output folder).
    private var opened: [String: DirectoryHandle]
    /// The folders this commit created, in the order created.
    private(set) var created: [String] = []

    /// Resolves folders inside `output`, whose path is `folder` (for messages).
    init(output: DirectoryHandle, folder: String) {
        self.output = output
        self.folder = folder
        self.opened = ["": output]
    }

    /// The folder that holds `relativePath` (opened, or created when missing), and the file's own name in it.
    func parent(of relativePath: String) throws(OutputWriteError) -> (folder: DirectoryHandle, name: String) {
        var components = relativePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let name = components.removeLast()
        var handle = output
        var path = ""
        for component in components {
            path = path.isEmpty ? component : path + "/" + component
            if let known = opened[path] {
                handle = known
                continue
            }
            switch handle.kind(of: component) {
            case nil:
                if mkdirat(handle.descriptor, component, 0o777) == 0 {
                    created.append(path)
                } else if errno != EEXIST {
                    // EEXIST: something appeared at the name meanwhile; opening it below accepts only a folder.
                    throw OutputWriteError(path: folder + "/" + path,
                                           reason: "cannot create the folder (\(SystemError.current.message))")
                }
            case .directory:
                break
            case .symbolicLink:
                throw OutputWriteError(path: folder + "/" + path, reason: "a link is in the way of the folder this run "
                                       + "writes into; outputs are never written through a link: move or remove it")
            case .regular, .other:
                throw OutputWriteError(path: folder + "/" + path,
                                       reason: "a file is in the way of the folder this run writes into; move or remove it")
            }
            do {
                handle = try DirectoryHandle(component, in: handle)
            } catch {
                throw OutputWriteError(path: folder + "/" + path, reason: "cannot open the folder (\(error.message)); "
                                       + "outputs are never written through a link")
            }
            opened[path] = handle
        }
        return (handle, name)
    }

    /// Removes the folders this commit created, deepest first, where they are empty.
    func removeCreated() {
        for path in created.reversed() {
            var components = path.split(separator: "/").map(String.init)
            let name = components.removeLast()
            let parent = opened[components.joined(separator: "/")] ?? output
            parent.removeFolder(name)
        }
        created = []
    }
}

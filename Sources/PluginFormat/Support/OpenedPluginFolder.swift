#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A plugin folder held open, so that its data files are checked and opened relative to it: one `openat` per file
/// (and one per directory below the folder, the first time it is named), where checking the absolute path with
/// `lstat` and then opening it walked every component of the path twice per file.
///
/// A file is opened this way only when it is a regular file reached from the folder without any symbolic link:
/// every directory below the folder is opened with `O_NOFOLLOW | O_DIRECTORY`, the file with `O_NOFOLLOW`, and the
/// open file is checked to be a regular file. The file read is the one checked, so nothing can be swapped for a link
/// between the check and the read. Anything else (a link, a missing file, a directory, a device) is "not shown":
/// the caller runs the full `realpath` check, which words every refusal.
final class OpenedPluginFolder {
    /// The folder itself.
    private let descriptor: Int32
    /// Directory parts of data file names (as written) already opened below the folder, each without a link.
    private var directories: [String: Int32] = [:]

    /// Opens the folder at `realFolder` (its real path), or nil when it cannot be opened.
    init?(realFolder: String) {
        let opened = open(realFolder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard opened >= 0 else { return nil }
        descriptor = opened
    }

    deinit {
        for directory in directories.values { close(directory) }
        close(descriptor)
    }

    /// The directory parts opened so far, as written in the names (for tests).
    var openedDirectories: Set<String> { Set(directories.keys) }

    /// An open, read-only descriptor of `name` (relative to the folder, without `..`) with the file's size, when it
    /// is a regular file reached without any symbolic link; nil otherwise. The caller closes it.
    func openPlainFile(_ name: String) -> (descriptor: Int32, size: Int)? {
        guard !name.hasPrefix("/"), !PathResolver.Components(of: name).hasParent else { return nil }
        let slash = name.utf8.lastIndex(of: UInt8(ascii: "/"))
        let directory = slash.map { String(name[..<$0]) } ?? ""
        let fileName = slash.map { String(name[name.index(after: $0)...]) } ?? name
        guard !fileName.isEmpty, fileName != ".", let parent = openedDirectory(directory) else { return nil }
        // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below like any other non-regular file.
        let file = openat(parent, fileName, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard file >= 0 else { return nil }
        var info = stat()
        guard fstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(file)
            return nil
        }
        return (file, Int(info.st_size))
    }

    /// The descriptor of the directory part `directory` of a name (the folder itself when it has none), opened
    /// component by component without following links; nil when some component is not a real directory.
    private func openedDirectory(_ directory: String) -> Int32? {
        if let known = directories[directory] { return known }
        var current = descriptor
        for component in directory.split(separator: "/") where component != "." {
            let next = openat(current, String(component), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if current != descriptor { close(current) }
            guard next >= 0 else { return nil }
            current = next
        }
        if current != descriptor { directories[directory] = current }
        return current
    }
}

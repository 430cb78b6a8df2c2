import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An open folder. Names in it are created, examined, listed, renamed and removed relative to its descriptor
/// (`openat`, `fstatat`, `unlinkat`, …), so that once it is open, renaming or replacing its path or any folder above
/// it cannot send an operation anywhere else; and nothing here follows a symbolic link found in the folder.
final class DirectoryHandle: @unchecked Sendable {
    /// The descriptor, open until the handle is released.
    let descriptor: Int32

    /// What a name in the folder is, as `lstat` sees it (a link is not followed).
    enum EntryKind: Equatable {
        /// A regular file.
        case regular
        /// A folder (not a link to one).
        case directory
        /// A symbolic link, whatever it points to and whether or not that exists.
        case symbolicLink
        /// A FIFO, socket or device.
        case other
    }

    /// Opens the folder at `path`. Links in the path, the last part included, are followed: the path is the user's
    /// choice (an output folder may well be a link to a larger disk; in a shared sticky folder such as `/tmp`, the
    /// kernel's `protected_symlinks` refuses to follow another user's link). It must end at a folder.
    init(path: String) throws(SystemError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .current }
        self.descriptor = descriptor
    }

    /// Opens the folder `name` inside `parent`; fails (`ELOOP` or `ENOTDIR`) when the name is a symbolic link or
    /// not a folder.
    init(_ name: String, in parent: DirectoryHandle) throws(SystemError) {
        let descriptor = openat(parent.descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw .current }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// What `name` is, or nil when nothing has that name (or it cannot be examined).
    func kind(of name: String) -> EntryKind? {
        var status = stat()
        guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// Whether `name` is still this very folder's entry in `parent` (the same file system object, not removed).
    func isStill(_ name: String, in parent: DirectoryHandle) -> Bool {
        var mine = stat(), named = stat()
        guard fstat(descriptor, &mine) == 0, mine.st_nlink > 0,
              fstatat(parent.descriptor, name, &named, AT_SYMLINK_NOFOLLOW) == 0
        else { return false }
        return mine.st_dev == named.st_dev && mine.st_ino == named.st_ino
    }

    /// The names in the folder, without `.` and `..`, in no particular order; nil when it cannot be read.
    func names() -> [String]? {
        // `fdopendir` takes the descriptor it is given, so it gets a copy (which shares the read position: rewind).
        let copy = dup(descriptor)
        guard copy >= 0 else { return nil }
        guard let stream = fdopendir(copy) else {
            close(copy)
            return nil
        }
        defer { closedir(stream) }
        rewinddir(stream)
        var names: [String] = []
        errno = 0
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return errno == 0 ? names : nil
    }

    /// Creates the regular file `name` for writing, only if nothing at all has that name (`O_EXCL`: not a file, not
    /// a link, not even a dangling one), with mode 0666 less the umask; returns its descriptor.
    func createFile(_ name: String) -> Result<Int32, SystemError> {
        let descriptor = openat(self.descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        return descriptor >= 0 ? .success(descriptor) : .failure(.current)
    }

    /// Removes the entry `name` if it is not a folder: a link itself is removed, never what it points to.
    @discardableResult
    func removeEntry(_ name: String) -> Bool {
        unlinkat(descriptor, name, 0) == 0
    }

    /// Removes the folder `name` if it is empty.
    @discardableResult
    func removeFolder(_ name: String) -> Bool {
        unlinkat(descriptor, name, AT_REMOVEDIR) == 0
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What kind of file an input is, in the words of a message: the tool reads only regular files, and names what it
/// found instead (a FIFO would block the run for ever; a folder or a device is never a YAML file).
package enum InputFileKind {
    /// "a FIFO (named pipe)", "a folder", … for the file type bits of a `st_mode` that is not a regular file; nil
    /// for a regular file.
    package static func nonRegular(mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFDIR: return "a folder"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFLNK: return "a symbolic link"
        default: return "not a file of a known kind"
        }
    }

    /// "it is a FIFO (named pipe), not a regular file": why a file of `mode` is not read, or nil when it is a
    /// regular file.
    package static func refusal(mode: mode_t) -> String? {
        nonRegular(mode: mode).map { "it is \($0), not a regular file" }
    }

    /// The refusal for the file at `path` as it is now (links followed), or nil when it is a regular file or cannot
    /// be looked at (opening it then says why). Only `stat`: nothing is opened, so a FIFO cannot block.
    package static func refusal(atPath path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return refusal(mode: info.st_mode)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The quick check that a data file named in a manifest is a regular file reached from the plugin folder without
/// any symbolic link, so it cannot lead outside the folder. It costs one `lstat` per path component below the folder
/// (fewer when the directories are already known), where `realpath` costs one per component of the whole path.
enum PlainPathCheck {
    /// True when `name` (relative, without `..`) names a regular file below `realFolder` (a real path) and no
    /// component of it is a symbolic link. False means "not shown": the caller runs the full check.
    static func isPlainFile(_ name: String, under realFolder: String, knownDirectories: inout Set<String>) -> Bool {
        let components = name.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        guard let fileName = components.last, !components.contains("..") else { return false }
        var directory = realFolder
        for component in components.dropLast() {
            directory += "/" + component
            if knownDirectories.contains(directory) { continue }
            guard kind(of: directory) == S_IFDIR else { return false }
            knownDirectories.insert(directory)
        }
        return kind(of: directory + "/" + fileName) == S_IFREG
    }

    /// The file type bits of `path` itself (a link is reported as a link), or nil when it cannot be examined.
    private static func kind(of path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }
}

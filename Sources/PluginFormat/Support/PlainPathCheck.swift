#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The quick check that a data file named in a manifest is a regular file reached from the plugin folder without
/// any symbolic link, so it cannot lead outside the folder. It costs one `lstat` for a file in a directory already
/// checked, and one per path component below the folder otherwise, where `realpath` costs one per component of
/// the whole absolute path.
enum PlainPathCheck {
    /// True when `name` (relative, without `..`) names a regular file below `realFolder` (a real path) and no
    /// component of it is a symbolic link. False means "not shown": the caller runs the full check.
    ///
    /// `knownDirectories` holds directory parts of earlier names (as written) already checked to be real
    /// directories below `realFolder`; pass the same set for every file of one plugin.
    static func isPlainFile(_ name: String, under realFolder: String, knownDirectories: inout Set<String>) -> Bool {
        let components = PathResolver.Components(of: name)
        guard !components.hasParent, !name.hasPrefix("/") else { return false }
        let slash = name.utf8.lastIndex(of: UInt8(ascii: "/"))
        let directory = slash.map { String(name[..<$0]) } ?? ""
        let fileName = slash.map { name[name.index(after: $0)...] } ?? name[...]
        guard !fileName.isEmpty, fileName != "." else { return false }
        if !directory.isEmpty, !knownDirectories.contains(directory) {
            var path = realFolder
            for component in directory.split(separator: "/") where component != "." {
                path += "/" + component
                guard kind(of: path) == S_IFDIR else { return false }
            }
            knownDirectories.insert(directory)
        }
        return kind(of: realFolder + "/" + name) == S_IFREG
    }

    /// The file type bits of `path` itself (a link is reported as a link), or nil when it cannot be examined.
    private static func kind(of path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }
}

import Foundation

/// Joins and tidies file paths lexically, so that messages show `plugins/norway/plugin.yaml` rather than
/// `config/../plugins/norway/plugin.yaml`.
enum PathResolver {
    /// `relative` resolved against the folder `base`; an absolute `relative` is returned tidied.
    static func join(_ base: String, _ relative: String) -> String {
        // The common case, tidy already: nothing to remove, so skip splitting and joining.
        if Components(of: base).isTidy, !relative.hasPrefix("/"), Components(of: relative).isTidy {
            return base + "/" + relative
        }
        if relative.hasPrefix("/") { return normalize(relative) }
        if base.isEmpty || base == "." { return normalize(relative) }
        return normalize(base + "/" + relative)
    }

    /// The folder part of a path (`.` for a bare file name).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    /// Removes `.` and resolvable `..` components and repeated slashes, keeping the path relative if it was.
    static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." { parts.removeLast() } else if !absolute { parts.append("..") }
            default: parts.append(component)
            }
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// The real, symlink-free absolute path of an existing file, or nil.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// What the components of a path are like, found in one pass over its bytes.
    struct Components {
        /// True when some component is empty (a doubled or trailing slash, or the path is empty or `/`).
        private(set) var hasEmpty = false
        /// True when some component is `.`.
        private(set) var hasDot = false
        /// True when some component is `..`.
        private(set) var hasParent = false

        /// Scans `path`; one leading slash (an absolute path) does not count as an empty component.
        init(of path: String) {
            // Over the contiguous UTF-8 bytes: iterating `String.UTF8View` costs several times more per byte, and
            // this runs on the plugin folder and the file name of every data file.
            var path = path
            self = path.withUTF8 { Components(bytes: $0) }
        }

        private init(bytes all: UnsafeBufferPointer<UInt8>) {
            var bytes = all[...]
            if bytes.first == UInt8(ascii: "/") { bytes = bytes.dropFirst() }
            var length = 0, dots = 0
            for byte in bytes {
                if byte == UInt8(ascii: "/") {
                    note(length: length, dots: dots)
                    length = 0
                    dots = 0
                } else {
                    length += 1
                    if byte == UInt8(ascii: ".") { dots += 1 }
                }
            }
            note(length: length, dots: dots)
        }

        /// True when `normalize` would leave the path as it is (and it is not the root or empty).
        var isTidy: Bool { !hasEmpty && !hasDot && !hasParent }

        private mutating func note(length: Int, dots: Int) {
            if length == 0 { hasEmpty = true }
            if length == 1, dots == 1 { hasDot = true }
            if length == 2, dots == 2 { hasParent = true }
        }
    }
}

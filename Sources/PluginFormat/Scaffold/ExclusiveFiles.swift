internal import YAMLKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file or folder that a scaffold creates.
package struct ScaffoldItem: Sendable, Equatable {
    /// The path to create.
    package var path: String
    /// The file's text, or nil for a folder.
    package var contents: String?

    /// A file with the given text.
    package static func file(_ path: String, _ contents: String) -> ScaffoldItem { ScaffoldItem(path: path, contents: contents) }
    /// A folder.
    package static func folder(_ path: String) -> ScaffoldItem { ScaffoldItem(path: path, contents: nil) }
}

/// Why a scaffold could not be written, in words for the person running it.
package struct ScaffoldError: Error, Sendable, CustomStringConvertible {
    /// The message.
    package let description: String

    /// An error with the given message.
    package init(_ description: String) { self.description = description }
}

/// Creates files and folders without ever replacing anything: every folder with `mkdir` and every file with
/// `open(O_CREAT | O_EXCL | O_NOFOLLOW)`, so an existing path (or a symbolic link planted in its place) is refused
/// rather than followed or overwritten, and every write is checked.
package enum ExclusiveFiles {
    /// True when something (a file, folder or link, even a dangling one) is at `path`.
    package static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// True when `path` is a folder and not a symbolic link.
    package static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// Creates every item in order, after checking that none of them exists; throws naming the first that does.
    /// Folders must come before the files in them.
    package static func create(_ items: [ScaffoldItem]) throws {
        if let existing = items.first(where: { exists($0.path) }) {
            throw ScaffoldError("\(existing.path) already exists; nothing was written (remove it or choose another name)")
        }
        for item in items {
            if let contents = item.contents {
                try createFile(item.path, contents)
            } else if mkdir(item.path, 0o755) != 0 {
                throw failure("cannot create the folder", item.path)
            }
        }
    }

    /// Creates the file at `path` with `contents`; throws when anything is at `path` or a write fails.
    static func createFile(_ path: String, _ contents: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw errno == EEXIST ? ScaffoldError("\(path) already exists; it was not overwritten")
                                  : failure("cannot create", path)
        }
        var bytes = Array(contents.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                let error = failure("cannot write", path)
                close(descriptor)
                throw error
            }
            bytes = bytes.dropFirst(written)
        }
        guard close(descriptor) == 0 else { throw failure("cannot finish writing", path) }
    }

    /// Replaces the regular file at `path` with `contents` in one step: the text is written to a new file beside
    /// it, which is then renamed over it, so a reader never sees half a file.
    package static func replace(_ path: String, with contents: String) throws {
        let temporary = path + ".nordic-compare-new"
        try createFile(temporary, contents)
        guard rename(temporary, path) == 0 else {
            let error = failure("cannot replace", path)
            unlink(temporary)
            throw error
        }
    }

    /// The text of the regular file at `path`, which must not be a symbolic link. It is read the way every input is
    /// (YAMLKit's file loader: opened without blocking, so a FIFO is refused, not waited on; regular files only;
    /// within its size limit).
    package static func readText(_ path: String) throws -> String {
        do {
            let bytes = try YAMLParser.readFile(atPath: path, displayPath: path, followLinks: false)
            return String(decoding: bytes, as: UTF8.self)
        } catch {
            throw ScaffoldError("\(path): \(error.message)")
        }
    }

    private static func failure(_ what: String, _ path: String) -> ScaffoldError {
        ScaffoldError("\(what) \(path): \(String(cString: strerror(errno)))")
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a test plants in an output folder, and how it checks, without following links or opening FIFOs, that
/// nothing outside was touched.
enum HostileFolder {
    /// Makes a symbolic link at `path` to `destination`.
    static func link(_ path: URL, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path.path, withDestinationPath: destination)
    }

    /// Makes a FIFO at `path`.
    static func fifo(_ path: URL) throws {
        guard mkfifo(path.path, 0o644) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// What `lstat` says `path` is: "file", "folder", "link", "other", or nil when nothing is there.
    static func kind(_ path: URL) -> String? {
        var status = stat()
        guard lstat(path.path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return "file"
        case S_IFDIR: return "folder"
        case S_IFLNK: return "link"
        default: return "other"
        }
    }

    /// Every entry below `folder` (links and FIFOs listed, never followed or opened), relative, with its kind and,
    /// for regular files, contents; so two snapshots differ when anything below was created, removed or written.
    static func snapshot(_ folder: URL) -> [String: String] {
        var result: [String: String] = [:]
        func visit(_ url: URL, _ relative: String) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names {
                let item = url.appendingPathComponent(name)
                let path = relative.isEmpty ? name : relative + "/" + name
                switch kind(item) {
                case "file":
                    result[path] = "file: " + ((try? String(contentsOf: item, encoding: .utf8)) ?? "<unreadable>")
                case "folder":
                    result[path] = "folder"
                    visit(item, path)
                case "link":
                    result[path] = "link to " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: item.path)) ?? "?")
                default:
                    result[path] = "other"
                }
            }
        }
        visit(folder, "")
        return result
    }

    /// The names directly in `folder`, hidden ones included, sorted (links not followed).
    static func names(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }
}

/// `chattr +i`: a file even root cannot replace, for the tests of a commit that fails part way.
enum ImmutableFlag {
    /// Whether this machine lets the tests set the flag (root, or CAP_LINUX_IMMUTABLE, on a file system that keeps
    /// it), found by trying once on a scratch file.
    static let isPermitted: Bool = {
        guard let folder = try? TemporaryFolder(), let file = try? folder.write("probe", "probe\n") else { return false }
        guard set(true, file) else { return false }
        return set(false, file)
    }()

    /// Sets or clears the flag on `path`; false when `chattr` failed.
    @discardableResult
    static func set(_ on: Bool, _ path: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [on ? "+i" : "-i", path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}

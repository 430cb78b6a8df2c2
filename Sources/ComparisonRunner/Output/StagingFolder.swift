import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The private folder inside the output folder where a run writes its files before they are moved into place, and
/// the one scheme by which a later run recognises, and removes, a staging folder that a killed run left behind.
///
/// The scheme:
/// - A run creates `.nordic-compare-<32 hex digits>.partial` in the output folder with `mkdirat`, mode 0700. The
///   digits are 128 bits from the system's random number generator, so the name cannot be guessed in advance, and
///   `mkdirat` never follows or reuses anything already at the name: on a clash the run draws a new name.
/// - Inside it, the run creates `.lock` exclusively and holds an exclusive `flock` on it as long as the process
///   lives. The kernel drops the lock when the process ends, however it ends; unlike a process id, the lock means
///   the same thing in every PID namespace (container) that shares the volume.
/// - Each output is written to `<sink>-<file>` (two decimal numbers) inside the staging folder, created with
///   `O_CREAT | O_EXCL | O_NOFOLLOW` (see `DirectoryHandle.createFile`), then moved into the output folder relative
///   to the two folders' descriptors (`FileReplacement`). The earlier output it replaces waits in the staging
///   folder, under the same name, until the whole set is in place, so that a failure can put it back.
/// - Clean-up, at the start of a run, from the one listing of the output folder that the run makes: an entry is
///   removed only if its name matches the scheme exactly, it is a folder (not a link to one), and its `.lock` is a
///   regular file whose lock can be taken (no live run holds it). Then only the entries named `<digits>-<digits>`
///   and `.lock` in it are unlinked (a link is removed, never followed; nothing is recursed into), and the folder
///   itself is removed if that emptied it. A matching folder without `.lock` (a run killed before creating it) is
///   removed only if empty. Anything else, including the `.<name>.partial-<pid>` files of versions before this
///   scheme, may be a user's file and is left alone.
final class StagingFolder: @unchecked Sendable {
    /// The folder's name in the output folder.
    let name: String
    /// The open staging folder: every temporary file is created and moved relative to it.
    let handle: DirectoryHandle
    /// The open `.lock` file, whose `flock` marks the folder as a live run's.
    private let lockDescriptor: Int32

    private init(name: String, handle: DirectoryHandle, lockDescriptor: Int32) {
        self.name = name
        self.handle = handle
        self.lockDescriptor = lockDescriptor
    }

    deinit { close(lockDescriptor) }

    static let namePrefix = ".nordic-compare-"
    static let nameSuffix = ".partial"
    static let lockName = ".lock"
    /// How many hex digits of randomness a name carries.
    static let tokenLength = 32

    /// Creates and locks a new staging folder in `output`.
    static func create(in output: DirectoryHandle) throws(SystemError) -> StagingFolder {
        var lastError = SystemError(code: EEXIST)
        for _ in 0..<16 {
            let name = randomName()
            guard mkdirat(output.descriptor, name, 0o700) == 0 else {
                lastError = .current
                if lastError.code == EEXIST { continue }
                throw lastError
            }
            // A clean-up of another run may remove the new, still empty folder before it is locked: then (or should
            // anything else replace it) start again with a new name.
            let handle: DirectoryHandle
            do {
                handle = try DirectoryHandle(name, in: output)
            } catch {
                lastError = error
                continue
            }
            let lock = openat(handle.descriptor, lockName, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            guard lock >= 0 else {
                lastError = .current
                if lastError.code == ENOENT { continue }
                throw lastError
            }
            // Where the file system cannot lock (ENOLCK), nobody else can take the lock either, so no clean-up
            // removes the folder; the run goes on.
            if flock(lock, LOCK_EX | LOCK_NB) != 0, errno == EWOULDBLOCK {
                close(lock)
                continue
            }
            var lockStatus = stat()
            guard fstat(lock, &lockStatus) == 0, lockStatus.st_nlink > 0, handle.isStill(name, in: output) else {
                close(lock)
                continue
            }
            return StagingFolder(name: name, handle: handle, lockDescriptor: lock)
        }
        throw lastError
    }

    /// Removes the lock file and the folder (which the run has emptied); the lock is dropped when this is released.
    func remove(from output: DirectoryHandle) {
        handle.removeEntry(Self.lockName)
        output.removeFolder(name)
    }

    /// The name of a temporary file: the sink's number and the file's number in the sink.
    static func temporaryName(sink: Int, file: Int) -> String {
        "\(sink)-\(file)"
    }

    /// Removes, among `names` (a listing of `output`), the staging folders of runs that no longer live (see the
    /// scheme above).
    static func removeAbandoned(in output: DirectoryHandle, names: [String]) {
        for name in names where isStagingName(name) {
            guard output.kind(of: name) == .directory, let folder = try? DirectoryHandle(name, in: output) else { continue }
            switch folder.kind(of: lockName) {
            case nil:
                output.removeFolder(name)
                continue
            case .regular:
                break
            default:
                continue
            }
            let lock = openat(folder.descriptor, lockName, O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard lock >= 0 else { continue }
            defer { close(lock) }
            var status = stat()
            guard fstat(lock, &status) == 0, status.st_mode & S_IFMT == S_IFREG, flock(lock, LOCK_EX | LOCK_NB) == 0
            else { continue }
            for entry in folder.names() ?? [] where isTemporaryName(entry) { folder.removeEntry(entry) }
            folder.removeEntry(lockName)
            output.removeFolder(name)
        }
    }

    /// Whether `name` is exactly a staging folder's name.
    static func isStagingName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        let prefix = Array(namePrefix.utf8), suffix = Array(nameSuffix.utf8)
        guard bytes.count == prefix.count + tokenLength + suffix.count,
              bytes.starts(with: prefix), bytes.suffix(suffix.count).elementsEqual(suffix)
        else { return false }
        return bytes[prefix.count..<(prefix.count + tokenLength)].allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
        }
    }

    /// Whether `name` is exactly a temporary file's name, `<digits>-<digits>`.
    static func isTemporaryName(_ name: String) -> Bool {
        let parts = name.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { part in
            !part.isEmpty && part.count <= 18 && part.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        }
    }

    /// A new name: the prefix, 128 random bits in lowercase hex, the suffix.
    private static func randomName() -> String {
        var generator = SystemRandomNumberGenerator()
        let token = (0..<2).map { _ in
            let digits = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
        return namePrefix + token + nameSuffix
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A run recorded by its `run-manifest.json`, opened for `diff --since-run`: the manifest read and checked, and its
/// snapshot (`run-inputs.tar` beside it) checked entry by entry against the manifest's digests, so that the snapshot
/// can stand for that run; then extracted into a private temporary folder, a project that `diff` loads as the earlier
/// edition. The folder is removed when this is released.
package final class EarlierRun: @unchecked Sendable {
    /// The manifest.
    package let manifest: RunManifest
    /// The private folder the snapshot was extracted into.
    private let extracted: String

    /// The configuration in the extracted snapshot: the earlier edition's, to load as `diff --old` loads one.
    package var snapshotConfiguration: String { extracted + "/" + manifest.configuration }

    /// Why a manifest cannot be used: every problem found, each naming its path and what to do.
    package struct Failure: Error, Sendable, CustomStringConvertible {
        /// The problems, each `path:1:1: error: …`.
        package let messages: [String]
        /// One problem per line.
        package var description: String { messages.joined(separator: "\n") }
    }

    /// Reads the manifest at `path`, checks its snapshot and extracts it; throws every problem found.
    package init(manifestPath path: String) throws(Failure) {
        func failure(_ path: String, _ message: String) -> Failure {
            Failure(messages: ["\(path):1:1: error: \(message)"])
        }
        let bytes: [UInt8]
        switch Self.contents(of: path) {
        case .failure(let reason):
            throw failure(path, "cannot read the manifest (\(reason)); name the \(RunManifest.fileName) that "
                          + "`nordic-compare run` wrote beside its outputs")
        case .success(let read): bytes = read
        }
        guard let manifest = try? JSONDecoder().decode(RunManifest.self, from: Data(bytes)),
              manifest.kind == RunManifest.kindName
        else {
            throw failure(path, "is not a run manifest: name the \(RunManifest.fileName) that `nordic-compare run` "
                          + "wrote beside its outputs (such as output/\(RunManifest.fileName))")
        }
        guard manifest.manifestVersion <= RunManifest.currentVersion else {
            throw failure(path, "was written by a newer nordic-compare (manifest version \(manifest.manifestVersion), "
                          + "this one reads \(RunManifest.currentVersion)); update nordic-compare")
        }
        let names = [manifest.snapshot, manifest.configuration] + manifest.inputs.map(\.path)
        if let unsafe = names.first(where: { !Self.isSafeRelativePath($0) }) {
            throw failure(path, "names '\(unsafe)', which is not a path inside the project; the manifest was changed "
                          + "after the run: rerun `nordic-compare run` to make a new one")
        }
        let folder = (path as NSString).deletingLastPathComponent
        let snapshot = folder.isEmpty ? manifest.snapshot : (folder as NSString).appendingPathComponent(manifest.snapshot)
        let again = "restore it, or rerun `nordic-compare run` to make a new briefing with its snapshot"
        let archive: [UInt8]
        switch Self.contents(of: snapshot) {
        case .failure(let reason):
            throw failure(snapshot, "cannot read the snapshot of the inputs that \(path) describes (\(reason)); it is "
                          + "written beside the manifest by `nordic-compare run` and needed to compare with that run: "
                          + again)
        case .success(let read): archive = read
        }
        let entries: [TarArchive.Entry]
        do throws(TarArchive.Malformed) {
            entries = try TarArchive.entries(of: archive)
        } catch {
            throw failure(snapshot, "the snapshot is damaged (\(error.reason)); \(again)")
        }
        // Every file the manifest lists, and nothing else, with the size and SHA-256 it gives.
        var problems: [String] = []
        let byPath = Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for input in manifest.inputs {
            guard let entry = byPath[input.path] else {
                problems.append("\(snapshot):1:1: error: the snapshot has no copy of '\(input.path)', which \(path) "
                                + "lists; \(again)")
                continue
            }
            if entry.bytes.count != input.size || Self.sha256(entry.bytes) != input.sha256 {
                problems.append("\(snapshot):1:1: error: the snapshot's copy of '\(input.path)' does not match the "
                                + "SHA-256 in \(path): it was changed after the run, so it no longer shows what that "
                                + "run read; \(again)")
            }
        }
        let listed = Set(manifest.inputs.map(\.path))
        var seen: Set<String> = []
        for entry in entries where !listed.contains(entry.path) || !seen.insert(entry.path).inserted {
            problems.append("\(snapshot):1:1: error: the snapshot holds '\(entry.path)', which \(path) does not list "
                            + "(or holds it twice): it was changed after the run; \(again)")
        }
        if !listed.contains(manifest.configuration) {
            problems.append("\(path):1:1: error: the manifest does not list its configuration "
                            + "'\(manifest.configuration)' among its inputs; rerun `nordic-compare run`")
        }
        guard problems.isEmpty else { throw Failure(messages: problems) }
        do {
            extracted = try Self.extract(entries)
        } catch {
            throw failure(snapshot, "cannot extract the snapshot into a temporary folder (\(error)); free some space "
                          + "in \(FileManager.default.temporaryDirectory.path) and try again")
        }
        self.manifest = manifest
    }

    deinit { try? FileManager.default.removeItem(atPath: extracted) }

    /// The files the run read (path relative to the project, SHA-256), in the manifest's order.
    package var inputDigests: [(path: String, digest: String)] {
        manifest.inputs.map { ($0.path, $0.sha256) }
    }

    /// The files `inputs` names as they are now (path relative to the project, SHA-256); a file that cannot be read
    /// any more is left out, and so counts as removed.
    package static func currentDigests(of inputs: RunInputs) -> [(path: String, digest: String)] {
        inputs.files.compactMap { file in
            (try? RunInputs.bytes(of: file)).map { (file.relativePath, SHA256Digest.hex(of: $0)) }
        }
    }

    /// Writes the entries into a new private folder (mode 0700) under the system's temporary folder.
    private static func extract(_ entries: [TarArchive.Entry]) throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("nordic-compare-since-run-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        do {
            for entry in entries {
                let file = folder.appendingPathComponent(entry.path)
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(),
                                                        withIntermediateDirectories: true)
                try Data(entry.bytes).write(to: file, options: .withoutOverwriting)
            }
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
        return folder.path
    }

    /// The bytes of the regular file at `path`, opened without blocking; or why not.
    private static func contents(of path: String) -> Result<[UInt8], ReadFailure> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(ReadFailure(SystemError.current.message)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(ReadFailure(SystemError.current.message)) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(ReadFailure("not a regular file")) }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure(SystemError.current.message))
            }
            if count == 0 { break }
            filled += count
        }
        return .success(Array(bytes.prefix(filled)))
    }

    /// Why a file could not be read, for a message.
    private struct ReadFailure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    private static func sha256(_ bytes: ArraySlice<UInt8>) -> String {
        var digest = SHA256Digest()
        bytes.withUnsafeBytes { digest.update($0) }
        return digest.hexDigest()
    }

    private static func isSafeRelativePath(_ path: String) -> Bool {
        path.split(separator: "/", omittingEmptySubsequences: false)
            .allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." && !$0.utf8.contains(0) }
    }
}

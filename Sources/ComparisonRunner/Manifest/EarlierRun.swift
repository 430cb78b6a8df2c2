import Foundation
internal import PluginFormat

/// A run recorded by its `run-manifest.json`, opened for `diff --since-run`: the manifest read and checked, and its
/// snapshot of the files the run read checked against the manifest's digests, so the snapshot can stand for that run.
package struct EarlierRun: Sendable {
    /// The manifest's path, as given.
    package let manifestPath: String
    /// The manifest.
    package let manifest: RunManifest
    /// The snapshot folder's path.
    package let snapshotFolder: String

    /// The configuration in the snapshot: the earlier edition's, to load as `diff --old` loads one.
    package var snapshotConfiguration: String { snapshotFolder + "/" + manifest.configuration }

    /// Why a manifest cannot be used: every problem found, each naming its path and what to do.
    package struct Failure: Error, Sendable, CustomStringConvertible {
        /// The problems, each `path:1:1: error: …`.
        package let messages: [String]
        /// One problem per line.
        package var description: String { messages.joined(separator: "\n") }
    }

    /// Reads the manifest at `path` and checks its snapshot, file by file; throws every problem found.
    package init(manifestPath path: String) throws(Failure) {
        func failure(_ path: String, _ message: String) -> Failure {
            Failure(messages: ["\(path):1:1: error: \(message)"])
        }
        let bytes: [UInt8]
        do {
            bytes = try InputFiles.contents(atPath: path)
        } catch {
            throw Failure(messages: [error.description + "; name the \(RunManifest.fileName) that `nordic-compare run` "
                                     + "wrote beside its outputs"])
        }
        let notOne = "is not a run manifest: name the \(RunManifest.fileName) that `nordic-compare run` wrote beside "
            + "its outputs (such as output/\(RunManifest.fileName))"
        guard let manifest = try? JSONDecoder().decode(RunManifest.self, from: Data(bytes)),
              manifest.kind == RunManifest.kindName
        else { throw failure(path, notOne) }
        guard manifest.manifestVersion <= RunManifest.currentVersion else {
            throw failure(path, "was written by a newer nordic-compare (manifest version \(manifest.manifestVersion), "
                          + "this one reads \(RunManifest.currentVersion)); update nordic-compare")
        }
        let names = [manifest.snapshot, manifest.configuration] + manifest.inputs.map(\.path)
        if let unsafe = names.first(where: { !Self.isSafeRelativePath($0) }) {
            throw failure(path, "names '\(unsafe)', which is not a path inside its snapshot folder; the manifest was "
                          + "changed after the run: rerun `nordic-compare run` to make a new one")
        }
        let folder = (path as NSString).deletingLastPathComponent
        let snapshot = folder.isEmpty ? manifest.snapshot : (folder as NSString).appendingPathComponent(manifest.snapshot)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: snapshot, isDirectory: &isFolder), isFolder.boolValue else {
            throw failure(snapshot, "the snapshot of the inputs that \(path) describes is missing; it is written "
                          + "beside the manifest by `nordic-compare run` and needed to compare with that run: rerun "
                          + "`nordic-compare run` to make a new briefing with its snapshot, or restore the folder")
        }
        var problems: [String] = []
        for input in manifest.inputs {
            let copy = snapshot + "/" + input.path
            guard let bytes = InputFiles.bytes(atPath: copy) else {
                problems.append("\(copy):1:1: error: the snapshot has no readable copy of this file, which \(path) lists; "
                                + "restore the snapshot folder, or rerun `nordic-compare run`")
                continue
            }
            if bytes.count != input.size || SHA256Digest.hex(of: bytes) != input.sha256 {
                problems.append("\(copy):1:1: error: the snapshot's copy does not match the SHA-256 in \(path): it was "
                                + "changed after the run, so it no longer shows what that run read; restore it, or "
                                + "rerun `nordic-compare run` to make a new snapshot")
            }
        }
        if !manifest.inputs.contains(where: { $0.path == manifest.configuration }) {
            problems.append("\(path):1:1: error: the manifest does not list its configuration "
                            + "'\(manifest.configuration)' among its inputs; rerun `nordic-compare run`")
        }
        guard problems.isEmpty else { throw Failure(messages: problems) }
        self.manifestPath = path
        self.manifest = manifest
        self.snapshotFolder = snapshot
    }

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

    private static func isSafeRelativePath(_ path: String) -> Bool {
        path.split(separator: "/", omittingEmptySubsequences: false)
            .allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." && !$0.utf8.contains(0) }
    }
}

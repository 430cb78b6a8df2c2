import ComparisonKit
import Foundation
internal import YAMLKit

/// Resolves a data file named in a manifest, refusing anything that leaves the plugin folder: absolute paths,
/// `..` components, and symbolic links that point outside.
enum PluginFiles {
    /// The bytes of a data file inside the plugin folder with its path (`folder/name`, as messages name it), or a
    /// diagnostic saying why it is refused or cannot be read.
    ///
    /// A regular file reached from the folder without any symbolic link is opened relative to `openedFolder` (see
    /// ``OpenedPluginFolder``); anything else (a link, a missing file, a folder that could not be opened) takes the
    /// full check of ``resolve(_:inPluginFolder:realFolder:)``, which words every refusal, and is read by its real path.
    ///
    /// A file that `mentions` shows an earlier entry named is refused before it is read (see ``DataFileMentions``).
    static func read(_ reference: Located<String>, inPluginFolder folder: String, openedFolder: OpenedPluginFolder?,
                     realFolder: String?, mentions: inout DataFileMentions,
                     limits: YAMLLimits = .default) -> Result<(bytes: [UInt8], path: String), DiagnosticList> {
        if let refusal = refusalOfName(reference) { return .failure(refusal) }
        let path = PathResolver.join(folder, reference.value)
        // The file a name reaches when no link is on the way (the name has no `..`): checked before anything is opened.
        if let realFolder, let repeated = mentions.note(PathResolver.join(realFolder, reference.value), reference) {
            return .failure(repeated)
        }
        do throws(YAMLError) {
            if let file = openedFolder?.openPlainFile(reference.value) {
                defer { close(file.descriptor) }
                let bytes = try YAMLParser.readFile(descriptor: file.descriptor, displayPath: path,
                                                    regularFileSize: file.size, limits: limits)
                return .success((bytes, path))
            }
            switch resolve(reference, inPluginFolder: folder, realFolder: .some(realFolder)) {
            case .failure(let list): return .failure(list)
            case .success(let resolved):
                if let repeated = mentions.note(resolved.real, reference) { return .failure(repeated) }
                // The real path has no link left to follow: a link put in its place since is refused, not followed.
                let bytes = try YAMLParser.readFile(atPath: resolved.real, displayPath: resolved.path, followLinks: false,
                                                    limits: limits)
                return .success((bytes, resolved.path))
            }
        } catch {
            return .failure(DiagnosticList([.error(error.message, at: SourceLocation(error.mark))]))
        }
    }

    /// The path of a data file inside the plugin folder (as messages name it) and its real path, or a diagnostic at
    /// the name saying why it is refused, checked with `realpath` and `stat`: it must exist, stay inside the folder
    /// and be a regular file (not the folder itself, a folder in it, a FIFO or a device). `realFolder` is the
    /// folder's real path when the caller already has it (`.some(nil)` when it has none); it is looked up when nil.
    static func resolve(_ reference: Located<String>, inPluginFolder folder: String,
                        realFolder: String?? = nil) -> Result<(path: String, real: String), DiagnosticList> {
        if let refusal = refusalOfName(reference) { return .failure(refusal) }
        let name = reference.value
        let path = PathResolver.join(folder, name)
        func refuse(_ message: String) -> Result<(path: String, real: String), DiagnosticList> {
            .failure(DiagnosticList([.error(message, at: reference.location)]))
        }
        guard FileManager.default.fileExists(atPath: path) else {
            return refuse("data file '\(name)' does not exist (looked for \(path))")
        }
        guard let real = PathResolver.realPath(path), let realFolder = realFolder ?? PathResolver.realPath(folder) else {
            return refuse("'\(name)' cannot be followed to a file inside the plugin folder; refusing to read it")
        }
        if real == realFolder {
            return refuse("'\(name)' names the plugin folder itself, not a data file; name a YAML file in it, such as "
                + "initiatives/example.yaml")
        }
        guard real.hasPrefix(realFolder + "/") else {
            return refuse("'\(name)' is a symbolic link that points outside the plugin folder; refusing to read it")
        }
        if let refusal = InputFileKind.refusal(atPath: real) {
            return refuse("'\(name)' cannot be read: \(refusal)")
        }
        return .success((path, real))
    }

    /// Why a name is refused before any file is looked at: an absolute path, or a `..` component.
    private static func refusalOfName(_ reference: Located<String>) -> DiagnosticList? {
        let name = reference.value
        if name.hasPrefix("/") {
            return DiagnosticList([.error(
                "'\(name)' is an absolute path; data files are named relative to the plugin folder and stay inside it",
                at: reference.location)])
        }
        if PathResolver.Components(of: name).hasParent {
            return DiagnosticList([.error(
                "'\(name)' leaves the plugin folder through '..'; data files must stay inside it", at: reference.location)])
        }
        return nil
    }
}

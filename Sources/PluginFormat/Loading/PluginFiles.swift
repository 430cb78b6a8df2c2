import ComparisonKit
import Foundation

/// Resolves a data file named in a manifest, refusing anything that leaves the plugin folder: absolute paths,
/// `..` components, and symbolic links that point outside.
enum PluginFiles {
    /// The path of a data file inside the plugin folder, or a diagnostic saying why it is refused.
    /// `realFolder` is the folder's real path when the caller already has it (a plugin resolves many files in one
    /// folder); it is looked up when nil.
    ///
    /// When `realFolder` is known, a file reached without any symbolic link is accepted after one `lstat` per path
    /// component below the folder (directories already checked are remembered in `knownDirectories`); anything else
    /// (a link, a missing file) takes the full check with `realpath`, which words every refusal.
    static func resolve(_ reference: Located<String>, inPluginFolder folder: String,
                        realFolder: String?? = nil) -> Result<String, DiagnosticList> {
        var knownDirectories: Set<String> = []
        return resolve(reference, inPluginFolder: folder, realFolder: realFolder, knownDirectories: &knownDirectories)
    }

    /// ``resolve(_:inPluginFolder:realFolder:)`` for many files of one plugin, remembering the directories below
    /// the folder that are known to be real directories (not links) in `knownDirectories`.
    static func resolve(_ reference: Located<String>, inPluginFolder folder: String, realFolder: String??,
                        knownDirectories: inout Set<String>) -> Result<String, DiagnosticList> {
        let name = reference.value
        func refuse(_ message: String) -> Result<String, DiagnosticList> {
            .failure(DiagnosticList([.error(message, at: reference.location)]))
        }
        if name.hasPrefix("/") {
            return refuse("'\(name)' is an absolute path; data files are named relative to the plugin folder and stay inside it")
        }
        if PathResolver.Components(of: name).hasParent {
            return refuse("'\(name)' leaves the plugin folder through '..'; data files must stay inside it")
        }
        let path = PathResolver.join(folder, name)
        if case .some(.some(let realFolder)) = realFolder,
           PlainPathCheck.isPlainFile(name, under: realFolder, knownDirectories: &knownDirectories) {
            return .success(path)
        }
        guard FileManager.default.fileExists(atPath: path) else {
            return refuse("data file '\(name)' does not exist (looked for \(path))")
        }
        guard let real = PathResolver.realPath(path), let realFolder = realFolder ?? PathResolver.realPath(folder),
              real.hasPrefix(realFolder + "/")
        else {
            return refuse("'\(name)' is a symbolic link that points outside the plugin folder; refusing to read it")
        }
        return .success(path)
    }
}

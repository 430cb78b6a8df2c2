import ComparisonKit
import Foundation

/// Resolves a data file named in a manifest, refusing anything that leaves the plugin folder: absolute paths,
/// `..` components, and symbolic links that point outside.
enum PluginFiles {
    /// The path of a data file inside the plugin folder, or a diagnostic saying why it is refused.
    /// `realFolder` is the folder's real path when the caller already has it (a plugin resolves many files in one
    /// folder); it is looked up when nil.
    static func resolve(_ reference: Located<String>, inPluginFolder folder: String,
                        realFolder: String?? = nil) -> Result<String, DiagnosticList> {
        let name = reference.value
        func refuse(_ message: String) -> Result<String, DiagnosticList> {
            .failure(DiagnosticList([.error(message, at: reference.location)]))
        }
        if name.hasPrefix("/") {
            return refuse("'\(name)' is an absolute path; data files are named relative to the plugin folder and stay inside it")
        }
        if name.split(separator: "/").contains("..") {
            return refuse("'\(name)' leaves the plugin folder through '..'; data files must stay inside it")
        }
        let path = PathResolver.join(folder, name)
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

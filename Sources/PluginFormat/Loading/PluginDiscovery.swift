import ComparisonKit
import Foundation

/// Finds the plugin folders under a plugins folder and opens their manifests.
package struct PluginDiscovery: Sendable {
    /// The plugins whose manifests opened, by folder name in sorted order.
    package private(set) var plugins: [YAMLPlugin] = []
    /// Folder names whose manifests failed, with their problems.
    package private(set) var failures: [String: [Diagnostic]] = [:]
    /// Every plugin folder's name, sorted.
    private(set) var folderNames: [String] = []
    /// A problem with the plugins folder itself (missing or unreadable).
    package private(set) var folderProblem: Diagnostic?

    /// Lists the plugin folders under `pluginsFolder` and opens each manifest.
    /// - Parameter location: where the plugins folder is named (for the error when it is missing).
    package init(pluginsFolder: String, namedAt location: SourceLocation) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: pluginsFolder, isDirectory: &isDirectory) else {
            folderProblem = .error("plugins folder '\(pluginsFolder)' does not exist", at: location)
            return
        }
        guard isDirectory.boolValue else {
            folderProblem = .error("plugins folder '\(pluginsFolder)' is a file, not a folder; name the folder that holds "
                + "the plugin folders", at: location)
            return
        }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: pluginsFolder) else {
            folderProblem = .error("plugins folder '\(pluginsFolder)' cannot be read", at: location)
            return
        }
        folderNames = entries.filter { name in
            var isFolder: ObjCBool = false
            return !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: PathResolver.join(pluginsFolder, name), isDirectory: &isFolder)
                && isFolder.boolValue
        }.sorted()
        // Manifests are independent: open them on all cores, then collect them in folder order.
        let names = folderNames
        let opened = concurrentMap(names) { name in YAMLPlugin.open(folder: PathResolver.join(pluginsFolder, name)) }
        for (name, result) in zip(names, opened) {
            switch result {
            case .success(let plugin): plugins.append(plugin)
            case .failure(let failure): failures[name] = failure.diagnostics
            }
        }
    }
}

import ArgumentParser
import ComparisonRunner
import Foundation

/// Finds the run configuration when `--config` is not given, as git finds `.git`: `config/nordic-compare.yaml` in
/// the current folder, then in each folder above it, the nearest one winning. One found in a folder that another
/// user owns or can write to is refused (see `FolderTrust`), and the search stops there.
enum ConfigurationSearch {
    /// Where the search looks in each folder.
    static let defaultPath = RunOptions.defaultConfigPath

    /// A configuration the search found.
    struct Found: Equatable {
        /// The configuration file: relative in the current folder, absolute when found above it.
        let path: String
        /// The project folder (the one holding `config/`), absolute.
        let project: String
        /// True when it is the current folder's own.
        let isCurrentFolder: Bool
    }

    /// The nearest configuration from `folder` upwards; throws when there is none (exit 64, as the command was run
    /// outside any project) or the nearest is not trusted (exit 1, an input problem).
    static func find(from folder: String = FileManager.default.currentDirectoryPath) throws(CommandFailure) -> Found {
        let relative = defaultPath
        var current = URL(fileURLWithPath: folder).standardizedFileURL.path
        while true {
            let candidate = (current == "/" ? "" : current) + "/" + relative
            if FileManager.default.fileExists(atPath: candidate) {
                let isHere = current == URL(fileURLWithPath: folder).standardizedFileURL.path
                let checked = [current, (current == "/" ? "" : current) + "/config", candidate]
                if let reason = checked.lazy.compactMap(FolderTrust.distrust(of:)).first {
                    throw CommandFailure(message: """
                        refusing the configuration \(Echo.escaped(candidate)): \(reason), so someone else could have \
                        put it there. If you trust it, name it: --config \(Echo.escaped(candidate)); or make it yours \
                        and writable only by you (chown, chmod go-w)
                        """, status: 1)
                }
                return Found(path: isHere ? relative : candidate, project: current, isCurrentFolder: isHere)
            }
            guard current != "/" else { break }
            current = URL(fileURLWithPath: current).deletingLastPathComponent().standardizedFileURL.path
        }
        throw CommandFailure(message: """
            no \(relative) in \(Echo.escaped(folder)) or any folder above it; run the command inside a project \
            (such as a clone of this repository), pass --config FILE, or create a project with \
            'nordic-compare new project DIR'
            """, status: 64)
    }
}

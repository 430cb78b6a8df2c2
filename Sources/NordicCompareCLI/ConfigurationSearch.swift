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

    /// Why no configuration can be used: none was found (a command-line mistake, exit 64), or the nearest one is in
    /// a folder that is not safe (an input problem, exit 1, without a usage line).
    struct Refusal: Error, CustomStringConvertible {
        /// What was refused and how to go on.
        let description: String
    }

    /// The nearest configuration from `folder` upwards; throws when there is none (a `ValidationError`, exit 64)
    /// or the nearest is not trusted (a `Refusal`, exit 1).
    static func find(from folder: String = FileManager.default.currentDirectoryPath) throws -> Found {
        let relative = defaultPath
        var current = URL(fileURLWithPath: folder).standardizedFileURL.path
        while true {
            let candidate = (current == "/" ? "" : current) + "/" + relative
            if FileManager.default.fileExists(atPath: candidate) {
                let isHere = current == URL(fileURLWithPath: folder).standardizedFileURL.path
                let checked = [current, (current == "/" ? "" : current) + "/config", candidate]
                if let reason = checked.lazy.compactMap(FolderTrust.distrust(of:)).first {
                    throw Refusal(description: """
                        refusing the configuration \(Echo.escaped(candidate)): \(reason), so someone else could have \
                        put it there. If you trust it, name it: --config \(Echo.escaped(candidate)); or make it yours \
                        and writable only by you (chown, chmod go-w)
                        """)
                }
                return Found(path: isHere ? relative : candidate, project: current, isCurrentFolder: isHere)
            }
            guard current != "/" else { break }
            current = URL(fileURLWithPath: current).deletingLastPathComponent().standardizedFileURL.path
        }
        throw ValidationError("""
            no \(relative) in \(Echo.escaped(folder)) or any folder above it; run the command inside a project \
            (such as a clone of this repository), pass --config FILE, or create a project with \
            'nordic-compare new project DIR'
            """)
    }
}

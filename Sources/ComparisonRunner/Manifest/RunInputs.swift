import Foundation
package import PluginFormat

/// The files a run reads (its configuration, the codebook files it names, and every file of the folder plugins it
/// enables), each with its path relative to the project: the deepest folder that holds them all. A run's manifest
/// lists them with their digests, and its snapshot keeps them at those relative paths, so that the snapshot is a
/// project of its own that `diff` can load as an earlier edition.
package struct RunInputs: Sendable {
    /// What a file is to the run.
    package enum Role: String, Codable, Sendable {
        /// The run configuration.
        case configuration
        /// A codebook file: dimensions, themes, jurisdictions, exchange rates, indicators.
        case codebook
        /// A plugin's manifest or initiative file.
        case plugin
    }

    /// The paths of the files a run reads, as the run names them, before they are put relative to the project.
    package struct Paths: Sendable {
        /// The run configuration.
        package var configuration: String
        /// The codebook files it names.
        package var codebook: [String]
        /// Every file of the folder plugins it enables.
        package var plugins: [String]
    }

    /// One file read.
    package struct File: Sendable, Equatable {
        /// What it is to the run.
        package let role: Role
        /// Its path as the run opens it.
        package let path: String
        /// Its path relative to the project, `/`-separated, never with `..`.
        package let relativePath: String
    }

    /// The files, the configuration first, each once.
    package let files: [File]
    /// The project folder the relative paths start from.
    package let root: String

    /// The files of a run that read `paths`.
    package init(_ paths: Paths) {
        self.init(configuration: paths.configuration, codebook: paths.codebook, plugins: paths.plugins)
    }

    /// The files of a run whose configuration is at `configuration`, reading `codebook` and `plugins` files.
    package init(configuration: String, codebook: [String], plugins: [String]) {
        let named = [(Role.configuration, configuration)] + codebook.map { (.codebook, $0) } + plugins.map { (.plugin, $0) }
        let workingFolder = FileManager.default.currentDirectoryPath
        let absolute = named.map { role, path in (role, path, Self.components(ofAbsolute: path, from: workingFolder)) }
        // The deepest folder holding every file and the configuration's folder, or that folder's parent when it is
        // `config/` (which is then part of the project, as `diff --old` expects).
        var common = Array(absolute[0].2.dropLast())
        if common.last == "config" { common.removeLast() }
        for (_, _, components) in absolute {
            let folder = components.dropLast()
            var shared = 0
            while shared < common.count, shared < folder.count, common[shared] == folder[folder.startIndex + shared] {
                shared += 1
            }
            common = Array(common.prefix(shared))
        }
        root = "/" + common.joined(separator: "/")
        var seen: Set<String> = []
        files = absolute.compactMap { role, path, components in
            let relative = components.dropFirst(common.count).joined(separator: "/")
            guard seen.insert(relative).inserted else { return nil }
            return File(role: role, path: path, relativePath: relative)
        }
    }

    /// The components of `path` made absolute (from `workingFolder` when relative), without `.` and with each `..`
    /// taking away the component before it, as `URL.standardizedFileURL` gives them; symbolic links are not resolved.
    /// Done by hand: `URL` took 75 000 instructions a file, a quarter of a second for the reference corpus's 10 103
    /// files, on the one thread that starts writing the outputs (callgrind, 2026-12-07). Split as bytes: splitting the
    /// `String` compares characters, and took 28 800 instructions a file (31.7 M of a 10 × 100 run, callgrind,
    /// 2026-12-08); `/`, `.` and `..` are ASCII, so no character of a name is split.
    static func components(ofAbsolute path: String, from workingFolder: String) -> [String] {
        var components: [String] = []
        let full = path.hasPrefix("/") ? path : workingFolder + "/" + path
        for component in full.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true) {
            if component.elementsEqual(".".utf8) { continue }
            if component.elementsEqual("..".utf8) {
                if !components.isEmpty { components.removeLast() }
                continue
            }
            components.append(String(Substring(component)))
        }
        return components
    }

    /// The configuration's path relative to the project.
    package var configurationPath: String { files[0].relativePath }

    /// The bytes of `file`, read as every input is (without blocking, a regular file only), or an error that names it.
    package static func bytes(of file: File) throws(InputFileError) -> [UInt8] {
        try InputFiles.contents(atPath: file.path)
    }
}

import ComparisonKit
import Foundation

/// Finds initiative files that a plugin folder holds but its manifest does not list: most likely a file the author
/// forgot to add, whose facts would otherwise be left out without a word.
enum UnlistedFiles {
    /// A warning for each `.yaml` or `.yml` file in the folder's `initiatives/` that the manifest does not name.
    static func warnings(folder: String, listed: [Located<String>], manifestPath: String) -> [Diagnostic] {
        let initiatives = PathResolver.join(folder, "initiatives")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: initiatives) else { return [] }
        let listedPaths = Set(listed.map { PathResolver.join(folder, $0.value) })
        return names.sorted().compactMap { name in
            guard !name.hasPrefix("."), name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { return nil }
            let path = PathResolver.join(initiatives, name)
            guard !listedPaths.contains(path) else { return nil }
            return .warning("initiative file 'initiatives/\(name)' is not listed under 'initiatives:' in the manifest, "
                + "so it is not read; add it there, or move it out of the folder", at: SourceLocation(file: path, line: 1, column: 1))
        }
    }
}

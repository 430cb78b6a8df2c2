/// Edits a manifest's text in place, so its comments, order and layout survive.
package enum ManifestEditing {
    /// `manifest` with `path` appended as the last entry of its top-level `initiatives:` list (a block list, or a
    /// flow list on one line); throws when the list cannot be found or already names `path`.
    package static func appendingInitiative(_ path: String, to manifest: String) throws -> String {
        var lines = manifest.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let keyLine = lines.firstIndex(where: { $0.hasPrefix("initiatives:") }) else {
            throw ScaffoldError("the manifest has no top-level 'initiatives:' list to add \(path) to")
        }
        let entry = Templates.quoted(path)
        let rest = lines[keyLine].dropFirst("initiatives:".count).trimmingSpaces
        if rest.hasPrefix("[") {
            guard let close = rest.lastIndex(of: "]") else {
                throw ScaffoldError("the manifest's 'initiatives:' flow list spans several lines; add \(path) by hand")
            }
            let inside = rest[rest.index(after: rest.startIndex)..<close].trimmingSpaces
            if inside.split(separator: ",").contains(where: { $0.trimmingSpaces == path || $0.trimmingSpaces == entry }) {
                throw ScaffoldError("the manifest already lists \(path)")
            }
            let items = inside.isEmpty ? entry : inside + ", " + entry
            lines[keyLine] = "initiatives: [" + items + "]" + rest[rest.index(after: close)...]
            return lines.joined(separator: "\n")
        }
        guard rest.isEmpty || rest.hasPrefix("#") else {
            throw ScaffoldError("the manifest's 'initiatives:' is not a list; add \(path) by hand")
        }
        // The block list runs until the next line that is neither indented, a list item, blank nor a comment.
        var last = keyLine
        var indent = "  "
        var index = keyLine + 1
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingSpaces
            if trimmed.hasPrefix("- ") || trimmed == "-" {
                if trimmed.dropFirst(2).trimmingSpaces == path || trimmed.dropFirst(2).trimmingSpaces == entry {
                    throw ScaffoldError("the manifest already lists \(path)")
                }
                indent = String(line.prefix { $0 == " " })
                last = index
            } else if !(trimmed.isEmpty || trimmed.hasPrefix("#") || line.hasPrefix(" ")) {
                break
            }
            index += 1
        }
        lines.insert(indent + "- " + entry, at: last + 1)
        return lines.joined(separator: "\n")
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces.
    var trimmingSpaces: String {
        let characters = drop { $0 == " " }
        return String(characters.reversed().drop { $0 == " " }.reversed())
    }
}

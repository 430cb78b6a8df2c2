/// One output file: a path relative to the output folder, and its bytes.
package struct RenderedFile: Sendable, Hashable {
    /// The path relative to the output folder, with `/` as separator; never absolute and never containing `..`.
    package var relativePath: String
    /// The file's bytes (UTF-8 text for every format so far).
    package var contents: [UInt8]

    /// Creates a file from its path and bytes.
    package init(relativePath: String, contents: [UInt8]) {
        self.relativePath = relativePath
        self.contents = contents
    }

    /// Creates a file from its path and text, stored as UTF-8.
    package init(relativePath: String, text: String) {
        self.init(relativePath: relativePath, contents: Array(text.utf8))
    }

    /// The file name `<viewID>.<ext>` for one table.
    ///
    /// A view id is a slug (`overview`, `budgets`), so it is normally used as it is. Anything outside
    /// `A–Z a–z 0–9 - _ .` becomes `_`, and a name that would be empty or start with `.` gets a `view` prefix,
    /// so no id can make a renderer write outside the output folder or into a hidden file.
    package static func fileName(forView viewID: String, fileExtension: String) -> String {
        var name = String(String.UnicodeScalarView(viewID.unicodeScalars.map { scalar in
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", "-", "_", ".": return scalar
            default: return "_"
            }
        }))
        if name.isEmpty || name.hasPrefix(".") { name = "view" + name }
        return name + "." + fileExtension
    }
}

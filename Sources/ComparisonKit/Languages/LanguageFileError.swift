/// What is wrong with a language file: every problem found, each naming the file and the key, so that a translator
/// can fix them all in one go.
package struct LanguageFileError: Error, CustomStringConvertible, Sendable {
    /// The file, `Sources/LanguageFiles/Languages/<code>.json`.
    package let file: String
    /// The problems, one sentence each.
    package let problems: [String]

    /// Where the file of a language is in the repository.
    package static func path(_ code: String) -> String { "Sources/LanguageFiles/Languages/\(code).json" }

    /// The file and its problems, one per line.
    package var description: String {
        problems.map { file + ": " + $0 }.joined(separator: "\n")
    }
}

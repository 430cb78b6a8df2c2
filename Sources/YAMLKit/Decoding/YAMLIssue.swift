/// One problem found while decoding a YAML document into Swift values.
public struct YAMLIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is: the offending value, key, or the mapping that lacks a key.
    public let mark: YAMLMark
    /// What is wrong, in plain words; it names the key path where that helps.
    public let message: String
    /// The path of the value in the document, like `plugin.sources.itb-2021.published`
    /// or `initiatives[2]`; empty for the root.
    public let codingPath: String

    /// Creates an issue.
    public init(mark: YAMLMark, message: String, codingPath: String) {
        self.mark = mark
        self.message = message
        self.codingPath = codingPath
    }

    /// An issue for a parse error (its coding path is empty).
    public init(_ error: YAMLError) {
        self.init(mark: error.mark, message: error.message, codingPath: "")
    }

    /// `file:line:column: error: message`.
    public var description: String { "\(mark): error: \(message)" }
}

/// The reasons a document could not be decoded: one hard error (such as a type mismatch or
/// a missing key), or every unknown key of the document, in document order.
public struct YAMLDecodingFailure: Error, Sendable, CustomStringConvertible {
    /// The problems, in document order; never empty.
    public let issues: [YAMLIssue]

    /// Creates a failure from its issues.
    public init(issues: [YAMLIssue]) {
        self.issues = issues
    }

    /// A failure holding one parse error, so parsing and decoding can share one error type.
    public init(_ error: YAMLError) {
        self.issues = [YAMLIssue(error)]
    }

    /// One `file:line:column: error: message` line per issue.
    public var description: String {
        issues.map(\.description).joined(separator: "\n")
    }
}

/// A problem found while reading or parsing a YAML file, located at a mark.
///
/// The message is written for a person who edits the YAML file by hand.
public struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is.
    package let mark: YAMLMark
    /// What is wrong, in plain words (no trailing period).
    package let message: String

    /// Creates an error at a mark.
    init(mark: YAMLMark, message: String) {
        self.mark = mark
        self.message = message
    }

    /// `file:line:column: error: message`.
    public var description: String { "\(mark): error: \(message)" }
}

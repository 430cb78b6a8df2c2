/// The text of a scalar node together with the way it was written.
///
/// The text is never interpreted by the parser: `NO`, `1.0` and `~` are kept as written.
/// Typing happens in ``YAMLDecoder`` according to the type that is asked for.
public struct YAMLScalar: Sendable, Hashable {
    /// How a scalar was written in the source.
    public enum Style: Sendable, Hashable {
        /// Unquoted: `key: value`.
        case plain
        /// Single-quoted: `key: 'value'`.
        case singleQuoted
        /// Double-quoted: `key: "value"`.
        case doubleQuoted
        /// A literal block: `key: |`.
        case literal
        /// A folded block: `key: >`.
        case folded
    }

    /// The scalar's text after YAML unquoting, unescaping and block folding.
    public let text: String
    /// How the scalar was written.
    public let style: Style

    /// Creates a scalar.
    public init(text: String, style: Style) {
        self.text = text
        self.style = style
    }

    /// True for a plain `null`, `~` or empty plain scalar: the only spellings of "no value".
    /// A quoted `"null"` is text.
    public var isNull: Bool {
        guard style == .plain else { return false }
        return text.isEmpty || text == "null" || text == "~"
    }
}

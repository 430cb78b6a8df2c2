/// One node of a ``YAMLDocument``: 28 bytes, no references, no text of its own.
///
/// Nodes are stored in document order (a collection is followed by its descendants), so a collection is the
/// range of nodes from itself to `end`, and its children are found by jumping from one child's `end` to the next.
///
/// `@usableFromInline`, with its fields, because the `@inlinable` accessors of ``YAMLDocument`` read them.
@frozen @usableFromInline
package struct YAMLNode: Sendable {
    /// What a node is.
    @frozen @usableFromInline
    package enum Kind: UInt8, Sendable {
        /// A scalar; its text is in the document's text buffer.
        case scalar
        /// A sequence; its items follow it.
        case sequence
        /// A mapping; its keys and values follow it, alternating.
        case mapping
    }

    /// How a scalar was written.
    @frozen @usableFromInline
    package enum ScalarStyle: UInt8, Sendable {
        /// Unquoted (and untagged, or tagged `!!null`): the only style in which `null`, `~` or nothing mean "no value".
        case plain
        /// Single- or double-quoted, or given an explicit tag.
        case quoted
        /// A literal (`|`) or folded (`>`) block.
        case block
    }

    /// What the node is.
    @usableFromInline package let kind: Kind
    /// How a scalar was written (`quoted` for a collection).
    @usableFromInline package let style: ScalarStyle
    /// True for an unquoted (plain) scalar.
    @inlinable package var isPlain: Bool { style == .plain }
    /// For a mapping key: its symbol in the parse's ``YAMLKeyTable`` (or ``YAMLKeyTable/unknown``).
    @usableFromInline package let symbol: Int32
    /// The 1-based line where the node starts.
    @usableFromInline package let line: UInt32
    /// The 1-based column where the node starts, in Unicode scalars.
    @usableFromInline package let column: UInt32
    /// For a scalar: where its text starts in the text buffer.
    @usableFromInline package let textStart: UInt32
    /// For a scalar: its length in UTF-8 bytes; for a collection: its number of child nodes (keys included).
    @usableFromInline package internal(set) var count: UInt32
    /// The index just past the node's last descendant (the index of its next sibling).
    @usableFromInline package internal(set) var end: UInt32

    @usableFromInline
    init(kind: Kind, style: ScalarStyle, symbol: Int32, line: UInt32, column: UInt32, textStart: UInt32, count: UInt32, end: UInt32) {
        self.kind = kind
        self.style = style
        self.symbol = symbol
        self.line = line
        self.column = column
        self.textStart = textStart
        self.count = count
        self.end = end
    }
}

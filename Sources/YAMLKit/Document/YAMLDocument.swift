/// A parsed YAML document: one flat array of fixed-size nodes and one buffer holding the text of every scalar, so
/// parsing allocates nothing per node and a reader makes a `String` only for the text it keeps.
///
/// ``YAMLParser`` makes it: aliases are already expanded and merge keys applied, every key is a scalar that is
/// unique in its mapping, and every ``YAMLLimits`` limit holds. Nodes are addressed by their index; the root is
/// index 0, and a collection's descendants follow it.
///
/// `@usableFromInline`, like ``YAMLNode``: without it the optimizer does not inline the `@inlinable` accessors into
/// PluginFormat, whose reader calls them for every node.
@usableFromInline
package struct YAMLDocument: Sendable {
    /// The nodes, the text and the file name: one reference, so a copy of a document costs one retain.
    @usableFromInline let storage: YAMLDocumentStorage

    init(storage: YAMLDocumentStorage) {
        self.storage = storage
    }

    /// The file name used in marks.
    @inlinable
    package var file: String { storage.file }

    /// The index of the root node.
    package var root: Int { 0 }

    /// The number of nodes.
    package var nodeCount: Int { storage.nodeCount }

    /// The node at `index`.
    @inlinable
    package subscript(index: Int) -> YAMLNode { storage.node(index) }

    /// What the node at `index` is.
    @inlinable
    package func kind(_ index: Int) -> YAMLNode.Kind { storage.node(index).kind }

    /// Where the node at `index` starts.
    @inlinable
    package func mark(_ index: Int) -> YAMLMark {
        let node = storage.node(index)
        return YAMLMark(file: file, line: Int(node.line), column: Int(node.column))
    }

    /// For a mapping key, its symbol in the key table the document was parsed with.
    @inlinable
    package func symbol(_ index: Int) -> Int32 { storage.node(index).symbol }

    /// The text of the scalar at `index` (empty for a collection).
    @inlinable
    package func string(_ index: Int) -> String {
        let node = storage.node(index)
        guard node.kind == .scalar, node.count > 0 else { return "" }
        return String(decoding: storage.text(of: node), as: UTF8.self)
    }

    /// Calls `body` with the UTF-8 text of the scalar at `index` (empty for a collection).
    @inlinable
    package func withUTF8<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(storage) { try body(storage.text(of: storage.node(index))) }
    }

    /// True when the scalar at `index` is exactly `literal` (ASCII).
    @inlinable
    package func scalar(_ index: Int, equals literal: StaticString) -> Bool {
        let node = storage.node(index)
        guard node.kind == .scalar, Int(node.count) == literal.utf8CodeUnitCount else { return false }
        let actual = storage.text(of: node)
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        for offset in 0..<expected.count where actual[offset] != expected[offset] { return false }
        return true
    }

    /// True for a plain `null`, `~` or empty scalar, the spellings of "no value" (as ``YAMLNode/isNull``).
    @inlinable
    package func isNull(_ index: Int) -> Bool {
        let node = storage.node(index)
        guard node.kind == .scalar, node.isPlain else { return false }
        // Most values are not null: their length alone rules out both spellings.
        switch node.count {
        case 0: return true
        case 1: return scalar(index, equals: "~")
        case 4: return scalar(index, equals: "null")
        default: return false
        }
    }

    /// The number of items of a sequence or pairs of a mapping at `index` (0 for a scalar).
    @inlinable
    package func childCount(_ index: Int) -> Int {
        let node = storage.node(index)
        switch node.kind {
        case .scalar: return 0
        case .sequence: return Int(node.count)
        case .mapping: return Int(node.count) / 2
        }
    }

    /// The indices of the items of the sequence at `index` (nothing for another kind of node).
    @inlinable
    package func items(_ index: Int) -> Children {
        let node = storage.node(index)
        return Children(storage: storage, next: index + 1, end: node.kind == .sequence ? Int(node.end) : index + 1, step: 1)
    }

    /// The key indices of the pairs of the mapping at `index`; each value is at `key + 1`.
    @inlinable
    package func keys(_ index: Int) -> Children {
        let node = storage.node(index)
        return Children(storage: storage, next: index + 1, end: node.kind == .mapping ? Int(node.end) : index + 1, step: 2)
    }

    /// The value of the pair whose key is exactly `key` in the mapping at `mapping`, or nil.
    package func value(forKey key: String, in mapping: Int) -> Int? {
        for candidate in keys(mapping) where string(candidate) == key { return candidate + 1 }
        return nil
    }

    /// "a mapping", "a sequence" or "a scalar", for messages.
    package func kindName(_ index: Int) -> String {
        switch kind(index) {
        case .scalar: return "a scalar"
        case .sequence: return "a sequence"
        case .mapping: return "a mapping"
        }
    }

    /// What a node is, for "found …" phrases in messages: "a mapping", "'yes'", "an empty value", "a block of text".
    package func described(_ index: Int) -> String {
        let node = self[index]
        switch node.kind {
        case .sequence: return "a sequence"
        case .mapping: return "a mapping"
        case .scalar:
            let text = string(index)
            if isNull(index) { return text.isEmpty ? "an empty value" : "null ('\(text)')" }
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            switch node.style {
            case .plain: return "'\(shown)'"
            case .quoted: return "the quoted text '\(shown)'"
            case .block: return "a block of text"
            }
        }
    }

    /// Iterates over the children of a collection, or over the keys of a mapping (skipping values).
    @frozen @usableFromInline
    package struct Children: Sequence, IteratorProtocol {
        @usableFromInline let storage: YAMLDocumentStorage
        @usableFromInline var position: Int
        @usableFromInline let end: Int
        @usableFromInline let step: Int

        @inlinable
        init(storage: YAMLDocumentStorage, next: Int, end: Int, step: Int) {
            self.storage = storage
            self.position = next
            self.end = end
            self.step = step
        }

        /// The next child's index.
        @inlinable
        package mutating func next() -> Int? {
            guard position < end else { return nil }
            let current = position
            // A key is always a scalar, so the value after it starts at `current + 1`.
            position = Int(storage.node(current + step - 1).end)
            return current
        }
    }
}

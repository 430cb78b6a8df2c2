/// One node of a parsed YAML document: a scalar, a sequence or a mapping, with its location.
///
/// Nodes are immutable values. Aliases are already expanded: a node reached through an
/// alias (`*name`) is a copy of the anchored node that carries the alias's own mark,
/// while its descendants keep the marks of the anchored definition. Merge keys (`<<`)
/// are already applied.
public struct YAMLNode: Sendable {
    /// The content of a node.
    public enum Content: Sendable {
        /// A scalar: text and the style it was written in.
        case scalar(YAMLScalar)
        /// A sequence, items in document order.
        case sequence([YAMLNode])
        /// A mapping, pairs in document order. Keys are always scalars and unique by text.
        case mapping([Pair])
    }

    /// One key/value entry of a mapping.
    public struct Pair: Sendable {
        /// The key node (always a scalar).
        public let key: YAMLNode
        /// The value node.
        public let value: YAMLNode

        /// Creates a pair.
        public init(key: YAMLNode, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    /// Where the node starts in the source.
    public let mark: YAMLMark
    /// The node's explicit tag, resolved to its full form (`!!str` is `tag:yaml.org,2002:str`,
    /// the non-specific tag is `!`), or nil when the node has no tag.
    public let tag: String?
    /// The node's content.
    public let content: Content

    /// Creates a node.
    public init(mark: YAMLMark, tag: String? = nil, content: Content) {
        self.mark = mark
        self.tag = tag
        self.content = content
    }

    /// The same node placed at another mark (used for alias uses).
    func relocated(to newMark: YAMLMark) -> YAMLNode {
        YAMLNode(mark: newMark, tag: tag, content: content)
    }
}

extension YAMLNode {
    /// The full tag `tag:yaml.org,2002:str`.
    static let stringTag = "tag:yaml.org,2002:str"
    /// The full tag `tag:yaml.org,2002:null`.
    static let nullTag = "tag:yaml.org,2002:null"

    /// The scalar, or nil for a collection.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The scalar's text, or nil for a collection.
    public var scalarText: String? {
        if case .scalar(let scalar) = content { return scalar.text }
        return nil
    }

    /// The items of a sequence, or nil for anything else.
    public var sequenceItems: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The pairs of a mapping in document order, or nil for anything else.
    public var mappingPairs: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// True for an untagged (or `!!null`-tagged) plain `null`, `~` or empty scalar.
    /// Quoted `"null"` and `!!str null` are text.
    public var isNull: Bool {
        guard case .scalar(let scalar) = content else { return false }
        guard tag == nil || tag == Self.nullTag else { return false }
        return scalar.isNull
    }

    /// "a mapping", "a sequence" or "a scalar", for messages.
    public var kindName: String {
        switch content {
        case .scalar: return "a scalar"
        case .sequence: return "a sequence"
        case .mapping: return "a mapping"
        }
    }

    /// The value stored under a scalar key with this exact text, for mappings; nil when the
    /// node is not a mapping or has no such key.
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = content else { return nil }
        for pair in pairs where pair.key.scalarText == key {
            return pair.value
        }
        return nil
    }
}

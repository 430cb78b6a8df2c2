import CLibYAML

/// Builds a ``YAMLNode`` tree from libyaml events in one pass, with an explicit stack of
/// open collections, enforcing the document rules and the ``YAMLLimits``.
///
/// Only the open collections are kept: a finished node is attached to its parent at once.
/// Nesting is checked as each collection starts, so a hostile document stops after
/// `maxDepth` events. Aliases are expanded by sharing the anchored node (nodes are values
/// with copy-on-write storage); the expanded size of every anchored node is recorded when
/// it ends, so each alias use charges the node budget in constant time.
struct TreeBuilder {
    /// A collection whose end event has not arrived yet.
    private struct OpenCollection {
        let isMapping: Bool
        let mark: YAMLMark
        let tag: String?
        let anchor: String?
        let anchorSerial: Int
        /// Where a sequence's items start in `itemBuffer`.
        let itemStart: Int
        /// A mapping's keys so far (its pairs are in `pairBuffer`).
        var mapping: MappingAssembly
        /// Nodes in this collection after alias expansion, itself included.
        var expandedSize = 1
        /// Nesting levels inside this collection after alias expansion, itself included.
        var height = 1
    }

    /// A finished node that has an anchor.
    private struct Anchored {
        let node: YAMLNode
        let expandedSize: Int
        let height: Int
        let serial: Int
    }

    private let file: String
    private let limits: YAMLLimits
    private var stack: [OpenCollection] = []
    /// The items of every open sequence, innermost last.
    private let itemBuffer = SlotStack<YAMLNode>()
    /// The pairs of every open mapping, innermost last.
    private let pairBuffer = SlotStack<YAMLNode.Pair>()
    private var anchors: [String: Anchored] = [:]
    private var anchorSerial = 0
    private var nodeCount = 0
    private var aliasUses = 0
    private var documentCount = 0
    /// The root node, once the first document's root has ended.
    private(set) var root: YAMLNode?

    /// Creates a builder for one file.
    init(file: String, limits: YAMLLimits) {
        self.file = file
        self.limits = limits
        stack.reserveCapacity(min(max(limits.maxDepth, 1), 64))
    }

    /// Processes one event. Returns true once the stream has ended.
    mutating func consume(_ event: UnsafePointer<yaml_event_t>) throws(YAMLError) -> Bool {
        let mark = YAMLMark(file: file, line: event.pointee.start_mark.line + 1, column: event.pointee.start_mark.column + 1)
        switch event.pointee.type {
        case YAML_SCALAR_EVENT:
            try scalar(event, mark: mark)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.pointee.data.sequence_start
            try startCollection(isMapping: false, mark: mark, tag: data.tag, anchor: data.anchor)
        case YAML_MAPPING_START_EVENT:
            let data = event.pointee.data.mapping_start
            try startCollection(isMapping: true, mark: mark, tag: data.tag, anchor: data.anchor)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            try endCollection()
        case YAML_ALIAS_EVENT:
            try alias(Self.string(event.pointee.data.alias.anchor), mark: mark)
        case YAML_DOCUMENT_START_EVENT:
            documentCount += 1
            if documentCount > 1 {
                throw YAMLError(
                    mark: mark,
                    message: "a second YAML document starts here, but a file may hold only one document; remove the '---' separator and what follows, or move it to its own file"
                )
            }
        case YAML_STREAM_END_EVENT:
            return true
        default:
            break
        }
        return false
    }

    // MARK: - Events

    private mutating func scalar(_ event: UnsafePointer<yaml_event_t>, mark: YAMLMark) throws(YAMLError) {
        let data = event.pointee.data.scalar
        let length = data.length
        if length > limits.maxScalarBytes {
            throw YAMLError(
                mark: mark,
                message: "this value is \(length) bytes long, more than the limit of \(limits.maxScalarBytes) bytes"
            )
        }
        let tag = try data.tag.map { pointer throws(YAMLError) in
            try TagPolicy.validate(Self.string(pointer), on: .scalar, at: mark)
        }
        let text = data.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self) } ?? ""
        let node = YAMLNode(mark: mark, tag: tag, content: .scalar(YAMLScalar(text: text, style: Self.style(data.style))))
        try charge(1, at: mark)
        if let anchor = data.anchor {
            anchorSerial += 1
            anchors[Self.string(anchor)] = Anchored(node: node, expandedSize: 1, height: 0, serial: anchorSerial)
        }
        try attach(node, expandedSize: 1, height: 0)
    }

    private mutating func startCollection(
        isMapping: Bool, mark: YAMLMark, tag: UnsafeMutablePointer<yaml_char_t>?, anchor: UnsafeMutablePointer<yaml_char_t>?
    ) throws(YAMLError) {
        if let parent = stack.last, parent.isMapping, parent.mapping.expectsKey {
            let kind = isMapping ? "a mapping" : "a sequence"
            throw YAMLError(mark: mark, message: "mapping keys must be plain text, but this key is \(kind)")
        }
        if stack.count >= limits.maxDepth {
            throw YAMLError(
                mark: mark,
                message: "collections are nested more than \(limits.maxDepth) levels deep here; flatten the structure"
            )
        }
        let kind: TagPolicy.NodeKind = isMapping ? .mapping : .sequence
        let resolvedTag = try tag.map { pointer throws(YAMLError) in
            try TagPolicy.validate(Self.string(pointer), on: kind, at: mark)
        }
        try charge(1, at: mark)
        var serial = 0
        let anchorName = anchor.map(Self.string)
        if anchorName != nil {
            anchorSerial += 1
            serial = anchorSerial
        }
        stack.append(OpenCollection(
            isMapping: isMapping, mark: mark, tag: resolvedTag, anchor: anchorName, anchorSerial: serial,
            itemStart: itemBuffer.count, mapping: MappingAssembly(start: pairBuffer.count)
        ))
    }

    private mutating func endCollection() throws(YAMLError) {
        guard let open = stack.popLast() else { return }
        let content: YAMLNode.Content
        if open.isMapping {
            content = .mapping(open.mapping.finish(taking: pairBuffer))
        } else {
            content = .sequence(itemBuffer.moveTop(from: open.itemStart))
        }
        let node = YAMLNode(mark: open.mark, tag: open.tag, content: content)
        if let anchor = open.anchor, (anchors[anchor]?.serial ?? 0) < open.anchorSerial {
            anchors[anchor] = Anchored(node: node, expandedSize: open.expandedSize, height: open.height, serial: open.anchorSerial)
        }
        try attach(node, expandedSize: open.expandedSize, height: open.height)
    }

    private mutating func alias(_ name: String, mark: YAMLMark) throws(YAMLError) {
        let defined = anchors[name]
        if let open = stack.last(where: { $0.anchor == name }), open.anchorSerial > (defined?.serial ?? 0) {
            throw YAMLError(
                mark: mark,
                message: "alias '*\(name)' is used inside the node anchored as '&\(name)' (line \(open.mark.line)); a node cannot contain itself"
            )
        }
        guard let defined else {
            throw YAMLError(
                mark: mark,
                message: "alias '*\(name)' refers to an anchor '&\(name)' that is not defined before this point"
            )
        }
        aliasUses += 1
        try charge(defined.expandedSize, at: mark)
        if stack.count + defined.height > limits.maxDepth {
            throw YAMLError(
                mark: mark,
                message: "through alias '*\(name)', collections are nested more than \(limits.maxDepth) levels deep here; flatten the structure"
            )
        }
        try attach(defined.node.relocated(to: mark), expandedSize: defined.expandedSize, height: defined.height)
    }

    // MARK: - Helpers

    /// Adds a finished node to the open collection, or makes it the root.
    private mutating func attach(_ node: consuming YAMLNode, expandedSize: Int, height: Int) throws(YAMLError) {
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        stack[top].expandedSize += expandedSize
        if height >= stack[top].height { stack[top].height = height + 1 }
        if stack[top].isMapping {
            try stack[top].mapping.add(node, to: pairBuffer)
        } else {
            itemBuffer.append(node)
        }
    }

    /// Counts nodes against the budget.
    private mutating func charge(_ nodes: Int, at mark: YAMLMark) throws(YAMLError) {
        nodeCount += nodes
        guard nodeCount > limits.maxNodes else { return }
        if aliasUses > 0 {
            throw YAMLError(
                mark: mark,
                message: "document expands to more than \(limits.maxNodes) nodes through aliases; use fewer or smaller aliases"
            )
        }
        throw YAMLError(mark: mark, message: "document has more than \(limits.maxNodes) nodes")
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>) -> String {
        String(cString: pointer)
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}

/// The state of one mapping while its events arrive: checks that keys are scalars and
/// unique, and applies merge keys (`<<`) when the mapping ends.
///
/// The pairs themselves live in a buffer shared by all open mappings (owned by
/// ``TreeBuilder``), from `start` to the end; this keeps growing arrays out of the hot path
/// and gives every finished mapping an array of exactly the right size.
struct MappingAssembly {
    /// Where this mapping's pairs start in the shared buffer.
    let start: Int
    /// The key waiting for its value.
    private var pendingKey: YAMLNode?
    /// The line of each key, kept once the mapping is large enough for linear search to hurt.
    private var keyLines: [String: Int]?
    /// The `<<` key, if the mapping has one.
    private var mergeKey: YAMLNode?
    /// Mappings to merge, earlier ones first, and where the `<<` entry was.
    private var mergeSources: [[YAMLNode.Pair]] = []
    private var mergePosition = 0

    private static let linearSearchLimit = 12

    init(start: Int) {
        self.start = start
    }

    /// True when the next node is a key (not a value).
    var expectsKey: Bool { pendingKey == nil }

    /// Accepts the next node: a key (which must be a new scalar) or the value of the pending key.
    mutating func add(_ node: consuming YAMLNode, to buffer: SlotStack<YAMLNode.Pair>) throws(YAMLError) {
        guard let key = pendingKey.take() else {
            try checkKey(node, in: buffer)
            pendingKey = node
            return
        }
        if Self.isMergeKey(key) {
            mergeKey = key
            mergeSources = try Self.mergeSources(of: node)
            mergePosition = buffer.count - start
            return
        }
        let count = buffer.count - start
        if keyLines != nil {
            keyLines?[key.scalarText ?? ""] = key.mark.line
        } else if count + 1 > Self.linearSearchLimit {
            var lines: [String: Int] = [:]
            lines.reserveCapacity(count * 2)
            for index in start..<buffer.count { lines[buffer[index].key.scalarText ?? ""] = buffer[index].key.mark.line }
            lines[key.scalarText ?? ""] = key.mark.line
            keyLines = lines
        }
        buffer.append(YAMLNode.Pair(key: key, value: node))
    }

    /// Removes this mapping's pairs from the buffer and returns them, with merged pairs
    /// inserted where the `<<` entry was. Explicit keys win over merged ones, and earlier
    /// merged mappings win over later ones.
    func finish(taking buffer: SlotStack<YAMLNode.Pair>) -> [YAMLNode.Pair] {
        var pairs = buffer.moveTop(from: start)
        guard mergeKey != nil else { return pairs }
        var taken = Set<String>()
        for pair in pairs { taken.insert(pair.key.scalarText ?? "") }
        var merged: [YAMLNode.Pair] = []
        for source in mergeSources {
            for pair in source where taken.insert(pair.key.scalarText ?? "").inserted {
                merged.append(pair)
            }
        }
        pairs.insert(contentsOf: merged, at: mergePosition)
        return pairs
    }

    /// Checks that `key` is a scalar that this mapping does not have yet.
    private func checkKey(_ key: YAMLNode, in buffer: SlotStack<YAMLNode.Pair>) throws(YAMLError) {
        guard case .scalar(let scalar) = key.content else {
            throw YAMLError(mark: key.mark, message: "mapping keys must be plain text, but this key is \(key.kindName)")
        }
        if Self.isMergeKey(key) {
            if let first = mergeKey { throw duplicate("<<", at: key.mark, firstLine: first.mark.line) }
            return
        }
        if let keyLines {
            if let line = keyLines[scalar.text] { throw duplicate(scalar.text, at: key.mark, firstLine: line) }
            return
        }
        for index in start..<buffer.count {
            if case .scalar(let existing) = buffer[index].key.content, existing.text == scalar.text {
                throw duplicate(scalar.text, at: key.mark, firstLine: buffer[index].key.mark.line)
            }
        }
    }

    /// A plain, untagged `<<`.
    private static func isMergeKey(_ key: YAMLNode) -> Bool {
        guard key.tag == nil, case .scalar(let scalar) = key.content, scalar.style == .plain else { return false }
        return scalar.text.utf8.count == 2 && scalar.text == "<<"
    }

    private func duplicate(_ text: String, at mark: YAMLMark, firstLine: Int) -> YAMLError {
        YAMLError(mark: mark, message: "duplicate key '\(text)' (it is already defined on line \(firstLine))")
    }

    /// The mappings named by the value of a `<<` key: one mapping or a sequence of them.
    private static func mergeSources(of value: YAMLNode) throws(YAMLError) -> [[YAMLNode.Pair]] {
        switch value.content {
        case .mapping(let pairs):
            return [pairs]
        case .sequence(let items):
            var sources: [[YAMLNode.Pair]] = []
            for item in items {
                guard case .mapping(let pairs) = item.content else {
                    throw YAMLError(
                        mark: item.mark,
                        message: "a merge key '<<' takes a mapping or a list of mappings, but this item is \(item.kindName)"
                    )
                }
                sources.append(pairs)
            }
            return sources
        case .scalar:
            throw YAMLError(
                mark: value.mark,
                message: "a merge key '<<' takes a mapping or a list of mappings (such as *defaults), but its value is a scalar"
            )
        }
    }
}

import CLibYAML

/// Turns libyaml events into the nodes of a ``CompactYAMLDocument``, refusing anything that needs the full parser.
///
/// It applies every ``YAMLLimits`` limit as the events arrive (so hostile input stops early), and checks each
/// mapping key as it arrives: a scalar, ASCII, not `<<`, and new in its mapping (compared by symbol or by bytes
/// for small mappings, by hash for large ones, where a collision just sends the file to the full parser).
struct CompactYAMLBuilder {
    /// A collection whose end event has not arrived yet.
    private struct Open {
        let node: Int
        let isMapping: Bool
        /// For a mapping: true when the next child is a key.
        var expectsKey = true
        var children: UInt32 = 0
        /// Where this mapping's key indices start in `keyStack`.
        let keyStart: Int
        /// Key hashes, once a mapping has more keys than a linear search should check.
        var keyHashes: Set<Int>?
    }

    private static let linearSearchLimit = 12

    private let limits: YAMLLimits
    private let keys: YAMLKeyTable
    private(set) var nodes: [CompactYAMLNode] = []
    private(set) var text: [UInt8] = []
    private var open: [Open] = []
    /// The key node indices of every open mapping, innermost last.
    private var keyStack: [Int] = []
    private var documents = 0

    /// Creates a builder sized for an input of `byteCount` bytes.
    init(limits: YAMLLimits, keys: YAMLKeyTable, byteCount: Int) {
        self.limits = limits
        self.keys = keys
        nodes.reserveCapacity(byteCount / 12 + 16)
        text.reserveCapacity(byteCount)
        open.reserveCapacity(16)
        keyStack.reserveCapacity(64)
    }

    /// Processes one event. Returns true once the stream has ended.
    mutating func consume(_ event: UnsafePointer<yaml_event_t>) throws(CompactYAMLRefusal) -> Bool {
        let line = UInt32(truncatingIfNeeded: event.pointee.start_mark.line + 1)
        let column = UInt32(truncatingIfNeeded: event.pointee.start_mark.column + 1)
        switch event.pointee.type {
        case YAML_SCALAR_EVENT:
            let data = event.pointee.data.scalar
            guard data.tag == nil else { throw .tag }
            guard data.anchor == nil else { throw .anchorOrAlias }
            guard data.length <= limits.maxScalarBytes else { throw .scalarTooLong }
            let bytes = UnsafeBufferPointer(start: data.value, count: data.value == nil ? 0 : data.length)
            try scalar(bytes, isPlain: data.style == YAML_PLAIN_SCALAR_STYLE, line: line, column: column)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.pointee.data.sequence_start
            guard data.tag == nil else { throw .tag }
            guard data.anchor == nil else { throw .anchorOrAlias }
            try startCollection(.sequence, line: line, column: column)
        case YAML_MAPPING_START_EVENT:
            let data = event.pointee.data.mapping_start
            guard data.tag == nil else { throw .tag }
            guard data.anchor == nil else { throw .anchorOrAlias }
            try startCollection(.mapping, line: line, column: column)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            endCollection()
        case YAML_ALIAS_EVENT:
            throw .anchorOrAlias
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            guard documents == 1 else { throw .notOneDocument }
        case YAML_STREAM_END_EVENT:
            guard !nodes.isEmpty else { throw .notOneDocument }
            return true
        default:
            break
        }
        return false
    }

    // MARK: - Events

    private mutating func scalar(
        _ bytes: UnsafeBufferPointer<UInt8>, isPlain: Bool, line: UInt32, column: UInt32
    ) throws(CompactYAMLRefusal) {
        var symbol = YAMLKeyTable.unknown
        if let top = open.indices.last, open[top].isMapping, open[top].expectsKey {
            symbol = try checkKey(bytes, in: top)
            keyStack.append(nodes.count)
        }
        try countChild()
        let start = text.count
        text.append(contentsOf: bytes)
        nodes.append(CompactYAMLNode(
            kind: .scalar, isPlain: isPlain, symbol: symbol, line: line, column: column,
            textStart: UInt32(truncatingIfNeeded: start), count: UInt32(truncatingIfNeeded: bytes.count),
            end: UInt32(truncatingIfNeeded: nodes.count + 1)))
    }

    private mutating func startCollection(_ kind: CompactYAMLNode.Kind, line: UInt32, column: UInt32) throws(CompactYAMLRefusal) {
        if let top = open.last, top.isMapping, top.expectsKey { throw .unusualKey }
        guard open.count < limits.maxDepth else { throw .tooDeep }
        try countChild()
        open.append(Open(node: nodes.count, isMapping: kind == .mapping, keyStart: keyStack.count))
        nodes.append(CompactYAMLNode(
            kind: kind, isPlain: false, symbol: YAMLKeyTable.unknown, line: line, column: column,
            textStart: 0, count: 0, end: 0))
    }

    private mutating func endCollection() {
        guard let finished = open.popLast() else { return }
        nodes[finished.node].count = finished.children
        nodes[finished.node].end = UInt32(truncatingIfNeeded: nodes.count)
        if finished.isMapping { keyStack.removeSubrange(finished.keyStart...) }
    }

    // MARK: - Helpers

    /// Charges the node budget and counts the new node as a child of the open collection.
    private mutating func countChild() throws(CompactYAMLRefusal) {
        guard nodes.count < limits.maxNodes else { throw .tooManyNodes }
        guard let top = open.indices.last else { return }
        open[top].children += 1
        if open[top].isMapping { open[top].expectsKey.toggle() }
    }

    /// Checks a key of the mapping `open[top]` and returns its symbol.
    private mutating func checkKey(_ bytes: UnsafeBufferPointer<UInt8>, in top: Int) throws(CompactYAMLRefusal) -> Int32 {
        for byte in bytes where byte >= 0x80 { throw .unusualKey }
        if bytes.count == 2, bytes[0] == UInt8(ascii: "<"), bytes[1] == UInt8(ascii: "<") { throw .unusualKey }
        let symbol = keys.symbol(of: bytes)
        let start = open[top].keyStart
        let count = keyStack.count - start
        if open[top].keyHashes != nil {
            guard open[top].keyHashes!.insert(YAMLKeyTable.hash(bytes)).inserted else { throw .duplicateKey }
            return symbol
        }
        for position in start..<keyStack.count where isSameKey(keyStack[position], bytes, symbol: symbol) {
            throw .duplicateKey
        }
        if count + 1 > Self.linearSearchLimit {
            var hashes = Set<Int>(minimumCapacity: count * 2)
            for position in start..<keyStack.count {
                hashes.insert(withKeyBytes(keyStack[position]) { YAMLKeyTable.hash($0) })
            }
            guard hashes.insert(YAMLKeyTable.hash(bytes)).inserted else { throw .duplicateKey }
            open[top].keyHashes = hashes
        }
        return symbol
    }

    private func isSameKey(_ node: Int, _ bytes: UnsafeBufferPointer<UInt8>, symbol: Int32) -> Bool {
        let existing = nodes[node]
        if symbol != YAMLKeyTable.unknown || existing.symbol != YAMLKeyTable.unknown { return existing.symbol == symbol }
        guard Int(existing.count) == bytes.count else { return false }
        return withKeyBytes(node) { $0.elementsEqual(bytes) }
    }

    private func withKeyBytes<Result>(_ node: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = Int(nodes[node].textStart), count = Int(nodes[node].count)
        return text.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<start + count])) }
    }

    /// The finished document.
    func document(file: String) -> CompactYAMLDocument {
        CompactYAMLDocument(file: file, nodes: nodes, text: text)
    }
}

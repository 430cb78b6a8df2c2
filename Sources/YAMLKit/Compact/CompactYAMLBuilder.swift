import CLibYAML

/// Turns libyaml events into the nodes of a ``CompactYAMLDocument``, refusing anything that needs the full parser.
///
/// It applies every ``YAMLLimits`` limit as the events arrive (so hostile input stops early), and checks each
/// mapping key as it arrives: a scalar, ASCII, not `<<`, and new in its mapping. Keys from the key table are
/// compared as bits of their symbols; other keys by bytes in small mappings and by hash in large ones, where a
/// collision just sends the file to the full parser.
struct CompactYAMLBuilder {
    /// A collection whose end event has not arrived yet (or the document level, which holds the root).
    private struct Open {
        let node: Int
        let isMapping: Bool
        /// For a mapping: true when the next child is a key.
        var expectsKey = true
        var children: UInt32 = 0
        /// The key symbols below 64 this mapping has, as bits.
        var symbolBits: UInt64 = 0
        /// Where this mapping's other keys (data such as language codes) start in `dataKeys`.
        let dataKeyStart: Int
        /// Hashes of the other keys, once a mapping has more than a linear search should check.
        var dataKeyHashes: Set<Int>?
    }

    private static let linearSearchLimit = 12

    private let limits: YAMLLimits
    private let keys: YAMLKeyTable
    private(set) var nodes: [CompactYAMLNode] = []
    /// The text of every scalar; only the first `textCount` bytes are used.
    private var text: [UInt8]
    private var textCount = 0
    /// The innermost open collection.
    private var top: Open
    /// The open collections around `top`, outermost first.
    private var outer: [Open] = []
    /// The key nodes of every open mapping whose symbols are not tracked as bits, innermost last.
    private var dataKeys: [Int] = []
    private var documents = 0

    /// Creates a builder sized for an input of `byteCount` bytes.
    init(limits: YAMLLimits, keys: YAMLKeyTable, byteCount: Int) {
        self.limits = limits
        self.keys = keys
        nodes.reserveCapacity(byteCount / 12 + 16)
        text = [UInt8](repeating: 0, count: byteCount + 64)
        top = Open(node: -1, isMapping: false, dataKeyStart: 0)
        outer.reserveCapacity(16)
        dataKeys.reserveCapacity(64)
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
        let symbol = top.isMapping && top.expectsKey ? try checkKey(bytes) : YAMLKeyTable.unknown
        try countChild()
        let start = textCount
        if bytes.count > 0, let source = bytes.baseAddress {
            if textCount + bytes.count > text.count {
                text.append(contentsOf: repeatElement(0, count: max(bytes.count, text.count)))
            }
            text.withUnsafeMutableBufferPointer { buffer in
                (buffer.baseAddress! + start).update(from: source, count: bytes.count)
            }
            textCount += bytes.count
        }
        nodes.append(CompactYAMLNode(
            kind: .scalar, isPlain: isPlain, symbol: symbol, line: line, column: column,
            textStart: UInt32(truncatingIfNeeded: start), count: UInt32(truncatingIfNeeded: bytes.count),
            end: UInt32(truncatingIfNeeded: nodes.count + 1)))
    }

    private mutating func startCollection(_ kind: CompactYAMLNode.Kind, line: UInt32, column: UInt32) throws(CompactYAMLRefusal) {
        if top.isMapping, top.expectsKey { throw .unusualKey }
        guard outer.count < limits.maxDepth else { throw .tooDeep }
        try countChild()
        outer.append(top)
        top = Open(node: nodes.count, isMapping: kind == .mapping, dataKeyStart: dataKeys.count)
        nodes.append(CompactYAMLNode(
            kind: kind, isPlain: false, symbol: YAMLKeyTable.unknown, line: line, column: column,
            textStart: 0, count: 0, end: 0))
    }

    private mutating func endCollection() {
        guard let parent = outer.popLast() else { return }
        nodes[top.node].count = top.children
        nodes[top.node].end = UInt32(truncatingIfNeeded: nodes.count)
        if top.isMapping, dataKeys.count > top.dataKeyStart { dataKeys.removeSubrange(top.dataKeyStart...) }
        top = parent
    }

    // MARK: - Helpers

    /// Charges the node budget and counts the new node as a child of the open collection.
    private mutating func countChild() throws(CompactYAMLRefusal) {
        guard nodes.count < limits.maxNodes else { throw .tooManyNodes }
        top.children += 1
        if top.isMapping { top.expectsKey.toggle() }
    }

    /// Checks a key of the innermost mapping and returns its symbol.
    private mutating func checkKey(_ bytes: UnsafeBufferPointer<UInt8>) throws(CompactYAMLRefusal) -> Int32 {
        var hashing = YAMLKeyTable.Hashing()
        var allBits: UInt8 = 0
        for byte in bytes {
            allBits |= byte
            hashing.add(byte)
        }
        guard allBits < 0x80 else { throw .unusualKey }
        if bytes.count == 2, bytes[0] == UInt8(ascii: "<"), bytes[1] == UInt8(ascii: "<") { throw .unusualKey }
        let hash = hashing.value
        let symbol = keys.symbol(of: bytes, hash: hash)
        if symbol >= 0, symbol < 64 {
            let bit: UInt64 = 1 << UInt64(symbol)
            guard top.symbolBits & bit == 0 else { throw .duplicateKey }
            top.symbolBits |= bit
            return symbol
        }
        if top.dataKeyHashes != nil {
            guard top.dataKeyHashes!.insert(hash).inserted else { throw .duplicateKey }
        } else {
            for position in top.dataKeyStart..<dataKeys.count where isSameKey(dataKeys[position], bytes) {
                throw .duplicateKey
            }
            if dataKeys.count - top.dataKeyStart + 1 > Self.linearSearchLimit {
                var hashes = Set<Int>(minimumCapacity: Self.linearSearchLimit * 4)
                for position in top.dataKeyStart..<dataKeys.count {
                    hashes.insert(withKeyBytes(dataKeys[position]) { YAMLKeyTable.hash($0) })
                }
                guard hashes.insert(hash).inserted else { throw .duplicateKey }
                top.dataKeyHashes = hashes
            }
        }
        dataKeys.append(nodes.count)
        return symbol
    }

    private func isSameKey(_ node: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(nodes[node].count) == bytes.count else { return false }
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

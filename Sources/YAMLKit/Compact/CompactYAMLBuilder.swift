import CLibYAML

/// Turns libyaml events into the nodes of a ``CompactYAMLDocument``, refusing anything that needs the full parser.
///
/// It applies every ``YAMLLimits`` limit as the events arrive (so hostile input stops early), and checks each
/// mapping key as it arrives: a scalar, ASCII, not `<<`, and new in its mapping. Keys from the key table are
/// compared as bits of their symbols; other keys by bytes in small mappings and by hash in large ones, where a
/// collision just sends the file to the full parser.
///
/// Nodes and text are written into buffers the builder owns (``GrowableBuffer``), without the uniqueness and
/// bounds checks of an array append on every event, and handed over to the document at the end.
struct CompactYAMLBuilder: ~Copyable {
    /// A collection whose end event has not arrived yet (or the document level, which holds the root).
    /// (Internal rather than private: a private type as the element of a noncopyable generic buffer crashes the
    /// compiler in debug builds, 6.3.1.)
    struct Open {
        let node: Int
        let isMapping: Bool
        /// For a mapping: true when the next child is a key.
        var expectsKey = true
        var children: UInt32 = 0
        /// The key symbols below 64 this mapping has, as bits.
        var symbolBits: UInt64 = 0
        /// Where this mapping's other keys (data such as language codes) start in `dataKeys`.
        let dataKeyStart: Int
        /// True once the mapping has more other keys than a linear search should check: their hashes are then the
        /// last entry of `dataKeyHashes`.
        var hashesDataKeys = false
    }

    private static let linearSearchLimit = 12

    private let limits: YAMLLimits
    private let keys: YAMLKeyTable
    private var nodes: GrowableBuffer<CompactYAMLNode>
    /// The text of every scalar.
    private var text: GrowableBuffer<UInt8>
    /// The innermost open collection.
    private var top: Open
    /// The open collections around `top`, outermost first.
    private var outer = GrowableBuffer<Open>(capacity: 16)
    /// The key nodes of every open mapping whose symbols are not tracked as bits, innermost last.
    private var dataKeys = GrowableBuffer<Int>(capacity: 64)
    /// The hashes of the other keys of each open mapping that has many, innermost last.
    private var dataKeyHashes: [Set<Int>] = []
    private var documents = 0

    /// Creates a builder sized for an input of `byteCount` bytes.
    init(limits: YAMLLimits, keys: YAMLKeyTable, byteCount: Int) {
        self.limits = limits
        self.keys = keys
        nodes = GrowableBuffer(capacity: byteCount / 12 + 16)
        text = GrowableBuffer(capacity: byteCount + 64)
        top = Open(node: -1, isMapping: false, dataKeyStart: 0)
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
            guard nodes.count > 0 else { throw .notOneDocument }
            return true
        default:
            break
        }
        return false
    }

    // MARK: - Events

    /// Adds a scalar node (and checks it when it is a key). Inlined into ``consume(_:)``: most events are scalars, and
    /// the call alone, with its saved registers, cost a tenth of the builder's time.
    @inline(__always)
    private mutating func scalar(
        _ bytes: UnsafeBufferPointer<UInt8>, isPlain: Bool, line: UInt32, column: UInt32
    ) throws(CompactYAMLRefusal) {
        let isKey = top.isMapping && top.expectsKey
        let start = text.count
        let symbol: Int32
        // Short text (every key of the formats, and many values) is read once into two words, which serve both the
        // key lookup and the copy into the text buffer.
        if let words = YAMLKeyTable.Words(bytes) {
            symbol = isKey ? try checkKey(words, bytes) : YAMLKeyTable.unknown
            try countChild()
            text.append(words)
        } else {
            symbol = isKey ? try checkLongKey(bytes) : YAMLKeyTable.unknown
            try countChild()
            text.append(contentsOf: bytes)
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
        guard outer.count > 0 else { return }
        let parent = outer.removeLast()
        nodes[top.node].count = top.children
        nodes[top.node].end = UInt32(truncatingIfNeeded: nodes.count)
        if top.isMapping { dataKeys.removeAll(from: top.dataKeyStart) }
        if top.hashesDataKeys { dataKeyHashes.removeLast() }
        top = parent
    }

    // MARK: - Helpers

    /// Charges the node budget and counts the new node as a child of the open collection.
    private mutating func countChild() throws(CompactYAMLRefusal) {
        guard nodes.count < limits.maxNodes else { throw .tooManyNodes }
        top.children += 1
        if top.isMapping { top.expectsKey.toggle() }
    }

    /// Checks a key of at most 16 bytes (`bytes`, read as `words`) of the innermost mapping and returns its symbol.
    @inline(__always)
    private mutating func checkKey(_ words: YAMLKeyTable.Words, _ bytes: UnsafeBufferPointer<UInt8>) throws(CompactYAMLRefusal) -> Int32 {
        guard words.isASCII else { throw .unusualKey }
        return try register(keys.symbol(of: words), bytes)
    }

    /// Checks a longer key of the innermost mapping and returns its symbol.
    private mutating func checkLongKey(_ bytes: UnsafeBufferPointer<UInt8>) throws(CompactYAMLRefusal) -> Int32 {
        var allBits: UInt8 = 0
        for byte in bytes { allBits |= byte }
        guard allBits < 0x80 else { throw .unusualKey }
        return try register(keys.symbol(of: bytes), bytes)
    }

    /// Records an ASCII key with its symbol in the innermost mapping, refusing the merge key and a repeated key.
    private mutating func register(_ symbol: Int32, _ bytes: UnsafeBufferPointer<UInt8>) throws(CompactYAMLRefusal) -> Int32 {
        if bytes.count == 2, bytes[0] == UInt8(ascii: "<"), bytes[1] == UInt8(ascii: "<") { throw .unusualKey }
        if symbol >= 0, symbol < 64 {
            let bit: UInt64 = 1 << UInt64(symbol)
            guard top.symbolBits & bit == 0 else { throw .duplicateKey }
            top.symbolBits |= bit
            return symbol
        }
        try checkDataKey(bytes)
        dataKeys.append(nodes.count)
        return symbol
    }

    /// Checks that a key not tracked as a symbol bit is new in the innermost mapping.
    private mutating func checkDataKey(_ bytes: UnsafeBufferPointer<UInt8>) throws(CompactYAMLRefusal) {
        if top.hashesDataKeys {
            guard dataKeyHashes[dataKeyHashes.count - 1].insert(YAMLKeyTable.hash(bytes)).inserted else {
                throw .duplicateKey
            }
            return
        }
        for position in top.dataKeyStart..<dataKeys.count where isSameKey(dataKeys[position], bytes) {
            throw .duplicateKey
        }
        guard dataKeys.count - top.dataKeyStart + 1 > Self.linearSearchLimit else { return }
        var hashes = Set<Int>(minimumCapacity: Self.linearSearchLimit * 4)
        for position in top.dataKeyStart..<dataKeys.count {
            hashes.insert(YAMLKeyTable.hash(keyBytes(dataKeys[position])))
        }
        guard hashes.insert(YAMLKeyTable.hash(bytes)).inserted else { throw .duplicateKey }
        dataKeyHashes.append(hashes)
        top.hashesDataKeys = true
    }

    private func isSameKey(_ node: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let key = keyBytes(node)
        return key.count == bytes.count && key.elementsEqual(bytes)
    }

    /// The text of the scalar node at `node` (valid until the text buffer grows).
    private func keyBytes(_ node: Int) -> UnsafeBufferPointer<UInt8> {
        let entry = nodes[node]
        return text.slice(from: Int(entry.textStart), count: Int(entry.count))
    }

    /// The finished document, which takes over the node and text buffers as they are (no copy).
    consuming func document(file: String) -> CompactYAMLDocument {
        let nodes = nodes.handOver()
        let text = text.handOver()
        return CompactYAMLDocument(file: file, storage: CompactYAMLStorage(
            nodes: nodes.base, nodeCount: nodes.count, text: text.base, textCount: text.count))
    }
}

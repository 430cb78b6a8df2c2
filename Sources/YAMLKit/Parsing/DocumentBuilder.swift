internal import CLibYAML

/// Turns libyaml events into the nodes of a ``YAMLDocument``, enforcing the document rules and the ``YAMLLimits``
/// as the events arrive, so hostile input stops early.
///
/// The rules: one document per file; mapping keys are scalars and unique in their mapping (a repeated key is
/// reported at its second use, naming the line of the first); aliases refer to anchors defined earlier and never to
/// a node that contains them; merge keys (`<<`) add the keys a mapping does not state itself; only the core-schema
/// tags are accepted (``TagPolicy``). Keys from the key table are recognised by their symbols, compared as bits;
/// other keys by bytes in small mappings and by hash in large ones (a hash collision is then checked by bytes).
///
/// Nodes and text are written into buffers the builder owns (``GrowableBuffer``), without the uniqueness and
/// bounds checks of an array append on every event, and handed over to the document at the end. Anchors, aliases
/// and merge keys are rare: their handling lives in `DocumentBuilder+Aliases.swift` and costs nothing otherwise.
struct DocumentBuilder: ~Copyable {
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
        /// Nesting levels inside this collection after alias expansion, itself included.
        var height: Int32 = 1
        /// The serial number of this collection's anchor, or 0 when it has none.
        let anchorSerial: Int32
        /// True once the mapping has a merge key (`<<`).
        var hasMergeKey = false
    }

    static let linearSearchLimit = 12

    let file: String
    let limits: YAMLLimits
    let keys: YAMLKeyTable
    var nodes: GrowableBuffer<YAMLNode>
    /// The text of every scalar.
    var text: GrowableBuffer<UInt8>
    /// The innermost open collection.
    var top: Open
    /// The open collections around `top`, outermost first.
    var outer = GrowableBuffer<Open>(capacity: 16)
    /// The key nodes of every open mapping whose symbols are not tracked as bits, innermost last.
    var dataKeys = GrowableBuffer<Int>(capacity: 64)
    /// The hashes of the other keys of each open mapping that has many, innermost last (a hash seen before is
    /// checked against the mapping's keys by bytes, so a collision is never taken for a repeated key).
    var dataKeyHashes: [Set<Int>] = []
    var documents = 0
    /// Anchors, aliases and merge keys seen so far (see `DocumentBuilder+Aliases.swift`).
    var anchors = AnchorTable()
    /// The bytes of scalar text that aliases have repeated so far (text written once is in `text`).
    var aliasTextBytes = 0
    /// The most bytes of scalar text the document may hold after alias expansion (see ``YAMLLimits``).
    let maxExpandedTextBytes: Int

    /// Creates a builder for the file named `file`, sized for an input of `byteCount` bytes.
    init(file: String, limits: YAMLLimits, keys: YAMLKeyTable, byteCount: Int) {
        self.file = file
        self.limits = limits
        self.keys = keys
        maxExpandedTextBytes = limits.maxExpandedTextBytes(forFileOf: byteCount)
        nodes = GrowableBuffer(capacity: byteCount / 12 + 16)
        text = GrowableBuffer(capacity: byteCount + 64)
        top = Open(node: -1, isMapping: false, dataKeyStart: 0, anchorSerial: 0)
    }

    /// Marks on a line after this one are moved to `endLine`:`endColumn` (see `moveMarks(pastLine:to:)`).
    private var lastLine = UInt32.max
    private var endLine: UInt32 = 1
    private var endColumn: UInt32 = 1

    /// Places every mark libyaml puts after line `lineCount` at `end` instead: for input that does not end with a
    /// line break, where libyaml counts one line more at the end of the stream (see `SourceText.unterminatedEnd()`).
    mutating func moveMarks(pastLine lineCount: Int, to end: YAMLMark) {
        lastLine = UInt32(clamping: lineCount)
        endLine = UInt32(clamping: end.line)
        endColumn = UInt32(clamping: end.column)
    }

    /// Processes one event. Returns true once the stream has ended.
    mutating func consume(_ event: UnsafePointer<yaml_event_t>) throws(YAMLError) -> Bool {
        var line = UInt32(truncatingIfNeeded: event.pointee.start_mark.line + 1)
        var column = UInt32(truncatingIfNeeded: event.pointee.start_mark.column + 1)
        if line > lastLine { (line, column) = (endLine, endColumn) }
        switch event.pointee.type {
        case YAML_SCALAR_EVENT:
            let data = event.pointee.data.scalar
            guard data.length <= limits.maxScalarBytes else {
                throw error(line, column, "this value is \(data.length) bytes long, more than the limit of \(limits.maxScalarBytes) bytes")
            }
            var style: YAMLNode.ScalarStyle
            switch data.style {
            case YAML_PLAIN_SCALAR_STYLE: style = .plain
            case YAML_LITERAL_SCALAR_STYLE, YAML_FOLDED_SCALAR_STYLE: style = .block
            default: style = .quoted
            }
            if let tag = data.tag, try checkTag(tag, on: .scalar, line, column) != TagPolicy.nullTag, style == .plain {
                style = .quoted
            }
            let bytes = UnsafeBufferPointer(start: data.value, count: data.value == nil ? 0 : data.length)
            try scalar(bytes, style: style, line: line, column: column)
            if let anchor = data.anchor { anchors.defineScalar(String(cString: anchor), node: nodes[nodes.count - 1]) }
        case YAML_SEQUENCE_START_EVENT:
            let data = event.pointee.data.sequence_start
            if let tag = data.tag { _ = try checkTag(tag, on: .sequence, line, column) }
            try startCollection(.sequence, anchor: data.anchor, line: line, column: column)
        case YAML_MAPPING_START_EVENT:
            let data = event.pointee.data.mapping_start
            if let tag = data.tag { _ = try checkTag(tag, on: .mapping, line, column) }
            try startCollection(.mapping, anchor: data.anchor, line: line, column: column)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            try endCollection()
        case YAML_ALIAS_EVENT:
            try alias(String(cString: event.pointee.data.alias.anchor), line: line, column: column)
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            guard documents == 1 else {
                throw error(line, column, "a second YAML document starts here, but a file may hold only one document; "
                    + "remove the '---' separator and what follows, or move it to its own file")
            }
        case YAML_STREAM_END_EVENT:
            guard nodes.count > 0 else {
                throw error(1, 1, "file is empty (or holds only comments): expected YAML content such as a mapping of "
                    + "keys to values")
            }
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
    mutating func scalar(
        _ bytes: UnsafeBufferPointer<UInt8>, style: YAMLNode.ScalarStyle, line: UInt32, column: UInt32
    ) throws(YAMLError) {
        let isPlain = style == .plain
        let isKey = top.isMapping && top.expectsKey
        let start = text.count
        let symbol: Int32
        // Short text (every key of the formats, and many values) is read once into two words, which serve both the
        // key lookup and the copy into the text buffer.
        if let words = YAMLKeyTable.Words(bytes) {
            symbol = isKey ? try register(keys.symbol(of: words), bytes, isPlain: isPlain, line, column) : YAMLKeyTable.unknown
            try countChild(line, column)
            text.append(words)
        } else {
            symbol = isKey ? try register(keys.symbol(of: bytes), bytes, isPlain: isPlain, line, column) : YAMLKeyTable.unknown
            try countChild(line, column)
            text.append(contentsOf: bytes)
        }
        nodes.append(YAMLNode(
            kind: .scalar, style: style, symbol: symbol, line: line, column: column,
            textStart: UInt32(truncatingIfNeeded: start), count: UInt32(truncatingIfNeeded: bytes.count),
            end: UInt32(truncatingIfNeeded: nodes.count + 1)))
    }

    private mutating func startCollection(
        _ kind: YAMLNode.Kind, anchor: UnsafeMutablePointer<yaml_char_t>?, line: UInt32, column: UInt32
    ) throws(YAMLError) {
        if top.isMapping, top.expectsKey {
            throw error(line, column, "mapping keys must be plain text, but this key is \(kind == .mapping ? "a mapping" : "a sequence")")
        }
        guard outer.count < limits.maxDepth else {
            throw error(line, column, "collections are nested more than \(limits.maxDepth) levels deep here; flatten the structure")
        }
        try countChild(line, column)
        outer.append(top)
        let serial = anchor.map { anchors.open(String(cString: $0)) } ?? 0
        top = Open(node: nodes.count, isMapping: kind == .mapping, dataKeyStart: dataKeys.count, anchorSerial: serial)
        nodes.append(YAMLNode(
            kind: kind, style: .quoted, symbol: YAMLKeyTable.unknown, line: line, column: column,
            textStart: 0, count: 0, end: 0))
    }

    private mutating func endCollection() throws(YAMLError) {
        guard outer.count > 0 else { return }
        if top.hasMergeKey { try applyMergeKeys() }
        nodes[top.node].count = top.children
        nodes[top.node].end = UInt32(truncatingIfNeeded: nodes.count)
        if top.isMapping { dataKeys.removeAll(from: top.dataKeyStart) }
        if top.hashesDataKeys { dataKeyHashes.removeLast() }
        if top.anchorSerial != 0 { anchors.close(top.anchorSerial, nodes: nodes, from: top.node, height: top.height) }
        let height = top.height
        top = outer.removeLast()
        if height >= top.height { top.height = height + 1 }
    }

    // MARK: - Helpers

    /// Charges the node budget and counts the new node as a child of the open collection.
    @inline(__always)
    mutating func countChild(_ line: UInt32, _ column: UInt32) throws(YAMLError) {
        guard nodes.count < limits.maxNodes else { throw tooManyNodes(line, column) }
        top.children += 1
        if top.isMapping { top.expectsKey.toggle() }
    }

    /// The error for a document over the node budget.
    @inline(never)
    func tooManyNodes(_ line: UInt32, _ column: UInt32) -> YAMLError {
        if anchors.aliasUses > 0 {
            return error(line, column, "document expands to more than \(limits.maxNodes) nodes through aliases; use fewer or smaller aliases")
        }
        return error(line, column, "document has more than \(limits.maxNodes) nodes")
    }

    /// Checks a tag (libyaml gives it resolved to its full form) and returns it in canonical form.
    private func checkTag(
        _ tag: UnsafeMutablePointer<yaml_char_t>, on kind: TagPolicy.NodeKind, _ line: UInt32, _ column: UInt32
    ) throws(YAMLError) -> String {
        try TagPolicy.validate(String(cString: tag), on: kind, at: mark(line, column))
    }

    /// Records a key of the innermost mapping with its symbol, refusing a repeated key; a plain `<<` is the merge key.
    mutating func register(
        _ symbol: Int32, _ bytes: UnsafeBufferPointer<UInt8>, isPlain: Bool, _ line: UInt32, _ column: UInt32
    ) throws(YAMLError) -> Int32 {
        if symbol >= 0, symbol < 64 {
            let bit: UInt64 = 1 << UInt64(symbol)
            guard top.symbolBits & bit == 0 else { throw duplicateKey(bytes, line, column) }
            top.symbolBits |= bit
            return symbol
        }
        if isPlain, bytes.count == 2, bytes[0] == UInt8(ascii: "<"), bytes[1] == UInt8(ascii: "<") {
            guard !top.hasMergeKey else { throw duplicateKey(bytes, line, column) }
            top.hasMergeKey = true
            return symbol
        }
        try checkDataKey(bytes, line, column)
        dataKeys.append(nodes.count)
        return symbol
    }

    /// Checks that a key not tracked as a symbol bit is new in the innermost mapping.
    private mutating func checkDataKey(_ bytes: UnsafeBufferPointer<UInt8>, _ line: UInt32, _ column: UInt32) throws(YAMLError) {
        if top.hashesDataKeys {
            let last = dataKeyHashes.count - 1
            if !dataKeyHashes[last].insert(YAMLKeyTable.hash(bytes)).inserted {
                try checkByBytes(bytes, line, column)
            }
            return
        }
        try checkByBytes(bytes, line, column)
        guard dataKeys.count - top.dataKeyStart + 1 > Self.linearSearchLimit else { return }
        var hashes = Set<Int>(minimumCapacity: Self.linearSearchLimit * 4)
        for position in top.dataKeyStart..<dataKeys.count {
            hashes.insert(YAMLKeyTable.hash(keyBytes(dataKeys[position])))
        }
        hashes.insert(YAMLKeyTable.hash(bytes))
        dataKeyHashes.append(hashes)
        top.hashesDataKeys = true
    }

    /// Compares a new key with the innermost mapping's other keys, byte by byte.
    private func checkByBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ line: UInt32, _ column: UInt32) throws(YAMLError) {
        for position in top.dataKeyStart..<dataKeys.count where isSameKey(dataKeys[position], bytes) {
            throw duplicateKey(bytes, line, column)
        }
    }

    private func isSameKey(_ node: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let key = keyBytes(node)
        return key.count == bytes.count && key.elementsEqual(bytes)
    }

    /// The text of the scalar node at `node` (valid until the text buffer grows).
    func keyBytes(_ node: Int) -> UnsafeBufferPointer<UInt8> {
        let entry = nodes[node]
        return text.slice(from: Int(entry.textStart), count: Int(entry.count))
    }

    /// "duplicate key 'x' (it is already defined on line N)", found by walking the open mapping's keys (only on error).
    private func duplicateKey(_ bytes: UnsafeBufferPointer<UInt8>, _ line: UInt32, _ column: UInt32) -> YAMLError {
        var firstLine = 0
        var key = top.node + 1
        while key < nodes.count {
            if isSameKey(key, bytes) {
                firstLine = Int(nodes[key].line)
                break
            }
            guard key + 1 < nodes.count else { break }
            key = Int(nodes[key + 1].end)
        }
        let name = String(decoding: bytes, as: UTF8.self)
        return error(line, column, "duplicate key '\(name)' (it is already defined on line \(firstLine))")
    }

    /// A mark in this file.
    func mark(_ line: UInt32, _ column: UInt32) -> YAMLMark {
        YAMLMark(file: file, line: Int(line), column: Int(column))
    }

    /// An error at a line and column of this file.
    func error(_ line: UInt32, _ column: UInt32, _ message: String) -> YAMLError {
        YAMLError(mark: mark(line, column), message: message)
    }

    /// The finished document, which takes over the node and text buffers as they are (no copy).
    consuming func document() -> YAMLDocument {
        let file = file
        let nodes = nodes.handOver()
        let text = text.handOver()
        return YAMLDocument(storage: YAMLDocumentStorage(
            file: file, nodes: nodes.base, nodeCount: nodes.count, text: text.base, textCount: text.count))
    }
}

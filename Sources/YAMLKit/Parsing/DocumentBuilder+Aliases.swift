/// The anchors of one parse: a copy of every anchored node's subtree (so later changes to the node array, such as
/// merge keys rebuilding a mapping, never invalidate them), and the anchors of the collections still open.
struct AnchorTable {
    /// An anchored node's subtree, with `end` counted from the subtree's start.
    struct Anchored {
        var nodes: [YAMLNode]
        /// Nesting levels inside the node, itself included (0 for a scalar).
        var height: Int32
        var serial: Int32
        /// The bytes of scalar text in the subtree, which every use of the alias adds to the document's text.
        var textBytes: Int
    }

    private(set) var defined: [String: Anchored] = [:]
    /// The names of the anchors of open collections, by serial.
    private(set) var openNames: [Int32: String] = [:]
    private var nextSerial: Int32 = 0
    /// How many aliases have been expanded (the node-budget message says so when any were).
    var aliasUses = 0

    /// Records the anchor of a scalar.
    mutating func defineScalar(_ name: String, node: YAMLNode) {
        nextSerial += 1
        var copy = node
        copy.end = 1
        defined[name] = Anchored(nodes: [copy], height: 0, serial: nextSerial, textBytes: Int(node.count))
    }

    /// Notes the anchor of a collection that has just started, and returns its serial.
    mutating func open(_ name: String) -> Int32 {
        nextSerial += 1
        openNames[nextSerial] = name
        return nextSerial
    }

    /// Records the anchored collection that ends now: the nodes from `start` to the end of `nodes`. An anchor of the
    /// same name defined inside it (later) stays the one aliases refer to.
    mutating func close(_ serial: Int32, nodes: borrowing GrowableBuffer<YAMLNode>, from start: Int, height: Int32) {
        guard let name = openNames.removeValue(forKey: serial), (defined[name]?.serial ?? 0) < serial else { return }
        var copy: [YAMLNode] = []
        copy.reserveCapacity(nodes.count - start)
        var textBytes = 0
        for index in start..<nodes.count {
            var node = nodes[index]
            if node.kind == .scalar { textBytes += Int(node.count) }
            node.end -= UInt32(start)
            copy.append(node)
        }
        defined[name] = Anchored(nodes: copy, height: height, serial: serial, textBytes: textBytes)
    }

    /// The serial of an open collection anchored as `name` after the current definition of `name`, if any: an alias
    /// to it would make the node contain itself.
    func openSerial(of name: String) -> Int32? {
        let definedSerial = defined[name]?.serial ?? 0
        return openNames.first { $0.value == name && $0.key > definedSerial }?.key
    }
}

extension DocumentBuilder {
    /// Expands an alias: a copy of the anchored subtree, its root located at the alias.
    mutating func alias(_ name: String, line: UInt32, column: UInt32) throws(YAMLError) {
        if let serial = anchors.openSerial(of: name) {
            var anchoredLine = 0
            if top.anchorSerial == serial { anchoredLine = Int(nodes[top.node].line) }
            for index in 0..<outer.count where outer[index].anchorSerial == serial {
                anchoredLine = Int(nodes[outer[index].node].line)
            }
            throw error(line, column, "alias '*\(name)' is used inside the node anchored as '&\(name)' (line "
                + "\(anchoredLine)); a node cannot contain itself")
        }
        guard let anchored = anchors.defined[name] else {
            throw error(line, column, "alias '*\(name)' refers to an anchor '&\(name)' that is not defined before this point")
        }
        anchors.aliasUses += 1
        try chargeText(anchored.textBytes, line, column)
        if outer.count + Int(anchored.height) > limits.maxDepth {
            throw error(line, column, "through alias '*\(name)', collections are nested more than \(limits.maxDepth) "
                + "levels deep here; flatten the structure")
        }
        let root = anchored.nodes[0]
        if top.isMapping, top.expectsKey {
            guard root.kind == .scalar else {
                throw error(line, column, "mapping keys must be plain text, but this key is \(root.kind == .mapping ? "a mapping" : "a sequence")")
            }
            let bytes = Array(text.slice(from: Int(root.textStart), count: Int(root.count)))
            let symbol = try bytes.withUnsafeBufferPointer { bytes throws(YAMLError) in
                try register(keys.symbol(of: bytes), bytes, isPlain: root.isPlain, line, column)
            }
            try countChild(line, column)
            nodes.append(YAMLNode(kind: .scalar, style: root.style, symbol: symbol, line: line, column: column,
                                  textStart: root.textStart, count: root.count, end: UInt32(nodes.count + 1)))
            return
        }
        guard nodes.count + anchored.nodes.count <= limits.maxNodes else { throw tooManyNodes(line, column) }
        try countChild(line, column)
        let base = UInt32(nodes.count)
        nodes.append(YAMLNode(kind: root.kind, style: root.style, symbol: YAMLKeyTable.unknown, line: line,
                              column: column, textStart: root.textStart, count: root.count, end: root.end + base))
        for var node in anchored.nodes.dropFirst() {
            node.end += base
            nodes.append(node)
        }
        if anchored.height >= top.height { top.height = anchored.height + 1 }
    }

    /// Charges the text an alias repeats to the budget of text after expansion (the text written once is within it
    /// by the budget's definition, so only aliases are counted).
    private mutating func chargeText(_ bytes: Int, _ line: UInt32, _ column: UInt32) throws(YAMLError) {
        aliasTextBytes += bytes
        guard text.count + aliasTextBytes > maxExpandedTextBytes else { return }
        throw error(line, column, "through aliases, the document's text grows to more than \(maxExpandedTextBytes) bytes, "
            + "the limit for this file (\(limits.expandedTextFactor) times its size plus \(limits.expandedTextAllowance) "
            + "bytes); every use of an alias repeats all the text of its anchor, so anchor small values only, or write "
            + "a long text once")
    }

    /// Applies the merge key of the mapping that ends now: the pairs of the mapping (or list of mappings) it names
    /// take the place of the `<<` entry, except keys the mapping states itself; earlier mappings win over later ones.
    mutating func applyMergeKeys() throws(YAMLError) {
        let mapping = top.node
        var explicit = Set<[UInt8]>()
        var mergeValue = -1
        var key = mapping + 1
        while key < nodes.count {
            if isMergeKey(key) { mergeValue = key + 1 } else { explicit.insert(Array(keyBytes(key))) }
            key = Int(nodes[key + 1].end)
        }
        guard mergeValue >= 0 else { return }
        var sources: [Int] = []
        switch nodes[mergeValue].kind {
        case .mapping:
            sources = [mergeValue]
        case .sequence:
            var item = mergeValue + 1
            while item < Int(nodes[mergeValue].end) {
                guard nodes[item].kind == .mapping else {
                    throw error(nodes[item].line, nodes[item].column, "a merge key '<<' takes a mapping or a list of "
                        + "mappings, but this item is \(nodes[item].kind == .scalar ? "a scalar" : "a sequence")")
                }
                sources.append(item)
                item = Int(nodes[item].end)
            }
        case .scalar:
            let value = nodes[mergeValue]
            throw error(value.line, value.column, "a merge key '<<' takes a mapping or a list of mappings (such as "
                + "*defaults), but its value is a scalar")
        }
        var rebuilt: [YAMLNode] = []
        var taken = explicit
        var children: UInt32 = 0
        /// Appends the nodes from `start` to `end` (one key and its value) at the end of the rebuilt mapping.
        func copyPair(from start: Int, to end: Int) {
            let delta = mapping + 1 + rebuilt.count - start
            for index in start..<end {
                var node = nodes[index]
                node.end = UInt32(Int(node.end) + delta)
                rebuilt.append(node)
            }
            children += 2
        }
        key = mapping + 1
        while key < nodes.count {
            let end = Int(nodes[key + 1].end)
            if key + 1 == mergeValue {
                for source in sources {
                    var sourceKey = source + 1
                    while sourceKey < Int(nodes[source].end) {
                        let pairEnd = Int(nodes[sourceKey + 1].end)
                        if taken.insert(Array(keyBytes(sourceKey))).inserted { copyPair(from: sourceKey, to: pairEnd) }
                        sourceKey = pairEnd
                    }
                }
            } else {
                copyPair(from: key, to: end)
            }
            key = end
        }
        nodes.removeAll(from: mapping + 1)
        for node in rebuilt { nodes.append(node) }
        top.children = children
    }

    /// True for a plain, untagged `<<` key.
    private func isMergeKey(_ node: Int) -> Bool {
        let key = keyBytes(node)
        return nodes[node].isPlain && key.count == 2 && key[0] == UInt8(ascii: "<") && key[1] == UInt8(ascii: "<")
    }
}

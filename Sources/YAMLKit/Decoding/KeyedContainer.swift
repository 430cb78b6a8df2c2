/// The keyed container over the pairs of a mapping. Every key a type asks for (through
/// `contains`, a `decode` call or a nested container) is recorded; reading `allKeys` accepts
/// every key of the mapping, as dictionaries do.
struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    /// Where the mapping starts (missing-key errors point here).
    let mark: YAMLMark
    let pairs: [YAMLNode.Pair]
    /// The key tracking of this container (nil for an empty mapping).
    let registration: DecodingSession.Registration?
    let codingPath: [any CodingKey]
    let session: DecodingSession
    /// Key text to pair index, for mappings too large for a linear search.
    private let index: [String: Int]?

    private static var linearSearchLimit: Int { 16 }

    init(
        mark: YAMLMark, pairs: [YAMLNode.Pair], registration: DecodingSession.Registration?,
        codingPath: [any CodingKey], session: DecodingSession
    ) {
        self.mark = mark
        self.pairs = pairs
        self.registration = registration
        self.codingPath = codingPath
        self.session = session
        if pairs.count > Self.linearSearchLimit {
            var index: [String: Int] = [:]
            index.reserveCapacity(pairs.count)
            for (position, pair) in pairs.enumerated() { index[pair.key.scalarText ?? ""] = position }
            self.index = index
        } else {
            self.index = nil
        }
    }

    /// The keys of the mapping in document order (all of them are then accepted).
    var allKeys: [Key] {
        if let registration { session.acceptAnyKey(in: registration) }
        return pairs.compactMap { Key(stringValue: $0.key.scalarText ?? "") }
    }

    /// Finds the position of `key` among the pairs and records the request.
    private func position(of key: Key) -> Int? {
        let text = key.stringValue
        var found: Int?
        if let index {
            found = index[text]
        } else {
            for position in pairs.indices {
                if case .scalar(let scalar) = pairs[position].key.content, scalar.text == text {
                    found = position
                    break
                }
            }
        }
        if let registration {
            if let found {
                session.markUsed(found, in: registration)
            } else {
                session.noteAbsent(text, in: registration)
            }
        }
        return found
    }

    /// The position of `key`, or a "missing required key" error pointing at the mapping.
    private func required(_ key: Key) throws -> Int {
        guard let position = position(of: key) else {
            let unused = registration.map { session.unusedKeys(in: $0) } ?? []
            throw DecodingMessages.keyNotFound(key, at: mark, codingPath: codingPath, unrequestedKeys: unused)
        }
        return position
    }

    func contains(_ key: Key) -> Bool {
        position(of: key) != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool { try pairs[required(key)].value.isNull }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try ScalarDecoding.bool(pairs[required(key)].value, path: codingPath + [key]) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try ScalarDecoding.string(pairs[required(key)].value, path: codingPath + [key]) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try ScalarDecoding.floating(type, pairs[required(key)].value, path: codingPath + [key]) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try ScalarDecoding.floating(type, pairs[required(key)].value, path: codingPath + [key]) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try ScalarDecoding.integer(type, pairs[required(key)].value, path: codingPath + [key]) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try ScalarDecoding.integer(type, pairs[required(key)].value, path: codingPath + [key]) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try ScalarDecoding.integer(type, pairs[required(key)].value, path: codingPath + [key]) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try ScalarDecoding.integer(type, pairs[required(key)].value, path: codingPath + [key]) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try ScalarDecoding.integer(type, pairs[required(key)].value, path: codingPath + [key]) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try ScalarDecoding.integer(type, pairs[required(key)].value, path: codingPath + [key]) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try ScalarDecoding.integer(type, pairs[required(key)].value, path: codingPath + [key]) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try ScalarDecoding.integer(type, pairs[required(key)].value, path: codingPath + [key]) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try ScalarDecoding.integer(type, pairs[required(key)].value, path: codingPath + [key]) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try ScalarDecoding.integer(type, pairs[required(key)].value, path: codingPath + [key]) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try session.decode(type, from: pairs[required(key)].value, codingPath: codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try NodeDecoder(node: pairs[required(key)].value, codingPath: codingPath + [key], session: session).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try NodeDecoder(node: pairs[required(key)].value, codingPath: codingPath + [key], session: session).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        superDecoder(text: "super")
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        superDecoder(text: key.stringValue, key: key)
    }

    /// A decoder for the value under `text`, or for an empty value at the mapping when the
    /// key is absent (so a superclass with only optional properties still decodes).
    private func superDecoder(text: String, key: (any CodingKey)? = nil) -> any Decoder {
        let position = pairs.firstIndex { $0.key.scalarText == text }
        if let registration, let position { session.markUsed(position, in: registration) }
        let node = position.map { pairs[$0].value }
            ?? YAMLNode(mark: mark, content: .scalar(YAMLScalar(text: "", style: .plain)))
        return NodeDecoder(node: node, codingPath: codingPath + [key ?? TextKey(text)], session: session)
    }
}

/// The unkeyed container over the items of a sequence.
struct UnkeyedContainer: UnkeyedDecodingContainer {
    let sequence: YAMLNode
    let items: [YAMLNode]
    let codingPath: [any CodingKey]
    let session: DecodingSession
    private(set) var currentIndex = 0

    init(sequence: YAMLNode, items: [YAMLNode], codingPath: [any CodingKey], session: DecodingSession) {
        self.sequence = sequence
        self.items = items
        self.codingPath = codingPath
        self.session = session
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    /// The current item, or an error when the sequence is exhausted.
    private func current(_ type: Any.Type) throws -> YAMLNode {
        guard currentIndex < items.count else {
            let count = items.count
            let message = "the sequence \(DecodingMessages.location(codingPath)) has only \(count) item\(count == 1 ? "" : "s"), but more are needed"
            throw DecodingMessages.error(.valueNotFound, message: message, mark: sequence.mark, codingPath: codingPath, type: type)
        }
        return items[currentIndex]
    }

    /// The coding path of the current item (built only when needed).
    private func currentPath() -> [any CodingKey] {
        codingPath + [IndexKey(currentIndex)]
    }

    /// Returns a value decoded from the current item and moves past that item. Decoding
    /// errors are thrown before this runs, so a failed decode does not advance.
    private mutating func advance<Value>(_ value: Value) -> Value {
        currentIndex += 1
        return value
    }

    mutating func decodeNil() throws -> Bool {
        _ = try current(Any?.self)
        guard items[currentIndex].isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try advance(ScalarDecoding.bool(current(type), path: currentPath())) }
    mutating func decode(_ type: String.Type) throws -> String { try advance(ScalarDecoding.string(current(type), path: currentPath())) }
    mutating func decode(_ type: Double.Type) throws -> Double { try advance(ScalarDecoding.floating(type, current(type), path: currentPath())) }
    mutating func decode(_ type: Float.Type) throws -> Float { try advance(ScalarDecoding.floating(type, current(type), path: currentPath())) }
    mutating func decode(_ type: Int.Type) throws -> Int { try advance(ScalarDecoding.integer(type, current(type), path: currentPath())) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try advance(ScalarDecoding.integer(type, current(type), path: currentPath())) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try advance(ScalarDecoding.integer(type, current(type), path: currentPath())) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try advance(ScalarDecoding.integer(type, current(type), path: currentPath())) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try advance(ScalarDecoding.integer(type, current(type), path: currentPath())) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try advance(ScalarDecoding.integer(type, current(type), path: currentPath())) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try advance(ScalarDecoding.integer(type, current(type), path: currentPath())) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try advance(ScalarDecoding.integer(type, current(type), path: currentPath())) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try advance(ScalarDecoding.integer(type, current(type), path: currentPath())) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try advance(ScalarDecoding.integer(type, current(type), path: currentPath())) }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try advance(session.decode(type, from: current(type), codingPath: currentPath()))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try advance(NodeDecoder(node: current(type), codingPath: currentPath(), session: session).container(keyedBy: type))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try advance(NodeDecoder(node: current([Any].self), codingPath: currentPath(), session: session).unkeyedContainer())
    }

    mutating func superDecoder() throws -> any Decoder {
        try advance(NodeDecoder(node: current(Any.self), codingPath: currentPath(), session: session))
    }
}

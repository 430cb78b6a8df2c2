/// A `Decoder` that reads from a ``YAMLNode``: the decoder ``YAMLDecoder`` hands to every
/// `init(from:)`.
///
/// Cast to it to reach the node behind the value being decoded, for example to record where
/// a value was written or to accept both a short and a long form of a field:
///
/// ```swift
/// init(from decoder: any Decoder) throws {
///     if let yaml = decoder as? any YAMLNodeDecoder {
///         location = yaml.node.mark
///         if yaml.node.scalar != nil { /* short form: just a name */ }
///     }
///     ...
/// }
/// ```
///
/// Decoding a ``YAMLNode`` itself (as a property type) gives the raw node; the keys of a
/// mapping read that way are not checked for unknown keys.
public protocol YAMLNodeDecoder: Decoder {
    /// The node the value is decoded from.
    var node: YAMLNode { get }
}

/// The decoder given to `init(from:)`: a node, its coding path and the shared session.
struct NodeDecoder: YAMLNodeDecoder {
    let node: YAMLNode
    let codingPath: [any CodingKey]
    let session: DecodingSession

    var userInfo: [CodingUserInfoKey: Any] { session.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let pairs) = node.content else {
            throw DecodingMessages.mismatch(expected: "a mapping", node: node, codingPath: codingPath, type: [String: Any].self)
        }
        let registration = session.register(pairs: pairs, codingPath: codingPath)
        return KeyedDecodingContainer(
            KeyedContainer<Key>(mark: node.mark, pairs: pairs, registration: registration, codingPath: codingPath, session: session)
        )
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let items) = node.content else {
            throw DecodingMessages.mismatch(expected: "a sequence", node: node, codingPath: codingPath, type: [Any].self)
        }
        return UnkeyedContainer(sequence: node, items: items, codingPath: codingPath, session: session)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueContainer(node: node, codingPath: codingPath, session: session)
    }
}

extension YAMLNode: Decodable {
    /// Decodes the raw node; only possible with a ``YAMLNodeDecoder`` (that is, from ``YAMLDecoder``).
    public init(from decoder: any Decoder) throws {
        guard let yaml = decoder as? any YAMLNodeDecoder else {
            let context = DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "a YAMLNode can only be decoded by YAMLDecoder"
            )
            throw DecodingError.dataCorrupted(context)
        }
        self = yaml.node
    }
}

extension YAMLNode {
    /// The node behind a decoder, when the decoder reads YAML; nil otherwise.
    ///
    /// The same as `(decoder as? any YAMLNodeDecoder)?.node`, but a decoder made by ``YAMLDecoder`` is recognised
    /// by its concrete type, which spares the protocol-conformance lookup of an `as? any YAMLNodeDecoder` cast:
    /// types that read their node for every value (for its location, or to tell a short form from a long one)
    /// would otherwise spend a large share of decoding on that lookup.
    public static func behind<D: Decoder>(_ decoder: D) -> YAMLNode? {
        if let nodeDecoder = decoder as? NodeDecoder { return nodeDecoder.node }
        return (decoder as? any YAMLNodeDecoder)?.node
    }
}

/// Decodes `Decodable` types from a ``YAMLNode`` tree, strictly.
///
/// - Scalars are typed by the type asked for, never guessed: `String` takes any scalar as
///   written (`NO` stays "NO", `1.0` stays "1.0"); `Bool` takes only plain `true`/`false`;
///   integers take only optionally signed decimal digits, range-checked; `Double`/`Float`
///   take decimal notation; `Decimal` takes `-?digits(.digits)?`, converted exactly.
/// - `nil` is only a plain `null`, `~` or empty value (or a missing key for optionals).
/// - Keys nobody asked for are errors: after a successful decode, every key of a mapping
///   that the decoded types did not request is reported, with a spelling suggestion when a
///   requested key is close. Types that read `allKeys` (like dictionaries) accept every key.
/// - Every error carries the mark of the offending node and its key path.
///
/// Types can reach the node behind a value through ``YAMLNodeDecoder``.
public struct YAMLDecoder: Sendable {
    /// Values made available to `init(from:)` through `decoder.userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable]

    /// Creates a decoder.
    public init(userInfo: [CodingUserInfoKey: any Sendable] = [:]) {
        self.userInfo = userInfo
    }

    /// Decodes a value of type `T` from a node.
    ///
    /// Throws the first hard error (type mismatch, missing key, out-of-range number, or an
    /// error thrown by a type's own `init(from:)`) as a failure with one issue; if decoding
    /// succeeds but the document has unknown keys, throws one failure listing all of them.
    public func decode<T: Decodable>(_ type: T.Type, from node: YAMLNode) throws(YAMLDecodingFailure) -> T {
        let session = DecodingSession(userInfo: userInfo.mapValues { $0 as Any })
        let value: T
        do {
            value = try session.decode(type, from: node, codingPath: [])
        } catch let error as DecodingError {
            throw YAMLDecodingFailure(issues: [DecodingErrorLocator.issue(for: error, root: node)])
        } catch {
            let text = String(describing: error)
            throw YAMLDecodingFailure(issues: [YAMLIssue(mark: node.mark, message: text, codingPath: "")])
        }
        let unknown = session.unknownKeyIssues()
        if !unknown.isEmpty {
            throw YAMLDecodingFailure(issues: unknown)
        }
        return value
    }

    /// Parses YAML bytes and decodes a value of type `T` from the root; parse errors are
    /// reported as a failure with one issue.
    public func decode<T: Decodable>(
        _ type: T.Type, from bytes: [UInt8], file: String, limits: YAMLLimits = .default
    ) throws(YAMLDecodingFailure) -> T {
        let node: YAMLNode
        do {
            node = try YAMLParser.parse(bytes, file: file, limits: limits)
        } catch {
            throw YAMLDecodingFailure(error)
        }
        return try decode(type, from: node)
    }

    /// Reads, parses and decodes a YAML file; see ``YAMLParser/parseFile(atPath:displayPath:limits:)``.
    public func decode<T: Decodable>(
        _ type: T.Type, fromFileAtPath path: String, displayPath: String? = nil, limits: YAMLLimits = .default
    ) throws(YAMLDecodingFailure) -> T {
        let node: YAMLNode
        do {
            node = try YAMLParser.parseFile(atPath: path, displayPath: displayPath, limits: limits)
        } catch {
            throw YAMLDecodingFailure(error)
        }
        return try decode(type, from: node)
    }
}

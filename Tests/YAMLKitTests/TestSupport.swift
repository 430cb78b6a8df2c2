import Foundation
import Testing
@testable import YAMLKit

/// A node of a parsed document, with the lookups tests need.
struct Node {
    let document: YAMLDocument
    let index: Int

    /// The value under a key, for mappings.
    subscript(key: String) -> Node? {
        guard document.kind(index) == .mapping else { return nil }
        return document.value(forKey: key, in: index).map { Node(document: document, index: $0) }
    }

    /// The text of a scalar.
    var scalarText: String? { document.kind(index) == .scalar ? document.string(index) : nil }

    /// Where the node starts.
    var mark: YAMLMark { document.mark(index) }

    /// The items of a sequence.
    var sequenceItems: [Node]? {
        document.kind(index) == .sequence ? document.items(index).map { Node(document: document, index: $0) } : nil
    }

    /// The pairs of a mapping.
    var mappingPairs: [(key: Node, value: Node)]? {
        guard document.kind(index) == .mapping else { return nil }
        return document.keys(index).map { (Node(document: document, index: $0), Node(document: document, index: $0 + 1)) }
    }
}

/// Parses text as `test.yaml` and returns its root.
func parse(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> Node {
    let document = try YAMLParser.parse(Array(text.utf8), file: "test.yaml", limits: limits)
    return Node(document: document, index: document.root)
}

/// The error that parsing `bytes` must produce; records a test issue if it parses.
func parseError(
    bytes: [UInt8], limits: YAMLLimits = .default, sourceLocation: SourceLocation = #_sourceLocation
) -> YAMLError? {
    do {
        _ = try YAMLParser.parse(bytes, file: "test.yaml", limits: limits)
        Issue.record("expected a parse error", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// The error that parsing `text` must produce; records a test issue if it parses.
func parseError(
    _ text: String, limits: YAMLLimits = .default, sourceLocation: SourceLocation = #_sourceLocation
) -> YAMLError? {
    parseError(bytes: Array(text.utf8), limits: limits, sourceLocation: sourceLocation)
}

/// The bytes of a file in the Fixtures folder.
func fixture(_ name: String) throws -> [UInt8] {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
    return try [UInt8](Data(contentsOf: url))
}

/// The path of a file in the Fixtures folder.
func fixturePath(_ name: String) throws -> String {
    try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)).path
}

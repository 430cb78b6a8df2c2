import Foundation
import Testing
@testable import YAMLKit

/// Parses text as `test.yaml`.
func parse(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> YAMLNode {
    try YAMLParser.parse(Array(text.utf8), file: "test.yaml", limits: limits)
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

/// Decodes `T` from YAML text.
func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try YAMLDecoder().decode(type, from: parse(text))
}

/// The failure that decoding `T` from `text` must produce; records a test issue if it decodes.
func decodeFailure<T: Decodable>(
    _ type: T.Type, _ text: String, sourceLocation: SourceLocation = #_sourceLocation
) throws -> YAMLDecodingFailure? {
    let node = try parse(text)
    do {
        _ = try YAMLDecoder().decode(type, from: node)
        Issue.record("expected a decoding failure", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
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

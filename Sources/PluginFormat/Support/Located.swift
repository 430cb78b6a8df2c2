import ComparisonKit
import YAMLKit

/// A decoded value together with where it was written, so later checks can point at it.
struct Located<Value: Decodable>: Decodable {
    /// The value.
    let value: Value
    /// Where it was written.
    let location: SourceLocation

    init(from decoder: any Decoder) throws {
        location = decoder.sourceLocation
        value = try decoder.singleValueContainer().decode(Value.self)
    }
}

/// A coding key for mappings whose keys are data (language codes, theme ids, source ids).
struct AnyCodingKey: CodingKey, Hashable {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension Decoder {
    /// Where the value being decoded was written (from the YAML node), or a placeholder outside YAML.
    var sourceLocation: SourceLocation {
        guard let node = YAMLNode.behind(self) else { return .synthetic("<unknown>") }
        return SourceLocation(node.mark)
    }

    /// The YAML node being decoded, when decoding YAML.
    var yamlNode: YAMLNode? { YAMLNode.behind(self) }
}

extension SourceLocation {
    /// The location of a YAML mark.
    init(_ mark: YAMLMark) {
        self.init(file: mark.file, line: mark.line, column: mark.column)
    }
}
extension Located: Sendable where Value: Sendable {}

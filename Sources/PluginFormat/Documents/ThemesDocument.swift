import ComparisonKit

/// Theme coverage as written: a list of ids (all primary), or a mapping from id to `primary` or `secondary`.
struct ThemesDocument: Decodable {
    let entries: [(id: Located<String>, strength: Located<String>?)]

    init(from decoder: any Decoder) throws {
        if decoder.yamlNode?.sequenceItems != nil {
            entries = try decoder.singleValueContainer().decode([Located<String>].self).map { ($0, nil) }
            return
        }
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        let pairs = decoder.yamlNode?.mappingPairs ?? []
        entries = try container.allKeys.map { key in
            let keyNode = pairs.first { $0.key.scalarText == key.stringValue }?.key
            let location = keyNode.map { SourceLocation($0.mark) } ?? decoder.sourceLocation
            return (Located(key.stringValue, at: location), try container.decode(Located<String>.self, forKey: key))
        }
    }
}

extension Located where Value == String {
    /// A located string made by hand (for mapping keys).
    init(_ value: String, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

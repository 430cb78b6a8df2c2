import ComparisonKit

/// `plugin.yaml`: who the plugin is, the sources its facts cite, and its initiative files.
struct ManifestDocument: Decodable {
    struct PluginSection: Decodable {
        let id: Located<String>
        let name: LocalizedTextDocument
        let jurisdiction: Located<String>
        let version: String
        let description: LocalizedTextDocument?
    }

    struct SourceDocument: Decodable {
        let title: String
        let publisher: String
        let published: Located<String>?
        let language: String
        let kind: String?
        let url: String?
        let confidence: Located<String>?
        let note: String?
    }

    let format: Int
    let plugin: PluginSection
    let sources: OrderedMapping<SourceDocument>
    let initiatives: [Located<String>]
}

/// A YAML mapping decoded in document order, with where each key is written.
struct OrderedMapping<Value: Decodable>: Decodable {
    let entries: [(key: Located<String>, value: Value)]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        let pairs = decoder.yamlNode?.mappingPairs ?? []
        var keyLocations: [String: SourceLocation] = [:]
        for pair in pairs {
            if let text = pair.key.scalarText { keyLocations[text] = SourceLocation(pair.key.mark) }
        }
        entries = try container.allKeys.map { key in
            (Located(key.stringValue, at: keyLocations[key.stringValue] ?? decoder.sourceLocation),
             try container.decode(Value.self, forKey: key))
        }
    }
}

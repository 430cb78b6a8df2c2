import ComparisonKit

/// Text per language as written in YAML: `{ nb: …, en: … }`, or plain text that reads the same in every language.
struct LocalizedTextDocument: Decodable {
    let text: LocalizedText
    let location: SourceLocation

    init(from decoder: any Decoder) throws {
        location = decoder.sourceLocation
        if let node = decoder.yamlNode, node.mappingPairs == nil {
            text = LocalizedText(universal: try decoder.singleValueContainer().decode(String.self))
            return
        }
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        text = LocalizedText(try container.allKeys.map { key in
            (language: key.stringValue, text: try container.decode(String.self, forKey: key))
        })
    }
}

import ComparisonKit

/// A fact as written in YAML: a short value, a long form with `value` or `unknown` and its citation, or a list of
/// those (a dated history, or sources that disagree).
struct FactDocument<Value: Decodable>: Decodable {
    let claims: [ClaimDocument<Value>]

    init(from decoder: any Decoder) throws {
        if decoder.yamlNode?.sequenceItems != nil {
            claims = try decoder.singleValueContainer().decode([ClaimDocument<Value>].self)
        } else {
            claims = [try ClaimDocument<Value>(from: decoder)]
        }
    }
}

/// One claim as written: either the bare value (short form) or a mapping with `value` or `unknown`.
struct ClaimDocument<Value: Decodable>: Decodable {
    enum Content {
        case value(Value)
        case unknown(String?)
    }

    let content: Content
    let source: Located<String>?
    let locator: String?
    let status: Located<String>?
    let asOf: Located<String>?
    let note: String?
    let location: SourceLocation

    private enum CodingKeys: String, CodingKey {
        case value, unknown, source, locator, status
        case asOf = "as-of"
        case note
    }

    init(from decoder: any Decoder) throws {
        location = decoder.sourceLocation
        let keys = decoder.yamlNode?.mappingPairs?.compactMap(\.key.scalarText) ?? []
        guard keys.contains("value") || keys.contains("unknown") else {
            content = .value(try decoder.singleValueContainer().decode(Value.self))
            source = nil
            locator = nil
            status = nil
            asOf = nil
            note = nil
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if container.contains(.value) {
            if container.contains(.unknown) {
                throw DecodingError.dataCorruptedError(
                    forKey: .unknown, in: container,
                    debugDescription: "a fact has either 'value' or 'unknown', not both")
            }
            content = .value(try container.decode(Value.self, forKey: .value))
        } else {
            content = .unknown(try container.decodeIfPresent(String.self, forKey: .unknown))
        }
        source = try container.decodeIfPresent(Located<String>.self, forKey: .source)
        locator = try container.decodeIfPresent(String.self, forKey: .locator)
        status = try container.decodeIfPresent(Located<String>.self, forKey: .status)
        asOf = try container.decodeIfPresent(Located<String>.self, forKey: .asOf)
        note = try container.decodeIfPresent(String.self, forKey: .note)
    }
}

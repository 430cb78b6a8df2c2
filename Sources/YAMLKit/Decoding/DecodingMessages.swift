/// The coding key of an item in a sequence.
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }

    init(_ index: Int) { intValue = index }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { return nil }
}

/// A coding key with any text (used for `super`).
struct TextKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ text: String) { stringValue = text }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}

/// Builds the errors the decoder throws. Each `DecodingError` carries a ``YAMLIssue`` as its
/// underlying error, so the location survives however the error travels up.
enum DecodingMessages {
    /// `plugin.sources.itb-2021.published`, `initiatives[2]`; empty for the root.
    static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if key is IndexKey, let index = key.intValue {
                text += "[\(index)]"
            } else {
                if !text.isEmpty { text += "." }
                text += key.stringValue
            }
        }
        return text
    }

    /// "for sources.itb-2021" or "at the top level".
    static func location(_ codingPath: [any CodingKey]) -> String {
        codingPath.isEmpty ? "at the top level" : "for \(path(codingPath))"
    }

    /// "in sources.itb-2021" or "in the top-level mapping".
    static func container(_ codingPath: [any CodingKey]) -> String {
        codingPath.isEmpty ? "in the top-level mapping" : "in \(path(codingPath))"
    }

    /// What a node is, for "found ..." phrases: "a mapping", "'yes'", "an empty value".
    static func found(_ node: YAMLNode) -> String {
        switch node.content {
        case .sequence: return "a sequence"
        case .mapping: return "a mapping"
        case .scalar(let scalar):
            if node.isNull { return scalar.text.isEmpty ? "an empty value" : "null ('\(scalar.text)')" }
            let shown = scalar.text.count > 40 ? String(scalar.text.prefix(40)) + "…" : scalar.text
            switch scalar.style {
            case .plain: return "'\(shown)'"
            case .singleQuoted, .doubleQuoted: return "the quoted text '\(shown)'"
            case .literal, .folded: return "a block of text"
            }
        }
    }

    /// A decoding error located at `mark`.
    static func error(
        _ kind: Kind, message: String, mark: YAMLMark, codingPath: [any CodingKey], type: Any.Type
    ) -> DecodingError {
        let issue = YAMLIssue(mark: mark, message: message, codingPath: path(codingPath))
        let context = DecodingError.Context(codingPath: codingPath, debugDescription: message, underlyingError: issue)
        switch kind {
        case .typeMismatch: return .typeMismatch(type, context)
        case .valueNotFound: return .valueNotFound(type, context)
        case .dataCorrupted: return .dataCorrupted(context)
        }
    }

    /// The `DecodingError` case to use.
    enum Kind { case typeMismatch, valueNotFound, dataCorrupted }

    /// "expected <what> for <path>, found <node>[; hint]".
    static func mismatch(
        expected: String, node: YAMLNode, codingPath: [any CodingKey], type: Any.Type, hint: String? = nil
    ) -> DecodingError {
        var message = "expected \(expected) \(location(codingPath)), found \(found(node))"
        if let hint { message += "; \(hint)" }
        return error(.typeMismatch, message: message, mark: node.mark, codingPath: codingPath, type: type)
    }

    /// "missing required key 'title' in sources.itb-2021", with a spelling hint when a key
    /// of the mapping looks like a misspelling of the missing one.
    static func keyNotFound(
        _ key: any CodingKey, at mark: YAMLMark, codingPath: [any CodingKey], unrequestedKeys: [String]
    ) -> DecodingError {
        var message = "missing required key '\(key.stringValue)' \(container(codingPath))"
        if let near = Spelling.suggestion(for: key.stringValue, among: unrequestedKeys) {
            message += " (is '\(near)' a misspelling of it?)"
        }
        let issue = YAMLIssue(mark: mark, message: message, codingPath: path(codingPath))
        let context = DecodingError.Context(codingPath: codingPath, debugDescription: message, underlyingError: issue)
        return .keyNotFound(key, context)
    }
}

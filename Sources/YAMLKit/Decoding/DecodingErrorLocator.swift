/// Turns a `DecodingError` that reached the top of a decode into a located ``YAMLIssue``.
///
/// Errors made by this decoder carry their issue. Errors made by types themselves (for
/// example `DecodingError.dataCorruptedError(forKey:in:debugDescription:)`) only carry a
/// coding path, which is followed through the tree to find the node to point at.
enum DecodingErrorLocator {
    static func issue(for error: DecodingError, root: YAMLNode) -> YAMLIssue {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c):
            context = c
        @unknown default:
            return YAMLIssue(mark: root.mark, message: String(describing: error), codingPath: "")
        }
        if let issue = context.underlyingError as? YAMLIssue { return issue }
        if let inner = context.underlyingError as? DecodingError { return issue(for: inner, root: root) }
        let node = locate(context.codingPath, in: root)
        let path = DecodingMessages.path(context.codingPath)
        let message: String
        if case .keyNotFound(let key, _) = error {
            message = "missing required key '\(key.stringValue)' \(DecodingMessages.container(context.codingPath))"
        } else if path.isEmpty {
            message = context.debugDescription
        } else {
            message = "\(context.debugDescription) (at \(path))"
        }
        return YAMLIssue(mark: node.mark, message: message, codingPath: path)
    }

    /// The deepest node along `codingPath` that exists in the tree.
    static func locate(_ codingPath: [any CodingKey], in root: YAMLNode) -> YAMLNode {
        var node = root
        for key in codingPath {
            switch node.content {
            case .mapping:
                guard let value = node[key.stringValue] else { return node }
                node = value
            case .sequence(let items):
                guard let index = key.intValue, items.indices.contains(index) else { return node }
                node = items[index]
            case .scalar:
                return node
            }
        }
        return node
    }
}

internal import YAMLKit

/// Names a node by its path from the root (`participants[2].category`), for messages. It is worked out by walking
/// down from the root only when a message needs it, so reading valid files never pays for it.
enum DocumentPath {
    /// The path of the node at `target`: keys joined with `.`, list items as `[index]`; empty for the root.
    static func path(to target: Int, in document: YAMLDocument) -> String {
        var path = ""
        var node = document.root
        while node != target {
            var next: Int?
            switch document.kind(node) {
            case .mapping:
                for key in document.keys(node) {
                    if key == target { return path }
                    if target > key, target < Int(document[key + 1].end) {
                        if !path.isEmpty { path += "." }
                        path += document.string(key)
                        next = key + 1
                        break
                    }
                }
            case .sequence:
                for (index, item) in document.items(node).enumerated() where target >= item && target < Int(document[item].end) {
                    path += "[\(index)]"
                    next = item
                    break
                }
            case .scalar:
                break
            }
            guard let next else { return path }
            node = next
        }
        return path
    }

    /// "for sources.itb-2021" or "at the top level".
    static func phrase(for node: Int, in document: YAMLDocument) -> String {
        let path = path(to: node, in: document)
        return path.isEmpty ? "at the top level" : "for \(path)"
    }

    /// "in sources.itb-2021" or "in the top-level mapping".
    static func container(_ node: Int, in document: YAMLDocument) -> String {
        let path = path(to: node, in: document)
        return path.isEmpty ? "in the top-level mapping" : "in \(path)"
    }
}

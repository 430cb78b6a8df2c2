/// Which explicit tags a YAML file may use, and on which kinds of node.
///
/// Only the non-specific tag `!` and the core-schema tags `!!str`, `!!int`, `!!float`,
/// `!!bool`, `!!null` (on scalars), `!!seq` (on sequences) and `!!map` (on mappings) are
/// accepted. Anything else is most likely a typo or a feature of another YAML tool, so it is
/// an error rather than being silently ignored.
enum TagPolicy {
    /// The kind of node a tag is attached to.
    enum NodeKind {
        case scalar, sequence, mapping

        var name: String {
            switch self {
            case .scalar: return "a scalar"
            case .sequence: return "a sequence"
            case .mapping: return "a mapping"
            }
        }
    }

    private static let corePrefix = "tag:yaml.org,2002:"
    /// The null tag in full: a plain scalar tagged with it is still "no value".
    static let nullTag = "tag:yaml.org,2002:null"
    private static let scalarTags: Set<String> = ["str", "int", "float", "bool", "null"]
    /// The accepted full tags as constants, so tagged nodes share one string instead of each
    /// holding its own copy.
    private static let canonical: [String: String] = [
        "str": "tag:yaml.org,2002:str", "int": "tag:yaml.org,2002:int", "float": "tag:yaml.org,2002:float",
        "bool": "tag:yaml.org,2002:bool", "null": "tag:yaml.org,2002:null",
        "seq": "tag:yaml.org,2002:seq", "map": "tag:yaml.org,2002:map",
    ]

    /// Checks a tag from libyaml (already resolved to its full form) and returns it,
    /// or throws an error at `mark`.
    static func validate(_ tag: String, on kind: NodeKind, at mark: YAMLMark) throws(YAMLError) -> String {
        if tag == "!" { return tag }
        guard tag.hasPrefix(corePrefix) else {
            throw YAMLError(mark: mark, message: "unknown tag '\(tag)'; only \(allowedList) are allowed")
        }
        let name = String(tag.dropFirst(corePrefix.count))
        let fits: Bool
        switch kind {
        case .scalar: fits = scalarTags.contains(name)
        case .sequence: fits = name == "seq"
        case .mapping: fits = name == "map"
        }
        if fits { return canonical[name] ?? tag }
        if scalarTags.contains(name) || name == "seq" || name == "map" {
            throw YAMLError(mark: mark, message: "tag '!!\(name)' cannot be used on \(kind.name)")
        }
        throw YAMLError(mark: mark, message: "unknown tag '!!\(name)'; only \(allowedList) are allowed")
    }

    private static let allowedList = "the tags !!str, !!int, !!float, !!bool, !!null, !!seq, !!map and !"
}

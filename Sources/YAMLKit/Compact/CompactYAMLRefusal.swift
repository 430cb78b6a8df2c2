/// Why ``CompactYAMLParser`` did not produce a document.
///
/// A refusal is not a diagnosis: the input may be perfectly valid YAML that uses a feature the compact form
/// leaves to the full parser (tags, anchors, merge keys), or it may be broken. Either way the caller parses the
/// same bytes with ``YAMLParser``, which applies every rule and words every problem.
public enum CompactYAMLRefusal: Error, Sendable, Hashable {
    /// libyaml reported a syntax or encoding error, or the input is not UTF-8.
    case unreadable
    /// The input is larger than ``YAMLLimits/maxFileBytes`` (or than the 2 GiB the compact form can address).
    case tooLarge
    /// A scalar is longer than ``YAMLLimits/maxScalarBytes``.
    case scalarTooLong
    /// Collections are nested deeper than ``YAMLLimits/maxDepth``.
    case tooDeep
    /// The document has more than ``YAMLLimits/maxNodes`` nodes.
    case tooManyNodes
    /// The stream holds no document, or more than one.
    case notOneDocument
    /// A node has an explicit tag.
    case tag
    /// A node has an anchor, or an alias refers to one.
    case anchorOrAlias
    /// A mapping key is a collection, is not ASCII text, or is the merge key `<<`.
    case unusualKey
    /// A mapping has the same key twice (or two keys whose hashes collide; the full parser decides).
    case duplicateKey
}

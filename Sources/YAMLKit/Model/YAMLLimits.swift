/// Resource limits applied while reading and parsing a YAML file.
///
/// The limits protect against hostile or accidentally enormous input: oversized files,
/// deeply nested collections (libyaml has no nesting limit and its cost grows with depth)
/// and alias "bombs" that expand a small file into a huge tree.
package struct YAMLLimits: Sendable, Hashable {
    /// The largest accepted input, in bytes. Checked before a file is read.
    package var maxFileBytes: Int
    /// The deepest accepted nesting of collections (sequences and mappings).
    /// The root collection is level 1.
    package var maxDepth: Int
    /// The largest accepted number of nodes in the tree after alias expansion (the alias budget).
    /// Every scalar, sequence and mapping counts as one node, keys included.
    package var maxNodes: Int
    /// The longest accepted scalar, in UTF-8 bytes.
    package var maxScalarBytes: Int

    /// Creates limits; every parameter defaults to the value used by ``YAMLLimits/default``.
    package init(
        maxFileBytes: Int = 8 * 1024 * 1024,
        maxDepth: Int = 200,
        maxNodes: Int = 1_000_000,
        maxScalarBytes: Int = 1024 * 1024
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxScalarBytes = maxScalarBytes
    }

    /// 8 MiB files, 200 nesting levels, 1 000 000 nodes after alias expansion, 1 MiB scalars.
    package static let `default` = YAMLLimits()
}

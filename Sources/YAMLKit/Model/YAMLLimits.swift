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
    /// With `expandedTextAllowance`, the byte budget of the text after alias expansion: a document may hold at most
    /// this many times its file's size plus the allowance in scalar text, aliases counted at every use. The node
    /// budget alone lets one large anchored scalar, aliased a thousand times, grow into gigabytes of text.
    package var expandedTextFactor: Int
    /// The bytes of text after alias expansion allowed beyond `expandedTextFactor` times the file's size.
    package var expandedTextAllowance: Int

    /// Creates limits; every parameter defaults to the value used by ``YAMLLimits/default``.
    package init(
        maxFileBytes: Int = 8 * 1024 * 1024,
        maxDepth: Int = 200,
        maxNodes: Int = 1_000_000,
        maxScalarBytes: Int = 1024 * 1024,
        expandedTextFactor: Int = 4,
        expandedTextAllowance: Int = 1024 * 1024
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxScalarBytes = maxScalarBytes
        self.expandedTextFactor = expandedTextFactor
        self.expandedTextAllowance = expandedTextAllowance
    }

    /// 8 MiB files, 200 nesting levels, 1 000 000 nodes after alias expansion, 1 MiB scalars, and text after alias
    /// expansion of at most 4 times the file's size plus 1 MiB.
    package static let `default` = YAMLLimits()

    /// The most bytes of scalar text, aliases counted at every use, that a file of `fileBytes` bytes may expand to.
    package func maxExpandedTextBytes(forFileOf fileBytes: Int) -> Int {
        let scaled = fileBytes.multipliedReportingOverflow(by: expandedTextFactor)
        let total = scaled.partialValue.addingReportingOverflow(expandedTextAllowance)
        return scaled.overflow || total.overflow ? Int.max : total.partialValue
    }
}

/// The nodes and text of a ``YAMLDocument``: the memory ``DocumentBuilder`` wrote them into, handed over
/// without a copy and freed when the last copy of the document goes away.
///
/// It is never changed once made, so documents that share it can be read from any thread. Every read is checked
/// against the counts, as an array's would be.
@usableFromInline
final class YAMLDocumentStorage: @unchecked Sendable {
    @usableFromInline let nodes: UnsafeMutablePointer<YAMLNode>
    @usableFromInline let nodeCount: Int
    @usableFromInline let text: UnsafeMutablePointer<UInt8>
    @usableFromInline let textCount: Int

    /// Takes over `nodeCount` nodes at `nodes` and `textCount` bytes at `text`, both allocated with `allocate`.
    /// The file name used in marks.
    @usableFromInline let file: String

    init(file: String, nodes: UnsafeMutablePointer<YAMLNode>, nodeCount: Int, text: UnsafeMutablePointer<UInt8>,
         textCount: Int) {
        self.file = file
        self.nodes = nodes
        self.nodeCount = nodeCount
        self.text = text
        self.textCount = textCount
    }

    deinit {
        nodes.deallocate()
        text.deallocate()
    }

    /// The node at `index`, which must be below ``nodeCount``.
    @inlinable
    func node(_ index: Int) -> YAMLNode {
        precondition(UInt(bitPattern: index) < UInt(bitPattern: nodeCount), "YAMLDocument node index out of range")
        return nodes[index]
    }

    /// The text of `node` (its `count` bytes from `textStart`; empty for a collection), valid while the storage lives.
    @inlinable
    func text(of node: YAMLNode) -> UnsafeBufferPointer<UInt8> {
        guard node.kind == .scalar else { return UnsafeBufferPointer(start: text, count: 0) }
        let start = Int(node.textStart), count = Int(node.count)
        precondition(start <= textCount && count <= textCount - start, "YAMLDocument text out of range")
        return UnsafeBufferPointer(start: text + start, count: count)
    }
}

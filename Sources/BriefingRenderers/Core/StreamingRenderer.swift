/// A format whose writing streams its files into a sink (`write(_:to:)` is what it implements): rendering a whole
/// document then follows from it, by collecting what it streams.
package protocol StreamingRenderer: BriefingRenderer {}

extension StreamingRenderer {
    /// The files `write(_:to:)` streams, collected whole.
    package func render(_ document: BriefingDocument) -> [RenderedFile] {
        let sink = CollectingSink()
        write(document, to: sink)
        return sink.files
    }
}

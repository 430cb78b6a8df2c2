/// Finds the declared source a citation names, fetching a plugin's sources once per run of citations from that
/// plugin: neighbouring initiatives belong to one plugin, so most lookups hash only the source id.
struct SourceLookup {
    private let corpus: Corpus
    /// The plugin looked up last and its sources by id (nil for a plugin that is not enabled).
    private var last: (pluginID: String, sources: [String: Source]?)?

    /// A lookup in the sources the corpus's plugins declare.
    init(_ corpus: Corpus) {
        self.corpus = corpus
    }

    /// The source a citation names, if its plugin declares it.
    mutating func source(for citation: Citation) -> Source? {
        if let last, last.pluginID == citation.pluginID { return last.sources?[citation.sourceID] }
        let sources = corpus.sourcesByID(ofPlugin: citation.pluginID)
        last = (citation.pluginID, sources)
        return sources?[citation.sourceID]
    }
}

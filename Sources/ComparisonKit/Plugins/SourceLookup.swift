/// Finds the declared source a citation names, fetching a plugin's sources once per run of citations from that
/// plugin: neighbouring initiatives belong to one plugin, so most lookups hash only the source id. Citations in
/// ``ExchangeRates/citationNamespace`` name the exchange-rates file's sources, so that a converted budget cites its
/// rate like any other value.
struct SourceLookup {
    private let corpus: Corpus
    private let exchangeRates: ExchangeRates
    /// The plugin looked up last and its sources by id (nil for a plugin that is not enabled).
    private var last: (pluginID: String, sources: [String: Source]?)?

    /// A lookup in the sources the corpus's plugins declare, and those of the exchange-rates file.
    init(_ corpus: Corpus, exchangeRates: ExchangeRates = ExchangeRates()) {
        self.corpus = corpus
        self.exchangeRates = exchangeRates
    }

    /// The source a citation names, if its plugin declares it.
    mutating func source(for citation: Citation) -> Source? {
        if let last, last.pluginID == citation.pluginID { return last.sources?[citation.sourceID] }
        if citation.pluginID == ExchangeRates.citationNamespace { return exchangeRates.source(for: citation) }
        let sources = corpus.sourcesByID(ofPlugin: citation.pluginID)
        last = (citation.pluginID, sources)
        return sources?[citation.sourceID]
    }
}

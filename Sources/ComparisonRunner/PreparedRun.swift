import BriefingRenderers
import ComparisonKit
import PluginFormat

/// A run whose configuration, codebook and plugins are loaded and validated, ready to build tables.
public struct PreparedRun: Sendable {
    /// The configuration as read (with the options applied).
    public let configuration: RunConfiguration
    /// The dimensions and themes.
    public let codebook: Codebook
    /// The loaded plugins' initiatives and sources.
    public let corpus: Corpus
    /// The views to build, in order.
    public let views: [ViewDefinition]
    /// The renderers to write with, in order.
    public let renderers: [any BriefingRenderer]
    /// The reader's language.
    public let language: LanguageCode
    /// The history mode forced by the options, if any.
    public let historyOverride: HistoryMode?
    /// The SHA-256 of the configuration and codebook files.
    public let configurationDigest: String
    /// The run's time (ISO 8601) when a timestamp was asked for.
    public let generatedAt: String?

    /// The tables for the selected views (or for the given ones).
    public func tables(for views: [ViewDefinition]? = nil) -> [ComparisonTable] {
        let builder = TableBuilder(corpus: corpus, codebook: codebook, language: language,
                                   history: historyOverride ?? configuration.history)
        let views = (views ?? self.views).map { view in
            var view = view
            if let historyOverride { view.history = historyOverride }
            return view
        }
        // Views are independent: build them on all cores, in view order.
        return concurrentMap(views) { builder.table(for: $0) }
    }

    /// Writes every file of every selected renderer for a document into the output folder, as `run` does:
    /// renderers run concurrently and stream to temporary files, which are renamed into place only when all are
    /// written. Returns the paths written.
    public func write(_ document: BriefingDocument) throws(OutputWriteError) -> [String] {
        try OutputWriter.write(document, with: renderers, to: configuration.outputFolder)
    }

    /// The document the renderers write: the tables of the selected views (or of the given ones) with a title.
    public func document(for views: [ViewDefinition]? = nil) -> BriefingDocument {
        let vocabulary = Vocabulary(language)
        var jurisdictions: [String] = []
        var seen: Set<String> = []
        for initiative in corpus.initiatives where seen.insert(initiative.jurisdiction).inserted {
            jurisdictions.append(initiative.jurisdiction)
        }
        let tables = tables(for: views)
        let newest = tables.flatMap(\.footnotes).compactMap(\.source.published).max()
        return BriefingDocument(
            title: vocabulary.briefingTitle,
            subtitle: vocabulary.comparedSubtitle(initiatives: corpus.initiatives.count, jurisdictions: jurisdictions),
            language: language, tables: tables,
            provenance: BriefingProvenance(newestSourceDate: newest, toolVersion: NordicCompareVersion.current,
                                           configurationDigest: configurationDigest, generatedAt: generatedAt))
    }
}

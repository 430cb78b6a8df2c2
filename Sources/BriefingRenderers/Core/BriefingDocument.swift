import ComparisonKit

/// A run's tables with what a title block needs.
public struct BriefingDocument: Sendable {
    /// The document's title in the reader's language, for formats that write a title block.
    public var title: String
    /// What was compared, in the reader's language (for example "6 initiatives from Norway, Denmark and the
    /// European Union").
    public var subtitle: String
    /// The language the document is written in (an ISO 639-1 code such as `en`, `nb` or `da`).
    public var language: String
    /// The tables, in the order the run's views are declared.
    public var tables: [ComparisonTable]
    /// Where the document comes from: sources' date, tool version, configuration digest, run time.
    public var provenance: BriefingProvenance

    /// Creates a document.
    public init(title: String, subtitle: String = "", language: String, tables: [ComparisonTable],
                provenance: BriefingProvenance = BriefingProvenance()) {
        self.title = title
        self.subtitle = subtitle
        self.language = language
        self.tables = tables
        self.provenance = provenance
    }
}

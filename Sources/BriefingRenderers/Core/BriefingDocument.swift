import ComparisonKit

/// A run's tables with what a title block needs.
package struct BriefingDocument: Sendable {
    /// The document's title in the reader's language, for formats that write a title block.
    package var title: String
    /// What was compared, in the reader's language (for example "6 initiatives from Norway, Denmark and the
    /// European Union").
    package var subtitle: String
    /// Who the briefing is from (an author or an office), in the reader's language; empty for none.
    package var author: String = ""
    /// A marking such as "Draft", "Utkast", "Udkast" or a classification line, in the reader's language, shown above
    /// the title; empty for none.
    package var marking: String = ""
    /// The language the document is written in (an ISO 639-1 code such as `en`, `nb` or `da`).
    package var language: String
    /// The tables, in the order the run's views are declared.
    package var tables: [ComparisonTable]
    /// Where the document comes from: sources' date, tool version, configuration digest, run time.
    package var provenance: BriefingProvenance
    /// The corpus the tables were built from, for the formats that write the data itself (the data package and the
    /// SQLite database derive `DataTables` from it, and the workbook, which also writes the tables, its data sheets);
    /// nil when the document is made from tables alone, and then those formats write their tables without rows.
    package var corpus: Corpus?
    /// Computed findings over the compared initiatives, for formats that open with them; nil when none were asked
    /// for. Markdown and JSON write them as a file of their own, `findings.<ext>`, before the tables.
    package var findings: FindingsReport?

    /// Creates a document.
    package init(title: String, subtitle: String = "", language: String, tables: [ComparisonTable],
                provenance: BriefingProvenance = BriefingProvenance(), corpus: Corpus? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.language = language
        self.tables = tables
        self.provenance = provenance
        self.corpus = corpus
    }

    /// The marking as the running header of every page prints it: its lines joined by spaces, tabs as spaces, and
    /// trimmed; empty when the configuration gives none (and then the running header is the title alone).
    package var runningMarking: String {
        PlainText.lines(marking).map { String(String.UnicodeScalarView($0.map { $0 == "\t" ? " " : $0 })) }
            .joined(separator: " ").trimmingWhitespace()
    }
}

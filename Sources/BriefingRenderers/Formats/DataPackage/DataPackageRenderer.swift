import ComparisonKit

/// The data package (`--format datapackage`): the corpus's normalised tables (`DataTables`) as one CSV file per table
/// in `data/`, UTF-8 without a byte-order mark, RFC 4180 with a header row and a constant number of fields, plus
/// `data/datapackage.json`, their Frictionless Data Package (v2) descriptor with a Table Schema per table (see
/// `DataPackageDescriptor`).
///
/// It writes the corpus of the document, not its tables, and holds one row at a time: every file streams through
/// an `OutputBuffer`. Values are written exactly (see `appendDataCSVField`), so these files are for tools
/// (pandas, R, DuckDB, Spark, `frictionless`), not for a spreadsheet.
package struct DataPackageRenderer: StreamingRenderer {
    /// The folder, inside the output folder, that holds the package.
    package static let folder = "data"
    /// The descriptor's file name.
    package static let descriptorName = "datapackage.json"

    /// Creates the renderer.
    package init() {}

    /// `datapackage`.
    package var formatName: String { "datapackage" }
    /// `data-package` and `frictionless`.
    package var aliases: [String] { ["data-package", "frictionless"] }
    /// `csv`, the extension of its data files (its descriptor is `datapackage.json`).
    package var fileExtension: String { "csv" }
    /// No: it writes the corpus.
    package var readsTables: Bool { false }

    /// Streams each table's CSV, then the descriptor, into `sink`.
    package func write(_ document: BriefingDocument, to sink: any RenderSink) {
        for table in DataTables.all {
            let out = OutputBuffer(file: Self.folder + "/" + Self.fileName(of: table), in: sink)
            out.appendDataCSVRecord(table.columns.map(\.name))
            if let corpus = document.corpus {
                table.forEachRow(of: corpus, language: document.language) { row in
                    out.appendDataCSVRecord(row.map { $0?.text })
                }
            }
            out.finish()
        }
        DataPackageDescriptor(document: document).write(to: Self.folder + "/" + Self.descriptorName, in: sink)
    }

    /// The CSV file of a table, relative to the package's folder: `<table>.csv`.
    package static func fileName(of table: DataTable) -> String {
        table.name + ".csv"
    }
}

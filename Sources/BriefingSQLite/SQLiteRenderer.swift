import BriefingRenderers
import ComparisonKit

/// The SQLite database (`--format sqlite`): `nordic-compare.sqlite`, the corpus's normalised tables (`DataTables`)
/// with their primary and foreign keys, an index on every foreign key, and checks on codes and dates, written
/// through the system SQLite library (see `SQLiteDatabase` and `SQLiteSchema`; docs/data.md documents the tables
/// and gives queries).
///
/// It writes the corpus of the document, not its tables. A failure of the library (which only running out of
/// memory, or a corpus with broken references that validation lets through, could cause) is reported through the
/// sink, so the run writes nothing.
package struct SQLiteRenderer: StreamingRenderer {
    /// The database's file name in the output folder.
    package static let fileName = "nordic-compare.sqlite"

    /// Creates the renderer.
    package init() {}

    /// `sqlite`.
    package var formatName: String { "sqlite" }
    /// `sqlite3`.
    package var aliases: [String] { ["sqlite3"] }
    /// `sqlite`.
    package var fileExtension: String { "sqlite" }
    /// No: a database file is binary.
    package var writesText: Bool { false }
    /// No: it writes the corpus.
    package var readsTables: Bool { false }

    /// Builds the database in memory and streams its file into `sink`, or reports why it could not.
    package func write(_ document: BriefingDocument, to sink: any RenderSink) {
        do {
            let database = try SQLiteDatabase()
            try database.execute("BEGIN")
            for statement in SQLiteSchema.statements() { try database.execute(statement) }
            if let corpus = document.corpus {
                for table in DataTables.all {
                    try database.insert(SQLiteSchema.insert(table)) { insert in
                        table.forEachRow(of: corpus, language: document.language, insert)
                    }
                }
            }
            try database.execute("COMMIT")
            try database.withFileBytes { bytes in
                sink.beginFile(Self.fileName)
                sink.write(bytes)
                sink.endFile()
            }
        } catch {
            sink.fail(Self.fileName, reason: "SQLite could not build the database: \(error.message)")
        }
    }
}

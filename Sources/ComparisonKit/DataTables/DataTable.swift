/// One normalised table of a corpus: its name, columns and keys, and how its rows are derived from the corpus.
///
/// The tables are declared once, in ``DataTables/all``; the data package's CSV files and `datapackage.json`, the
/// SQLite database's DDL and docs/data.md's column tables all come from (or are checked against) that declaration.
package struct DataTable: Sendable {
    /// The table's name, a lower-case identifier: the CSV file's base name and the SQLite table's name.
    package let name: String
    /// What one row is, in a phrase ("One row per claim of every fact").
    package let title: String
    /// What the table holds and how to read it.
    package let description: String
    /// The columns, in order.
    package let columns: [DataColumn]
    /// The columns whose values identify a row, in order.
    package let primaryKey: [String]
    /// The references to other tables' primary keys.
    package let foreignKeys: [DataForeignKey]
    /// Calls its second argument with each row derived from the source, in a stable order.
    private let rows: @Sendable (DataSource, (_ row: [DataValue?]) -> Void) -> Void

    /// Creates a table.
    init(name: String, title: String, description: String, columns: [DataColumn], primaryKey: [String],
         foreignKeys: [DataForeignKey] = [], rows: @escaping @Sendable (DataSource, ([DataValue?]) -> Void) -> Void) {
        self.name = name
        self.title = title
        self.description = description
        self.columns = columns
        self.primaryKey = primaryKey
        self.foreignKeys = foreignKeys
        self.rows = rows
    }

    /// Calls `body` with each row of the table for `corpus`, in a stable order (plugin by plugin, initiative by
    /// initiative, in the order written), texts given in several languages taken in `language`. Each row holds one
    /// value per column, in column order; nil is an empty value.
    package func forEachRow(of corpus: Corpus, language: LanguageCode, _ body: (_ row: [DataValue?]) -> Void) {
        withoutActuallyEscaping(body) { body in
            rows(DataSource(corpus: corpus, language: language)) { row in
                precondition(row.count == columns.count, "table \(name): a row of \(row.count) values for \(columns.count) columns")
                body(row)
            }
        }
    }

    /// The column named `name`, if the table has it.
    package func column(_ name: String) -> DataColumn? {
        columns.first { $0.name == name }
    }
}

/// What rows are derived from: the corpus, and the language texts are taken in.
struct DataSource {
    /// The corpus.
    let corpus: Corpus
    /// The reader's language.
    let language: LanguageCode

    /// A localised text in the reader's language (else English, else the first given), with the language it is in;
    /// nil language for a text given for every language.
    func text(_ text: LocalizedText?) -> (text: DataValue?, language: DataValue?) {
        guard let text else { return (nil, nil) }
        let chosen = text.translations.first { $0.language == language || $0.language == "*" }
            ?? text.translations.first { $0.language == "en" } ?? text.translations.first
        guard let chosen else { return (nil, nil) }
        return (.text(chosen.text), chosen.language == "*" ? nil : .text(chosen.language))
    }
}

extension Optional where Wrapped == String {
    /// The text as a value, or nil.
    var dataValue: DataValue? { map { .text($0) } }
}

extension Optional where Wrapped == LocalizedText {
    /// A remark as a value: its English text where it has one (the language the data tables' remarks are read in),
    /// else the first given; nil when absent.
    var dataValue: DataValue? { map { .text($0.text(in: "en") ?? $0.translations.first?.text ?? "") } }
}

extension Optional where Wrapped == PartialDate {
    /// The date as a value, or nil.
    var dataValue: DataValue? { map { .date($0) } }
}

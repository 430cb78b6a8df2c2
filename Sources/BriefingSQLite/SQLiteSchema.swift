import ComparisonKit

/// The SQL that creates the database's tables and indexes, derived from the one declaration of the normalised
/// tables (`DataTables.all`): a column per declared column (NOT NULL when required, a CHECK for a column of codes
/// and for a date's shape), the primary key, the foreign keys, and an index on every foreign key's columns.
///
/// Types: text and dates are TEXT, whole numbers INTEGER, and decimals TEXT holding the exact number as written
/// (SQLite's REAL is a binary floating point, which would round `8168.1`); SQLite converts them in arithmetic
/// (`amount + 0`, `SUM(amount)`), and docs/data.md says so.
enum SQLiteSchema {
    /// Every statement, in order: each table, then its indexes.
    static func statements(for tables: [DataTable] = DataTables.all) -> [String] {
        tables.flatMap { [createTable($0)] + createIndexes($0) }
    }

    /// The SQL type of a column type.
    static func sqlType(_ type: DataColumnType) -> String {
        switch type {
        case .text, .decimal, .partialDate: return "TEXT"
        case .integer: return "INTEGER"
        }
    }

    /// `CREATE TABLE "name" (...)`.
    static func createTable(_ table: DataTable) -> String {
        var lines = table.columns.map { column -> String in
            var line = "  " + quoted(column.name) + " " + sqlType(column.type)
            if column.required { line += " NOT NULL" }
            if let values = column.allowedValues {
                line += " CHECK (" + quoted(column.name) + " IN (" + values.map(literal).joined(separator: ", ") + "))"
            }
            if column.type == .partialDate {
                let name = quoted(column.name)
                line += " CHECK (" + ["[0-9][0-9][0-9][0-9]", "[0-9][0-9][0-9][0-9]-[0-9][0-9]",
                                      "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"]
                    .map { name + " GLOB " + literal($0) }.joined(separator: " OR ") + ")"
            }
            return line
        }
        lines.append("  PRIMARY KEY (" + table.primaryKey.map(quoted).joined(separator: ", ") + ")")
        for key in table.foreignKeys {
            lines.append("  FOREIGN KEY (" + key.columns.map(quoted).joined(separator: ", ") + ") REFERENCES "
                         + quoted(key.table) + " (" + key.referencedColumns.map(quoted).joined(separator: ", ") + ")")
        }
        return "CREATE TABLE " + quoted(table.name) + " (\n" + lines.joined(separator: ",\n") + "\n)"
    }

    /// One index per foreign key, on its columns: `<table>_<column>_..._idx`.
    static func createIndexes(_ table: DataTable) -> [String] {
        table.foreignKeys.map { key in
            "CREATE INDEX " + quoted(([table.name] + key.columns + ["idx"]).joined(separator: "_")) + " ON "
                + quoted(table.name) + " (" + key.columns.map(quoted).joined(separator: ", ") + ")"
        }
    }

    /// `INSERT INTO "name" (...) VALUES (?, ...)`.
    static func insert(_ table: DataTable) -> String {
        "INSERT INTO " + quoted(table.name) + " (" + table.columns.map { quoted($0.name) }.joined(separator: ", ")
            + ") VALUES (" + Array(repeating: "?", count: table.columns.count).joined(separator: ", ") + ")"
    }

    /// An identifier in double quotes (declared names are lower-case identifiers, but `date` and `text` are words SQL
    /// knows too).
    static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A string literal in single quotes.
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}

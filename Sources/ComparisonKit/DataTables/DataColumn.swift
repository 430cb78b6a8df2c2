/// What a column of a normalised table holds: the types the data package, the SQLite database and docs/data.md all
/// derive theirs from.
package enum DataColumnType: String, Sendable, Hashable, CaseIterable {
    /// Text (UTF-8).
    case text
    /// A whole number.
    case integer
    /// A decimal number exactly as the plugin wrote it (`8168`, `2.5`), never through a binary floating point.
    case decimal
    /// A date as precise as the source gives it, as written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    case partialDate = "partial-date"
}

/// One column of a normalised table.
package struct DataColumn: Sendable, Hashable {
    /// The column's name, a lower-case identifier (`initiative_id`).
    package let name: String
    /// What it holds.
    package let type: DataColumnType
    /// Whether every row has a value (no empty field, no NULL).
    package let required: Bool
    /// The values it may hold, for a column of codes; nil for free values.
    package let allowedValues: [String]?
    /// What it means, in a sentence.
    package let description: String

    /// Creates a column.
    package init(_ name: String, _ type: DataColumnType, required: Bool = false, allowedValues: [String]? = nil,
                 _ description: String) {
        self.name = name
        self.type = type
        self.required = required
        self.allowedValues = allowedValues
        self.description = description
    }
}

/// A reference from columns of one table to the primary key of another.
package struct DataForeignKey: Sendable, Hashable {
    /// The referring columns, in order.
    package let columns: [String]
    /// The table referred to.
    package let table: String
    /// Its columns referred to (its primary key), in the same order.
    package let referencedColumns: [String]

    /// Creates a foreign key.
    package init(_ columns: [String], references table: String, _ referencedColumns: [String]) {
        self.columns = columns
        self.table = table
        self.referencedColumns = referencedColumns
    }
}

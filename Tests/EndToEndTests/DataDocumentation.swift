import ComparisonKit

/// docs/data.md's parts that come from the one declaration of the normalised tables, and the parts a test reads
/// out of it: so the documentation can neither drift from the tables nor from what its queries return.
enum DataDocumentation {
    /// The column table and keys of one table, as docs/data.md must hold them.
    static func block(for table: DataTable) -> String {
        var lines = ["| column | type | required | meaning |", "| --- | --- | --- | --- |"]
        for column in table.columns {
            var meaning = column.description
            if let values = column.allowedValues {
                meaning += " One of " + values.map { "`\($0)`" }.joined(separator: ", ") + "."
            }
            lines.append("| `\(column.name)` | \(column.type.rawValue) | \(column.required ? "yes" : "") | \(meaning) |")
        }
        lines.append("")
        var keys = "Primary key: " + table.primaryKey.map { "`\($0)`" }.joined(separator: ", ") + "."
        if !table.foreignKeys.isEmpty {
            keys += " Foreign keys: " + table.foreignKeys.map { key in
                key.columns.map { "`\($0)`" }.joined(separator: ", ") + " → `\(key.table)` ("
                    + key.referencedColumns.map { "`\($0)`" }.joined(separator: ", ") + ")"
            }.joined(separator: "; ") + "."
        }
        lines.append(keys)
        return lines.joined(separator: "\n")
    }

    /// A query the documentation gives, with the rows it says the query returns.
    struct Query {
        let sql: String
        let expected: String
    }

    /// Every ```sql block of `markdown` that is followed (after blank lines only) by a ```text block: the query and
    /// the output it documents.
    static func queries(in markdown: String) -> [Query] {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var queries: [Query] = []
        var index = 0
        func block(from start: Int, fence: String) -> (text: String, end: Int)? {
            guard start < lines.count, lines[start] == fence else { return nil }
            guard let close = lines[(start + 1)...].firstIndex(of: "```") else { return nil }
            return (lines[(start + 1)..<close].joined(separator: "\n"), close)
        }
        while index < lines.count {
            if let sql = block(from: index, fence: "```sql") {
                var next = sql.end + 1
                while next < lines.count, lines[next].isEmpty { next += 1 }
                if let output = block(from: next, fence: "```text") {
                    queries.append(Query(sql: sql.text, expected: output.text))
                    index = output.end + 1
                    continue
                }
                index = sql.end + 1
                continue
            }
            index += 1
        }
        return queries
    }
}

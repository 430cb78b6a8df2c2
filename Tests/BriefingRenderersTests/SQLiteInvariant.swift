import BriefingRenderers
import BriefingSQLite
import ComparisonKit
import Foundation

/// What must hold for the SQLite database, whatever the corpus holds: one file, `nordic-compare.sqlite`, that
/// SQLite reads as an intact database whose foreign keys all resolve, with one table per declared table holding
/// its declared columns, and every row read back exactly as the corpus gives it (whole numbers as INTEGER, every
/// other value as TEXT, empty values as NULL).
enum SQLiteInvariant {
    static func problems(_ document: BriefingDocument, _ files: [RenderedFile]) -> [String] {
        guard files.map(\.relativePath) == ["nordic-compare.sqlite"], let file = files.first else {
            return ["files are \(files.map(\.relativePath)), expected [nordic-compare.sqlite]"]
        }
        var problems: [String] = []
        do {
            let reader = try SQLiteReader(file.contents)
            let integrity = try reader.rows("PRAGMA integrity_check").map { $0.first?.text }
            if integrity != ["ok"] { problems.append("integrity check: \(integrity)") }
            let broken = try reader.rows("PRAGMA foreign_key_check")
            if !broken.isEmpty { problems.append("broken foreign keys: \(broken.prefix(3))") }
            for table in DataTables.all {
                let columns = try reader.rows("PRAGMA table_info(\"\(table.name)\")").map { $0[1].text ?? "" }
                if columns != table.columns.map(\.name) {
                    problems.append("\(table.name): columns \(columns), expected the declared ones")
                    continue
                }
                var expected: [[SQLiteReader.Value]] = []
                if let corpus = document.corpus {
                    table.forEachRow(of: corpus, language: document.language) { row in
                        expected.append(row.map { value in
                            switch value {
                            case nil: return SQLiteReader.Value(type: 5, text: nil)
                            case .integer(let number): return SQLiteReader.Value(type: SQLiteReader.integer, text: String(number))
                            case let value?: return SQLiteReader.Value(type: SQLiteReader.text, text: value.text)
                            }
                        })
                    }
                }
                let rows = try reader.rows("SELECT * FROM \"\(table.name)\" ORDER BY rowid")
                if rows.count != expected.count { problems.append("\(table.name): \(rows.count) rows, expected \(expected.count)") }
                for (number, (row, wanted)) in zip(rows, expected).enumerated() where row != wanted {
                    let column = zip(row, wanted).enumerated().first { $0.element.0 != $0.element.1 }.map { table.columns[$0.offset].name } ?? "?"
                    problems.append("\(table.name) row \(number + 1) \(column): \(row) is not \(wanted)")
                }
            }
        } catch {
            problems.append("SQLite cannot read it: \(error)")
        }
        return problems
    }
}

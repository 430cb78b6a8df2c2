import BriefingRenderers
import ComparisonKit
import Foundation
import TestSupport

/// What must hold for a data package, whatever the corpus holds: one strict RFC 4180 file per declared table, its
/// header the declared columns, every record as wide as the header, and every value read back exactly as the
/// corpus gives it (no prefix, no replaced character); and a descriptor that is JSON listing every table with its
/// declared fields and keys.
enum DataPackageInvariant {
    static func problems(_ document: BriefingDocument, _ files: [RenderedFile]) -> [String] {
        var problems: [String] = []
        let byPath = Dictionary(files.map { ($0.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
        let expectedPaths = DataTables.all.map { "data/\($0.name).csv" } + ["data/datapackage.json"]
        if files.map(\.relativePath) != expectedPaths {
            problems.append("files are \(files.map(\.relativePath)), expected \(expectedPaths)")
        }
        for table in DataTables.all {
            let path = "data/\(table.name).csv"
            guard let file = byPath[path] else { continue }
            if file.contents.starts(with: [0xEF, 0xBB, 0xBF]) { problems.append("\(path) starts with a byte-order mark") }
            let records: [[String]]
            do {
                records = try StrictCSV.parse(String(decoding: file.contents, as: UTF8.self))
            } catch {
                problems.append("\(path) is not strict RFC 4180: \(error)")
                continue
            }
            if records.first != table.columns.map(\.name) {
                problems.append("\(path): header \(records.first ?? []) is not the declared columns")
            }
            if let width = records.map(\.count).first(where: { $0 != table.columns.count }) {
                problems.append("\(path): a record of \(width) fields for \(table.columns.count) columns")
                continue
            }
            var expected: [[String]] = []
            if let corpus = document.corpus {
                table.forEachRow(of: corpus, language: document.language) { row in expected.append(row.map { $0?.text ?? "" }) }
            }
            let rows = Array(records.dropFirst())
            if rows.count != expected.count {
                problems.append("\(path): \(rows.count) rows, expected \(expected.count)")
                continue
            }
            for (number, (row, wanted)) in zip(rows, expected).enumerated() {
                for (column, (field, value)) in zip(table.columns, zip(row, wanted))
                where !field.unicodeScalars.elementsEqual(value.unicodeScalars) {
                    problems.append("\(path) row \(number + 1) \(column.name): reads back as \(field.prefix(40).debugDescription), not \(value.prefix(40).debugDescription)")
                }
            }
        }
        guard let descriptor = byPath["data/datapackage.json"] else { return problems }
        guard let json = try? JSONSerialization.jsonObject(with: Data(descriptor.contents)) as? [String: Any],
              let resources = json["resources"] as? [[String: Any]]
        else { return problems + ["data/datapackage.json is not a JSON object with resources"] }
        if (json["title"] as? String) != document.title { problems.append("datapackage.json: the title is lost") }
        if resources.compactMap({ $0["name"] as? String }) != DataTables.all.map(\.name) {
            problems.append("datapackage.json: resources are not the declared tables")
        }
        for (resource, table) in zip(resources, DataTables.all) {
            let schema = resource["schema"] as? [String: Any]
            let fields = (schema?["fields"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
            if fields != table.columns.map(\.name) { problems.append("datapackage.json: \(table.name)'s fields are not its columns") }
            if (schema?["primaryKey"] as? [String]) != table.primaryKey {
                problems.append("datapackage.json: \(table.name)'s primary key is not the declared one")
            }
            if (schema?["foreignKeys"] as? [Any])?.count ?? 0 != table.foreignKeys.count {
                problems.append("datapackage.json: \(table.name) has not its declared foreign keys")
            }
        }
        return problems
    }
}

import ComparisonKit

/// `datapackage.json`: the Frictionless Data Package (v2) descriptor of the data package, written from the one
/// declaration of the tables (`DataTables.all`).
///
/// It names the package, gives its title, description and version (the nordic-compare version that wrote it), its
/// creation time only when the run asks for a timestamp (so reruns give the same bytes), its licence, its sources
/// (every source a plugin declares), and per table a tabular resource: its CSV file, dialect, encoding, and Table
/// Schema with field types, `required` and `enum` constraints, a primary key and foreign keys.
struct DataPackageDescriptor {
    /// The document the package is written for.
    let document: BriefingDocument

    /// The profiles of Data Package v2.
    private static let packageProfile = "https://datapackage.org/profiles/2.0/datapackage.json"
    private static let resourceProfile = "https://datapackage.org/profiles/2.0/dataresource.json"
    private static let dialectProfile = "https://datapackage.org/profiles/2.0/tabledialect.json"
    private static let schemaProfile = "https://datapackage.org/profiles/2.0/tableschema.json"
    /// What a partial date may look like: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    static let partialDatePattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"

    /// The package's licence: the compiled facts and the tables are published under CC BY 4.0, with attribution to
    /// the sources each row cites. The one place it is declared.
    static let license = (name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/",
                          title: "Creative Commons Attribution 4.0")

    /// Writes the descriptor to `relativePath` in `sink`.
    func write(to relativePath: String, in sink: any RenderSink) {
        var json = JSONStream(file: relativePath, in: sink)
        json.beginObject()
        json.member("$schema", Self.packageProfile)
        json.member("name", "nordic-compare")
        json.member("title", document.title)
        if !document.subtitle.isEmpty { json.member("description", document.subtitle) }
        json.member("version", document.provenance.toolVersion.isEmpty ? "0.0.0" : document.provenance.toolVersion)
        if let created = document.provenance.generatedAt, !created.isEmpty { json.member("created", created) }
        json.key("licenses")
        json.beginArray()
        json.nextElement()
        json.beginObject()
        json.member("name", Self.license.name)
        json.member("path", Self.license.path)
        json.member("title", Self.license.title)
        json.endObject()
        json.endArray()
        writeSources(&json)
        json.key("resources")
        json.beginArray()
        for table in DataTables.all {
            json.nextElement()
            writeResource(table, &json)
        }
        json.endArray()
        json.endObject()
        json.finish()
    }

    /// Every source the plugins declare, with its URL where it has one.
    private func writeSources(_ json: inout JSONStream) {
        guard let corpus = document.corpus, !corpus.plugins.isEmpty else { return }
        json.key("sources")
        json.beginArray()
        for plugin in corpus.plugins {
            for source in corpus.sources(ofPlugin: plugin.id) {
                json.nextElement()
                json.beginObject()
                json.member("title", source.title)
                if let url = source.url { json.member("path", url) }
                json.endObject()
            }
        }
        json.endArray()
    }

    private func writeResource(_ table: DataTable, _ json: inout JSONStream) {
        json.beginObject()
        json.member("$schema", Self.resourceProfile)
        json.member("name", table.name)
        json.member("type", "table")
        json.member("path", DataPackageRenderer.fileName(of: table))
        json.member("scheme", "file")
        json.member("format", "csv")
        json.member("mediatype", "text/csv")
        json.member("encoding", "utf-8")
        json.member("title", table.title)
        json.member("description", table.description)
        json.key("dialect")
        json.beginObject()
        json.member("$schema", Self.dialectProfile)
        json.key("header")
        json.output.append(literal: "true")
        json.member("delimiter", ",")
        json.member("lineTerminator", "\r\n")
        json.member("quoteChar", "\"")
        json.key("doubleQuote")
        json.output.append(literal: "true")
        json.endObject()
        json.key("schema")
        json.beginObject()
        json.member("$schema", Self.schemaProfile)
        json.key("fields")
        json.beginArray()
        for column in table.columns {
            json.nextElement()
            writeField(column, &json)
        }
        json.endArray()
        json.key("missingValues")
        json.output.append(literal: "[\"\"]")
        writeStrings("primaryKey", table.primaryKey, &json)
        if !table.foreignKeys.isEmpty {
            json.key("foreignKeys")
            json.beginArray()
            for key in table.foreignKeys {
                json.nextElement()
                json.beginObject()
                writeStrings("fields", key.columns, &json)
                json.key("reference")
                json.beginObject()
                json.member("resource", key.table)
                writeStrings("fields", key.referencedColumns, &json)
                json.endObject()
                json.endObject()
            }
            json.endArray()
        }
        json.endObject()
        json.endObject()
    }

    private func writeField(_ column: DataColumn, _ json: inout JSONStream) {
        json.beginObject()
        json.member("name", column.name)
        json.member("type", Self.fieldType(column.type))
        json.member("description", column.description)
        var constraints: [(StaticString, String)] = []
        if column.type == .partialDate { constraints.append(("pattern", Self.partialDatePattern)) }
        if column.required || column.allowedValues != nil || !constraints.isEmpty {
            json.key("constraints")
            json.beginObject()
            if column.required {
                json.key("required")
                json.output.append(literal: "true")
            }
            if let values = column.allowedValues { writeStrings("enum", values, &json) }
            for (name, value) in constraints { json.member(name, value) }
            json.endObject()
        }
        json.endObject()
    }

    /// A member whose value is an array of strings, on one line.
    private func writeStrings(_ name: StaticString, _ values: [String], _ json: inout JSONStream) {
        json.key(name)
        json.output.append(byte: UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { json.output.append(literal: ", ") }
            json.output.appendJSONString(value)
        }
        json.output.append(byte: UInt8(ascii: "]"))
    }

    /// The Table Schema type of a column type. A partial date is a string with a pattern: no Table Schema type
    /// holds `2024`, `2024-01` and `2024-01-09` alike.
    static func fieldType(_ type: DataColumnType) -> String {
        switch type {
        case .text, .partialDate: return "string"
        case .integer: return "integer"
        case .decimal: return "number"
        }
    }
}

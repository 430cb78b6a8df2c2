import BriefingRenderers
import ComparisonKit
import Foundation
import Testing

/// `schema/view.schema.json` is the one declaration of the view JSON's shape, which users validate against; the
/// writer and `docs/json-output.md` are held to it here, so that none of the three can drift from the others.
@Suite("View JSON Schema")
struct ViewSchemaTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: repository.appendingPathComponent("schema/view.schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The sample tables (every key, every optional value given and left out) and the hostile ones.
    static var tables: [ComparisonTable] {
        SampleTables.document.tables + [SampleTables.lists] + HostileStringTests.document.tables
    }

    /// The walker after checking `tables` as the JSON renderer writes them.
    static func walked(_ schema: [String: Any]) throws -> SchemaWalker {
        var walker = SchemaWalker(root: schema)
        for table in tables {
            let json = try JSONSerialization.jsonObject(with: Data(JSONRenderer().renderTable(table).utf8))
            walker.check(json, file: table.viewID + ".json")
        }
        return walker
    }

    @Test("The writer writes only what the schema declares, and everything it declares")
    func writerAndSchemaAgree() throws {
        let walker = try Self.walked(try Self.schema())
        #expect(walker.problems.isEmpty, "\(walker.problems.prefix(10).joined(separator: "\n"))")
        let neverWritten = walker.declared.subtracting(walker.emitted)
        #expect(neverWritten.isEmpty, "schema/view.schema.json declares keys the writer never writes: \(neverWritten.sorted())")
        #expect(walker.emitted.isSubset(of: walker.declared))
    }

    @Test("A key on one side only is caught, either way")
    func driftIsCaught() throws {
        var schema = try Self.schema()
        var definitions = try #require(schema["$defs"] as? [String: Any])
        // The schema declares a key the writer never writes.
        var goal = try #require(definitions["goal"] as? [String: Any])
        var properties = try #require(goal["properties"] as? [String: Any])
        properties["priority"] = ["type": "string"]
        goal["properties"] = properties
        definitions["goal"] = goal
        // The writer writes a key the schema no longer declares.
        var entry = try #require(definitions["entry"] as? [String: Any])
        var entryProperties = try #require(entry["properties"] as? [String: Any])
        entryProperties["qualifier"] = nil
        entry["properties"] = entryProperties
        definitions["entry"] = entry
        schema["$defs"] = definitions
        let walker = try Self.walked(schema)
        #expect(walker.declared.subtracting(walker.emitted) == ["goal.priority"])
        #expect(walker.problems.contains { $0.hasSuffix("the writer wrote 'qualifier', which entry does not declare") })
    }

    @Test("The schema's closed lists are the model's")
    func closedLists() throws {
        let definitions = try #require(try Self.schema()["$defs"] as? [String: Any])
        func values(_ definition: String, _ key: String) -> [String?] {
            let properties = (definitions[definition] as? [String: Any])?["properties"] as? [String: Any]
            let values = (properties?[key] as? [String: Any])?["enum"] as? [Any] ?? []
            return values.map { $0 as? String }
        }
        #expect(values("cell", "state") == CellState.allCases.map(\.rawValue))
        #expect(values("participant", "category") == OrganisationCategory.allCases.map(\.rawValue) + [nil])
        #expect(values("source", "confidence") == SourceConfidence.allCases.map(\.rawValue) + [nil])
    }

    @Test("Every key table in docs/json-output.md is the schema's, with its types")
    func documentationMatchesSchema() throws {
        let schema = try Self.schema()
        let walker = SchemaWalker(root: schema)
        let text = try String(contentsOf: Self.repository.appendingPathComponent("docs/json-output.md"), encoding: .utf8)
        var documented: [String: [String: Set<String>]] = [:]
        var section: String?
        for line in text.split(separator: "\n") {
            if line.hasPrefix("### ") {
                let title = line.dropFirst(4)
                section = title == "The table" ? "#" : String(title.split(separator: " ").last ?? "")
            } else if let current = section, line.hasPrefix("| `") {
                let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                let key = String(cells[0].dropFirst().prefix { $0 != "`" })
                var types = Set(["string", "integer", "array", "object"].filter { cells[1].hasPrefix($0) })
                if cells[1].contains("null") { types.insert("null") }
                documented[current, default: [:]][key] = types
            }
        }
        let definitions = schema["$defs"] as? [String: Any] ?? [:]
        var declared: [String: [String: Set<String>]] = [:]
        for (name, definition) in [("#", schema)] + definitions.map({ ($0.key, $0.value as? [String: Any] ?? [:]) }) {
            guard let properties = definition["properties"] as? [String: Any] else { continue }
            declared[name] = properties.mapValues { walker.types(of: $0 as? [String: Any] ?? [:]) }
        }
        #expect(documented == declared)
    }
}

import Foundation
import PluginFormat
import Testing

/// The committed files generated from the format's declaration are what the declaration gives today: the JSON
/// Schemas in `schema/` and the "every key" reference in `docs/plugin-format.md`.
@Suite struct GeneratedFilesTests {
    /// The repository root, found from this source file.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: JSONSchemaWriter.files().map(\.name))
    func committedSchemaIsCurrent(name: String) throws {
        let generated = try #require(JSONSchemaWriter.files().first { $0.name == name }).contents
        let committed = try String(contentsOf: Self.root.appendingPathComponent("schema/\(name)"), encoding: .utf8)
        #expect(committed == generated,
                "schema/\(name) is out of date with the format's declaration: run `swift run nordic-compare schema` and commit it")
    }

    @Test func schemasAreStableAndValidJSON() throws {
        for file in JSONSchemaWriter.files() {
            #expect(file.contents == JSONSchemaWriter.files().first { $0.name == file.name }?.contents)
            #expect(file.contents.hasSuffix("}\n"))
            let object = try JSONSerialization.jsonObject(with: Data(file.contents.utf8)) as? [String: Any]
            #expect(object?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
            #expect(object?["additionalProperties"] as? Bool == false)
        }
    }

    @Test func factsAcceptTheShortTheLongFormAndAList() throws {
        let schema = try JSONSerialization.jsonObject(with: Data(JSONSchemaWriter.initiativeSchema().utf8)) as? [String: Any]
        let properties = schema?["properties"] as? [String: Any]
        let status = properties?["status"] as? [String: Any]
        let forms = try #require(status?["anyOf"] as? [[String: Any]])
        #expect(forms.count == 3)
        #expect(forms[0]["enum"] as? [String] == ["under-consideration", "planned", "active", "concluded", "superseded"])
        #expect(forms[1]["$ref"] as? String == "#/$defs/status-claim")
        #expect(forms[2]["type"] as? String == "array")
    }

    @Test func formatReferenceInTheDocsIsCurrent() throws {
        let docs = try String(contentsOf: Self.root.appendingPathComponent("docs/plugin-format.md"), encoding: .utf8)
        let updated = try #require(FormatReference.updating(docs),
                                   "docs/plugin-format.md lacks the \(FormatReference.startMarker) and \(FormatReference.endMarker) markers")
        #expect(updated == docs, """
            docs/plugin-format.md's "Reference: every key" section is out of date with the format's declaration: run \
            `swift run nordic-compare schema --docs docs/plugin-format.md` and commit it
            """)
    }
}

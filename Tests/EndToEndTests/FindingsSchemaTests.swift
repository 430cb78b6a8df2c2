import ComparisonKit
import Foundation
import Testing

/// `schema/findings.schema.json` is written by hand; these hold it to the model and to the view schema whose
/// footnotes it shares (scripts/check-schema.sh validates the tool's findings files against it with
/// check-jsonschema, and rejects a findings file with an undeclared key).
@Suite struct FindingsSchemaTests {
    static func schema(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: Repository.root.appendingPathComponent("schema/\(name)"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func definitions(_ schema: [String: Any]) throws -> [String: Any] {
        try #require(schema["$defs"] as? [String: Any])
    }

    @Test func theKindsAreTheModelsKinds() throws {
        let finding = try #require(try Self.definitions(try Self.schema("findings.schema.json"))["finding"] as? [String: Any])
        let kind = try #require((finding["properties"] as? [String: Any])?["kind"] as? [String: Any])
        #expect(kind["enum"] as? [String] == Finding.Kind.allCases.map(\.rawValue))
    }

    @Test(arguments: ["footnote", "source", "dateOrNull"])
    func footnotesAreShapedAsTheViewFilesFootnotes(_ name: String) throws {
        let findings = try Self.definitions(try Self.schema("findings.schema.json"))[name] as? NSDictionary
        let view = try Self.definitions(try Self.schema("view.schema.json"))[name] as? NSDictionary
        #expect(findings != nil && findings == view, "schema/findings.schema.json's \(name) differs from the view schema's")
    }

    @Test func theGoldenFindingsUseOnlyDeclaredTopLevelKeys() throws {
        let schema = try Self.schema("findings.schema.json")
        let declared = Set((schema["properties"] as? [String: Any] ?? [:]).keys)
        let golden = try Data(contentsOf: Repository.root.appendingPathComponent("Tests/EndToEndTests/Golden/findings.json"))
        let written = try #require(try JSONSerialization.jsonObject(with: golden) as? [String: Any])
        #expect(Set(written.keys) == declared)
    }

    /// docs/findings-output.md's key table lists the schema's top-level keys in the order the writer writes them.
    @Test func theDocumentedKeysAreTheSchemasInOrder() throws {
        let text = try String(contentsOf: Repository.root.appendingPathComponent("docs/findings-output.md"), encoding: .utf8)
        let documented = text.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| `") else { return nil }
            return line.dropFirst(3).split(separator: "`").first.map(String.init)
        }
        let schema = try Self.schema("findings.schema.json")
        #expect(documented == schema["required"] as? [String])
    }
}


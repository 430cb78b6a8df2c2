import Foundation
import Testing
import YAMLKit

/// The shapes of the plugin fixture.
struct PluginFile: Decodable {
    struct Source: Decodable { var title: String; var published: Bool?; var amount: Decimal }
    struct Initiative: Decodable { var id: String; var name: [String: String]; var description: String? }
    struct Plugin: Decodable {
        var name: String
        var version: String
        var jurisdiction: String
        var sources: [String: Source]
        var initiatives: [Initiative]
    }
    var plugin: Plugin
}

@Suite("Decoder: structure and diagnostics")
struct DecoderDiagnosticsTests {
    @Test("A realistic file decodes with dictionaries, arrays and exact decimals")
    func pluginFixture() throws {
        let root = try YAMLParser.parse(fixture("plugin.yaml"), file: "plugin.yaml")
        let file = try YAMLDecoder().decode(PluginFile.self, from: root)
        #expect(file.plugin.version == "1.0")
        #expect(file.plugin.jurisdiction == "NO")
        let total = file.plugin.sources.values.map(\.amount).reduce(0, +)
        #expect(total == 3227)
        #expect(file.plugin.initiatives[1].name == ["nb": "Lisenser", "en": "Licences"])
    }

    @Test("Unknown keys are all reported together, with suggestions")
    func unknownKeys() throws {
        let bytes = try fixture("plugin-typos.yaml")
        var caught: YAMLDecodingFailure?
        do {
            _ = try YAMLDecoder().decode(PluginFile.self, from: bytes, file: "plugin-typos.yaml")
        } catch {
            caught = error
        }
        let failure = try #require(caught)
        let messages = failure.issues.map(\.description)
        #expect(messages == [
            "plugin-typos.yaml:8:7: error: unknown key 'publshed' in plugin.sources.itb-2021; did you mean 'published'?",
            "plugin-typos.yaml:13:7: error: unknown key 'colour' in plugin.sources.ssb-2022",
            "plugin-typos.yaml:17:7: error: unknown key 'descripton' in plugin.initiatives[0]; did you mean 'description'?",
        ])
        #expect(failure.issues[0].codingPath == "plugin.sources.itb-2021.publshed")
    }

    @Test("A missing required key points at the mapping that lacks it")
    func missingKey() throws {
        struct Source: Decodable { var title: String }
        struct File: Decodable { var sources: [String: Source] }
        let failure = try #require(try decodeFailure(File.self, "sources:\n  itb-2021:\n    titel: x\n"))
        #expect(failure.issues.count == 1)
        let issue = try #require(failure.issues.first)
        #expect(issue.message == "missing required key 'title' in sources.itb-2021 (is 'titel' a misspelling of it?)")
        #expect(issue.mark.line == 3 && issue.mark.column == 5)
    }

    @Test("Type mismatches say what was expected, what was found, and where")
    func typeMismatch() throws {
        let failure = try #require(try decodeFailure(PluginFile.self, "plugin:\n  name: [a]\n"))
        let issue = try #require(failure.issues.first)
        #expect(issue.message == "expected text for plugin.name, found a sequence")
        #expect(issue.description == "test.yaml:2:9: error: expected text for plugin.name, found a sequence")
        let root = try #require(try decodeFailure(PluginFile.self, "- a\n"))
        #expect(root.issues.first?.message == "expected a mapping at the top level, found a sequence")
        struct Items: Decodable { var items: [Int] }
        let element = try #require(try decodeFailure(Items.self, "items: [1, 2, x]\n"))
        #expect(element.issues.first?.message == "expected a whole number for items[2], found 'x'")
        #expect(element.issues.first?.mark.column == 15)
    }

    @Test("allKeys keeps document order and accepts every key")
    func documentOrder() throws {
        struct Ordered: Decodable {
            var keys: [String]
            init(from decoder: any Decoder) throws {
                keys = try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue)
            }
        }
        let value = try decode(Ordered.self, "zeta: 1\nalpha: 2\nmid: 3\n")
        #expect(value.keys == ["zeta", "alpha", "mid"])
    }

    @Test("Types can reach the node through YAMLNodeDecoder for short and long forms")
    func nodeAccess() throws {
        struct Reference: Decodable {
            var id: String
            var line: Int
            enum CodingKeys: String, CodingKey { case id }
            init(from decoder: any Decoder) throws {
                let yaml = try #require(decoder as? any YAMLNodeDecoder)
                line = yaml.node.mark.line
                if yaml.node.scalar != nil {
                    id = try decoder.singleValueContainer().decode(String.self)
                } else {
                    id = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .id)
                }
            }
        }
        let refs = try decode([Reference].self, "- short\n- id: long\n")
        #expect(refs.map(\.id) == ["short", "long"])
        #expect(refs.map(\.line) == [1, 2])
        let raw = try decode([String: YAMLNode].self, "a: {b: c}\n")
        #expect(raw["a"]?["b"]?.scalarText == "c")
    }

    @Test("Errors thrown by a type's own init are located")
    func customErrors() throws {
        struct Language: Decodable {
            init(from decoder: any Decoder) throws {
                let code = try decoder.singleValueContainer().decode(String.self)
                guard code.count == 2 else {
                    throw DecodingError.dataCorruptedError(
                        in: try decoder.singleValueContainer(), debugDescription: "'\(code)' is not a language code")
                }
            }
        }
        struct File: Decodable { var languages: [Language] }
        let failure = try #require(try decodeFailure(File.self, "languages:\n  - nb\n  - english\n"))
        let issue = try #require(failure.issues.first)
        #expect(issue.mark.line == 3 && issue.mark.column == 5)
        #expect(issue.message == "'english' is not a language code (at languages[1])")
    }

    @Test("A failed decode attempt that is retried does not leave unknown keys behind")
    func retriedAttempt() throws {
        struct Strict: Decodable { var id: String; var extra: Int }
        struct Either: Decodable {
            var id: String
            enum CodingKeys: String, CodingKey { case item }
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                if let strict = try? container.decode(Strict.self, forKey: .item) {
                    id = strict.id
                } else {
                    id = try container.decode(YAMLNode.self, forKey: .item)["id"]?.scalarText ?? ""
                }
            }
        }
        #expect(try decode(Either.self, "item: {id: a, extra: 1}\n").id == "a")
        #expect(try decode(Either.self, "item: {id: b, other: x}\n").id == "b")
    }

    @Test("Merged keys decode like stated keys")
    func mergedDecoding() throws {
        struct Database: Decodable { var adapter: String; var port: Int; var database: String; var host: String }
        struct File: Decodable {
            var development: Database
            var combined: [String: String]
            enum CodingKeys: String, CodingKey { case development, combined, defaults, extra }
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                development = try container.decode(Database.self, forKey: .development)
                combined = try container.decode([String: String].self, forKey: .combined)
                _ = container.contains(.defaults) && container.contains(.extra)
            }
        }
        let value = try YAMLDecoder().decode(File.self, from: fixture("merge-keys.yaml"), file: "merge-keys.yaml")
        #expect(value.development.port == 6543)
        #expect(value.development.adapter == "postgres")
        #expect(value.combined["owner"] == "ops")
    }
}

/// A coding key for any text.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}

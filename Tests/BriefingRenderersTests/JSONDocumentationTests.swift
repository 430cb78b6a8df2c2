import BriefingRenderers
import Foundation
import Testing

/// `docs/json-output.md` promises a fixed key order; this holds the renderer to it.
@Suite("JSON documentation")
struct JSONDocumentationTests {
    /// The key lists of the "Keys, in order" tables in docs/json-output.md, one per object kind.
    static func documentedKeyLists() throws -> [String: [String]] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/json-output.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        var lists: [String: [String]] = [:]
        var section: String?
        for line in text.split(separator: "\n") {
            if line.hasPrefix("### ") {
                section = String(line.dropFirst(4))
            } else if let current = section, line.hasPrefix("| `") {
                let key = line.dropFirst(3).prefix { $0 != "`" }
                lists[current, default: []].append(String(key))
            }
        }
        return lists
    }

    /// The member keys of every object in pretty-printed output, in order (relies on one member per line).
    static func objectKeyLists(_ json: String) -> [[String]] {
        var finished: [[String]] = []
        var open: [(indent: Int, keys: [String])] = []
        for line in json.split(separator: "\n") {
            let indent = line.prefix { $0 == " " }.count
            let body = line.dropFirst(indent)
            if let top = open.last, body.hasPrefix("\""), indent == top.indent + 2 {
                open[open.count - 1].keys.append(String(body.dropFirst().prefix { $0 != "\"" }))
            }
            if body.hasSuffix("{") { open.append((indent, [])) }
            if (body == "}" || body == "},"), let top = open.last, top.indent == indent {
                finished.append(open.removeLast().keys)
            }
        }
        return finished
    }

    @Test("Every object the renderer writes has the documented keys in the documented order")
    func keyOrderMatchesDocumentation() throws {
        let documented = try Self.documentedKeyLists()
        #expect(documented.keys.sorted() == ["A cell", "A column", "A component", "A footnote", "A goal",
                                             "A participant", "A row", "A source", "An entry", "The table"])
        // An entry's `qualifier`, `basis`, `language` and `data` are left out when there is none: every combination is
        // allowed.
        let entry = documented["An entry"] ?? []
        let optional = ["qualifier", "basis", "language", "data"]
        let entriesWithoutOptionalKeys = (1..<(1 << optional.count)).map { mask in
            entry.filter { key in !optional.indices.contains { mask & (1 << $0) != 0 && optional[$0] == key } }
        }
        let allowed = Array(documented.values) + entriesWithoutOptionalKeys

        var seen: Set<[String]> = []
        for table in SampleTables.document.tables + [SampleTables.lists] {
            for keys in Self.objectKeyLists(JSONRenderer().renderTable(table)) {
                #expect(allowed.contains(keys), "undocumented key order \(keys) in \(table.viewID).json")
                seen.insert(keys)
            }
        }
        for (kind, keys) in documented where kind != "An entry" {
            #expect(seen.contains(keys), "the sample tables never write \(kind) with keys \(keys)")
        }
        // A budget's `basis` and a list item's `data` never meet in one entry: each optional key is seen somewhere.
        let entryKeys = Set(seen.filter { $0.first == "text" }.joined())
        #expect(entryKeys == Set(entry), "the sample tables write entries with keys \(entryKeys.sorted()) only")
    }

    @Test("Every example in the documentation is valid JSON with documented keys in order")
    func examplesAreValidJSON() throws {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/json-output.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        var examples: [String] = []
        var searchFrom = text.startIndex
        while let start = text.range(of: "```json\n", range: searchFrom..<text.endIndex) {
            let end = try #require(text.range(of: "\n```", range: start.upperBound..<text.endIndex))
            examples.append(String(text[start.upperBound..<end.lowerBound]))
            searchFrom = end.upperBound
        }
        #expect(examples.count == 2)
        for example in examples {
            #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(example.utf8)) }
            for keys in Self.objectKeyLists(example + "\n") {
                #expect(try Self.documentedKeyLists().values.contains { $0.filter { keys.contains($0) } == keys }, "\(keys)")
            }
        }
    }
}

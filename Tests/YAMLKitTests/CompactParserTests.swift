import Foundation
import Testing
@testable import YAMLKit

/// The compact parser must describe exactly the tree ``YAMLParser`` builds (structure, text, style, marks) for the
/// documents it accepts, and refuse everything that needs the full parser.
@Suite("Compact parser")
struct CompactParserTests {
    private static let keys = YAMLKeyTable(["format", "name", "en", "as-of"])

    private func compact(_ text: String, limits: YAMLLimits = .default) throws(CompactYAMLRefusal) -> CompactYAMLDocument {
        try CompactYAMLParser.parse(Array(text.utf8), file: "test.yaml", keys: Self.keys, limits: limits)
    }

    private func refusal(_ bytes: [UInt8], limits: YAMLLimits = .default) -> CompactYAMLRefusal? {
        do {
            _ = try CompactYAMLParser.parse(bytes, file: "test.yaml", keys: Self.keys, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    private func refusal(_ text: String, limits: YAMLLimits = .default) -> CompactYAMLRefusal? {
        refusal(Array(text.utf8), limits: limits)
    }

    @Test("accepted documents match the tree node for node", arguments: [
        "format: 1\nname: { en: Name, nb: 'Navn' }\nlist:\n  - a\n  - \"b: c\"\n  - [x, ~, null]\n  -\n",
        "text: |\n  line one\n  line two\nfolded: >-\n  one\n  two\nempty: {}\nnone: []\n",
        "\u{FEFF}key: värde\r\nother:\r\n  - å\r\n  - { k: v }\r\n",
        "- 1\n- - 2\n  - 3\n- k: v\n",
        "plain scalar at the root\n",
        "---\nk: v\n...\n",
    ])
    func matchesTree(_ text: String) throws {
        let document = try compact(text)
        let tree = try YAMLParser.parse(Array(text.utf8), file: "test.yaml")
        #expect(describe(document, document.root) == describe(tree))
        #expect(document.nodeCount == countNodes(tree))
    }

    @Test("the shipped fixtures match the tree", arguments: ["plugin.yaml", "bom-crlf.yaml"])
    func fixtures(_ name: String) throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        let bytes = try [UInt8](Data(contentsOf: url))
        let document = try CompactYAMLParser.parse(bytes, file: name, keys: Self.keys)
        #expect(describe(document, document.root) == describe(try YAMLParser.parse(bytes, file: name)))
    }

    @Test("a document whose buffers grew while it was built reads as the tree, and its iterators keep it alive")
    func grownBuffers() throws {
        // Two nodes per three bytes: far more than the node buffer is first sized for.
        let text = "[" + Array(repeating: "1", count: 5_000).joined(separator: ",") + "]\n"
        let tree = try YAMLParser.parse(Array(text.utf8), file: "test.yaml")
        var items: CompactYAMLDocument.Children?
        do {
            let document = try compact(text)
            #expect(describe(document, document.root) == describe(tree))
            items = document.items(document.root)
        }
        #expect(items.map { Array($0).count } == 5_000)
    }

    @Test("keys and values of every length around the 4-, 8- and 16-byte word sizes read as the tree")
    func everyShortLength() throws {
        let letters = Array("abcdefghijklmnopqrstuvwxyzåäö".unicodeScalars.map(String.init))
        var text = ""
        for length in 1...20 {
            let key = (0..<length).map { letters[($0 * 7 + length) % 26] }.joined()
            let value = (0..<length).map { letters[($0 * 5 + length) % letters.count] }.joined()
            text += "\(key): \(value)\n"
        }
        text += "'': ''\n"
        let document = try compact(text)
        #expect(describe(document, document.root) == describe(try YAMLParser.parse(Array(text.utf8), file: "test.yaml")))
        let lengths = document.keys(document.root).map { document.string($0).utf8.count }
        #expect(lengths == Array(1...20) + [0])
        let table = YAMLKeyTable(document.keys(document.root).map(document.string))
        let symbols = try CompactYAMLParser.parse(Array(text.utf8), file: "test.yaml", keys: table)
        #expect(symbols.keys(symbols.root).map(symbols.symbol) == (0...20).map(Int32.init))
    }

    @Test("keys carry their symbols; other nodes carry none")
    func symbols() throws {
        let document = try compact("format: 1\nname:\n  en: x\n  sv: y\nas-of: name\n")
        let keys = Array(document.keys(document.root))
        #expect(keys.map(document.symbol) == [0, 1, 3])
        #expect(document.symbol(keys[0] + 1) == YAMLKeyTable.unknown)
        #expect(document.symbol(keys[2] + 1) == YAMLKeyTable.unknown)  // "name" as a value is not a key
        #expect(Array(document.keys(keys[1] + 1)).map(document.symbol) == [2, YAMLKeyTable.unknown])
        #expect(Self.keys.key(3) == "as-of")
        #expect(Self.keys.key(9) == "")
    }

    @Test("null is only a plain null, ~ or empty value")
    func nulls() throws {
        let document = try compact("a: null\nb: ~\nc:\nd: 'null'\ne: \"~\"\nf: Null\ng: nil\nh: ''\n")
        let values = document.keys(document.root).map { $0 + 1 }
        #expect(values.map(document.isNull) == [true, true, true, false, false, false, false, false])
    }

    @Test("features left to the full parser are refused", arguments: [
        ("a: &x 1\nb: *x\n", CompactYAMLRefusal.anchorOrAlias),
        ("a: &x { k: v }\n", .anchorOrAlias),
        ("a: !!str 1\n", .tag),
        ("a: !!map {}\n", .tag),
        ("base: { k: v }\nother:\n  <<: { k: w }\n", .unusualKey),
        ("? [a, b]\n: v\n", .unusualKey),
        ("? { a: b }\n: v\n", .unusualKey),
        ("clé: v\n", .unusualKey),
        ("a: 1\nb: 2\na: 3\n", .duplicateKey),
        ("a: 1\n'a': 2\n", .duplicateKey),
        ("en: 1\nen: 2\n", .duplicateKey),
        ("a: 1\n---\nb: 2\n", .notOneDocument),
        ("", .notOneDocument),
        ("# only a comment\n", .notOneDocument),
        ("a: [1, 2\n", .unreadable),
        ("a:\tb: c\n", .unreadable),
    ])
    func refusals(_ text: String, _ expected: CompactYAMLRefusal) {
        #expect(refusal(text) == expected)
    }

    @Test("a duplicate key is found in a large mapping too")
    func duplicateInLargeMapping() {
        let keys = (0..<40).map { "key\($0): \($0)\n" }.joined()
        #expect(refusal(keys) == nil)
        #expect(refusal(keys + "key7: again\n") == .duplicateKey)
        #expect(refusal(keys + "format: 1\nformat: 2\n") == .duplicateKey)
    }

    @Test("the key table finds short, 16-byte and long keys, and only those")
    func keyTableLengths() throws {
        let sixteen = "abcdefghijklmnop", seventeen = "abcdefghijklmnopq"
        let table = YAMLKeyTable(["a", sixteen, seventeen, "", "a", "b"])
        func symbol(_ key: String) -> Int32 {
            Array(key.utf8).withUnsafeBufferPointer { table.symbol(of: $0) }
        }
        #expect([symbol("a"), symbol(sixteen), symbol(seventeen), symbol(""), symbol("b")] == [0, 1, 2, 3, 5])
        #expect(symbol("abcdefghijklmno") == YAMLKeyTable.unknown)
        #expect(symbol("abcdefghijklmnoq") == YAMLKeyTable.unknown)
        #expect(symbol(seventeen + "r") == YAMLKeyTable.unknown)
        #expect(symbol("a\0") == YAMLKeyTable.unknown)
        #expect(table.key(2) == seventeen)
        #expect(table.key(4) == "a")
        let document = try CompactYAMLParser.parse(
            Array("\(sixteen): 1\n\(seventeen): 2\nb: 3\n".utf8), file: "test.yaml", keys: table)
        #expect(document.keys(document.root).map(document.symbol) == [1, 2, 5])
        let repeated = Array("\(seventeen): 1\n\(seventeen): 2\n".utf8)
        #expect(throws: CompactYAMLRefusal.duplicateKey) {
            try CompactYAMLParser.parse(repeated, file: "test.yaml", keys: table)
        }
        #expect(refusal("\(seventeen)é: 1\n") == .unusualKey)
    }

    @Test("every limit is applied")
    func limits() {
        #expect(refusal("a: [[[1]]]\n", limits: YAMLLimits(maxDepth: 3)) == .tooDeep)
        #expect(refusal("a: [[1]]\n", limits: YAMLLimits(maxDepth: 3)) == nil)
        #expect(refusal("a: abcdef\n", limits: YAMLLimits(maxScalarBytes: 5)) == .scalarTooLong)
        #expect(refusal("[1, 2, 3, 4]\n", limits: YAMLLimits(maxNodes: 4)) == .tooManyNodes)
        #expect(refusal("[1, 2, 3]\n", limits: YAMLLimits(maxNodes: 4)) == nil)
        #expect(refusal("a: 1234567\n", limits: YAMLLimits(maxFileBytes: 8)) == .tooLarge)
    }

    @Test("input that is not UTF-8 is refused")
    func encodings() {
        #expect(refusal([0xFF, 0xFE] + Array("a: 1\n".utf8).flatMap { [$0, 0] }) == .unreadable)
        #expect(refusal(Array("a: 1\n".utf8).flatMap { [$0, 0] }) == .unreadable)
        #expect(refusal(Array("a: b".utf8) + [0xC3, 0x28, 0x0A]) == .unreadable)
    }

    // MARK: - Descriptions both forms share

    private func describe(_ document: CompactYAMLDocument, _ index: Int) -> String {
        let mark = "@\(document[index].line):\(document[index].column)"
        switch document.kind(index) {
        case .scalar:
            return "\(document[index].isPlain ? "plain" : "quoted")\(mark)\(document.string(index).debugDescription)"
        case .sequence:
            return "seq\(mark)[" + document.items(index).map { describe(document, $0) }.joined(separator: ", ") + "]"
        case .mapping:
            return "map\(mark){" + document.keys(index).map { describe(document, $0) + ": " + describe(document, $0 + 1) }
                .joined(separator: ", ") + "}"
        }
    }

    private func describe(_ node: YAMLNode) -> String {
        let mark = "@\(node.mark.line):\(node.mark.column)"
        switch node.content {
        case .scalar(let scalar):
            return "\(scalar.style == .plain ? "plain" : "quoted")\(mark)\(scalar.text.debugDescription)"
        case .sequence(let items):
            return "seq\(mark)[" + items.map(describe).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "map\(mark){" + pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}"
        }
    }

    private func countNodes(_ node: YAMLNode) -> Int {
        switch node.content {
        case .scalar: return 1
        case .sequence(let items): return 1 + items.reduce(0) { $0 + countNodes($1) }
        case .mapping(let pairs): return 1 + pairs.reduce(0) { $0 + countNodes($1.key) + countNodes($1.value) }
        }
    }
}

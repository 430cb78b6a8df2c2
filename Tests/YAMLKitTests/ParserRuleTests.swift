import Foundation
import Testing
import YAMLKit

@Suite("Parser: document rules")
struct ParserRuleTests {
    @Test("Duplicate keys are reported at the second occurrence, naming the first line")
    func duplicateKeys() throws {
        let error = try #require(parseError("name: a\nother: b\n'name': c\n"))
        #expect(error.mark.line == 3 && error.mark.column == 1)
        #expect(error.message == "duplicate key 'name' (it is already defined on line 1)")
        // Large mappings switch to a hashed key index; duplicates are still found.
        let many = (0..<40).map { "k\($0): v" }.joined(separator: "\n") + "\nk7: again\n"
        let large = try #require(parseError(many))
        #expect(large.mark.line == 41)
        #expect(large.message.contains("line 8"))
    }

    @Test("An alias to an undefined anchor is an error")
    func undefinedAlias() throws {
        let error = try #require(parseError("a: 1\nb: *nothere\n"))
        #expect(error.mark.line == 2 && error.mark.column == 4)
        #expect(error.message.contains("'*nothere'"))
        #expect(error.message.contains("not defined"))
    }

    @Test("A recursive alias is an error")
    func recursiveAlias() throws {
        let error = try #require(parseError("a: &x [1, *x]\n"))
        #expect(error.mark.line == 1 && error.mark.column == 11)
        #expect(error.message.contains("cannot contain itself"))
        let nested = try #require(parseError("a: &x\n  b:\n    c: *x\n"))
        #expect(nested.mark.line == 3)
    }

    @Test("Aliases are expanded and carry the mark of their use")
    func aliasExpansion() throws {
        let root = try parse("base: &b {x: 1, y: [2, 3]}\ncopy: *b\n")
        let copy = try #require(root["copy"])
        #expect(copy.mark.line == 2 && copy.mark.column == 7)
        #expect(copy["y"]?.sequenceItems?.map(\.scalarText) == ["2", "3"])
        #expect(copy["x"]?.mark.line == 1)
    }

    @Test("A billion-laughs document fails on the alias budgets: the text budget first, the node budget without it")
    func billionLaughs() throws {
        let error = try #require(parseError(bytes: fixture("billion-laughs.yaml")))
        #expect(error.message.hasPrefix("through aliases, the document's text grows to more than "))
        let nodesOnly = YAMLLimits(expandedTextAllowance: Int.max)
        let byNodes = try #require(parseError(bytes: fixture("billion-laughs.yaml"), limits: nodesOnly))
        #expect(byNodes.message.contains("document expands to more than 1000000 nodes through aliases"))
        let small = YAMLLimits(maxNodes: 50)
        let tight = try #require(parseError("a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]\nb: [*a, *a, *a, *a, *a, *a]\n", limits: small))
        #expect(tight.message.contains("more than 50 nodes through aliases"))
        #expect(tight.mark.line == 2)
    }

    @Test("Merge keys add keys that the mapping does not state itself")
    func mergeKeys() throws {
        let document = try YAMLParser.parse(fixture("merge-keys.yaml"), file: "merge-keys.yaml")
        let root = Node(document: document, index: document.root)
        let development = try #require(root["development"])
        #expect(development.mappingPairs?.map { $0.key.scalarText ?? "" } == ["adapter", "host", "database", "port"])
        #expect(development["port"]?.scalarText == "6543")
        #expect(development["host"]?.scalarText == "localhost")
        let combined = try #require(root["combined"])
        #expect(combined["port"]?.scalarText == "5432")
        #expect(combined["owner"]?.scalarText == "ops")
        #expect(combined["database"]?.scalarText == "all")
        #expect(combined["<<"] == nil)
    }

    @Test("A merge key whose value is not a mapping is an error")
    func badMerge() throws {
        let scalar = try #require(parseError("a:\n  <<: plain\n"))
        #expect(scalar.message.contains("merge key '<<'"))
        #expect(scalar.mark.line == 2 && scalar.mark.column == 7)
        let list = try #require(parseError("m: &m {a: 1}\nb:\n  <<: [*m, 3]\n"))
        #expect(list.mark.line == 3 && list.mark.column == 12)
    }

    @Test("Only standard tags are accepted")
    func tags() throws {
        let root = try parse("a: !!str 12\nb: ! x\nc: !!map {k: v}\nd: !!int 3\n")
        #expect(root["a"]?.scalarText == "12")
        #expect(root["b"]?.scalarText == "x")
        #expect(root["c"]?["k"]?.scalarText == "v")
        #expect(root["d"]?.scalarText == "3")
        let custom = try #require(parseError("a: 1\nb: !foo x\n"))
        #expect(custom.message.hasPrefix("unknown tag '!foo'"))
        #expect(custom.mark.line == 2 && custom.mark.column == 4)
        let binary = try #require(parseError("a: !!binary aGk=\n"))
        #expect(binary.message.hasPrefix("unknown tag '!!binary'"))
        let misplaced = try #require(parseError("a: !!map x\n"))
        #expect(misplaced.message.contains("cannot be used on a scalar"))
    }

    @Test("Keys that are collections are errors")
    func complexKeys() throws {
        let flow = try #require(parseError("{[a, b]: c}\n"))
        #expect(flow.message.hasPrefix("mapping keys must be plain text"))
        let block = try #require(parseError("? {a: 1}\n: c\n"))
        #expect(block.message.hasPrefix("mapping keys must be plain text"))
        #expect(block.mark.line == 1 && block.mark.column == 3)
        let alias = try #require(parseError("x: &k [1]\n*k : v\n"))
        #expect(alias.message.hasPrefix("mapping keys must be plain text"))
    }

    @Test("100 000 nested flow sequences fail on the depth limit")
    func deepFlowNesting() throws {
        let error = try #require(parseError(String(repeating: "[", count: 100_000)))
        #expect(error.message.contains("nested more than 200 levels"))
        #expect(error.mark.line == 1 && error.mark.column == 201)
    }

    @Test("100 000 nested block sequences fail on the depth limit")
    func deepBlockNesting() throws {
        let error = try #require(parseError(String(repeating: "- ", count: 100_000) + "x\n"))
        #expect(error.message.contains("nested more than 200 levels"))
        let mappings = (0..<300).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n")
        let nestedMappings = try #require(parseError(mappings))
        #expect(nestedMappings.message.contains("nested more than 200 levels"))
        _ = try parse(String(repeating: "[", count: 200) + String(repeating: "]", count: 200))
    }

    @Test("Aliases cannot nest collections deeper than the depth limit")
    func deepThroughAliases() throws {
        let chain = (1...40).map { "x\($0): &x\($0) [*x\($0 - 1)]" }.joined(separator: "\n")
        let text = "x0: &x0 [1]\n" + chain + "\n"
        _ = try parse(text)
        let error = try #require(parseError(text, limits: YAMLLimits(maxDepth: 30)))
        #expect(error.message.contains("through alias '*x28'"))
        #expect(error.mark.line == 30)
    }

    @Test("Input larger than maxFileBytes is refused, before reading for files")
    func fileSizeLimit() throws {
        let limits = YAMLLimits(maxFileBytes: 16)
        let error = try #require(parseError("key: a value that is long\n", limits: limits))
        #expect(error.message.contains("larger than the limit of 16 bytes"))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("yamlkit-size-\(UUID().uuidString).yaml").path
        try Data(repeating: UInt8(ascii: "#"), count: 4096).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            try YAMLParser.readFile(atPath: path, displayPath: "big.yaml", limits: YAMLLimits(maxFileBytes: 1024))
        } throws: { error in
            (error as? YAMLError)?.message == "file is 4096 bytes, larger than the limit of 1024 bytes"
        }
    }

    @Test("A scalar longer than maxScalarBytes is refused")
    func scalarLimit() throws {
        let limits = YAMLLimits(maxScalarBytes: 8)
        _ = try parse("a: 12345678\n", limits: limits)
        let error = try #require(parseError("a: ok\nb: \"123456789\"\n", limits: limits))
        #expect(error.mark.line == 2 && error.mark.column == 4)
        #expect(error.message.contains("more than the limit of 8 bytes"))
    }

    @Test("scanEvents counts libyaml's events")
    func scanEvents() throws {
        // stream start, document start, mapping start, 2 scalars, mapping end, document end, stream end
        #expect(try YAMLParser.scanEvents(Array("a: b\n".utf8)) == 8)
        #expect(throws: YAMLError.self) { try YAMLParser.scanEvents(Array("a: [".utf8)) }
    }

    @Test("Arbitrary bytes never crash the parser, and errors point inside the input")
    func garbage() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array("[]{}:-?&*!|>'\"#%@`, \n\t\rab0".utf8) + [0x00, 0xC3, 0xFF, 0xEF, 0xBB, 0xBF]
        for _ in 0..<1000 {
            let bytes = (0..<Int.random(in: 0..<64, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
            let lineCount = bytes.count { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") } + 1
            do {
                _ = try YAMLParser.parse(bytes, file: "fuzz.yaml")
            } catch {
                // Every error points inside the file.
                #expect(error.mark.line >= 1 && error.mark.line <= lineCount, "\(error) for \(bytes)")
                #expect(error.mark.column >= 1, "\(error) for \(bytes)")
                #expect(!error.message.isEmpty)
            }
            _ = try? YAMLParser.scanEvents(bytes)
        }
    }
}

import Testing
import YAMLKit

@Suite("Parser: marks and encodings")
struct ParserLocationTests {
    @Test("Marks of nested nodes are 1-based lines and columns")
    func nestedMarks() throws {
        let root = try parse("""
            # comment
            plugin:
              name: Fish
              sources:
                - id: a
                  tags: [x, "y"]
            """)
        #expect(root.mark == YAMLMark(file: "test.yaml", line: 2, column: 1))
        let plugin = try #require(root["plugin"])
        #expect(plugin.mark.line == 3 && plugin.mark.column == 3)
        let name = try #require(plugin["name"])
        #expect(name.mark.description == "test.yaml:3:9")
        let first = try #require(plugin["sources"]?.sequenceItems?.first)
        #expect(first.mark.line == 5 && first.mark.column == 7)
        let tags = try #require(first["tags"]?.sequenceItems)
        #expect(tags[1].mark.line == 6 && tags[1].mark.column == 17)
        #expect(tags[1].document[tags[1].index].style == .quoted)
        let keys = try #require(plugin.mappingPairs).map { $0.key.scalarText }
        #expect(keys == ["name", "sources"])
    }

    @Test("A UTF-8 byte order mark and CRLF line endings are accepted with correct lines")
    func bomAndCRLF() throws {
        let document = try YAMLParser.parse(fixture("bom-crlf.yaml"), file: "bom-crlf.yaml")
        let root = Node(document: document, index: document.root)
        #expect(root["title"]?.scalarText == "Hei")
        #expect(root["title"]?.mark.description == "bom-crlf.yaml:1:8")
        let items = try #require(root["items"]?.sequenceItems)
        #expect(items.map(\.scalarText) == ["one", "two"])
        #expect(items[1].mark.line == 4 && items[1].mark.column == 5)
        #expect(root["last"]?.mark.line == 5)
    }

    @Test("A file saved as UTF-16 is rejected with advice")
    func utf16() throws {
        let error = try #require(parseError(bytes: fixture("utf16le-bom.yaml")))
        #expect(error.message == "file is UTF-16 encoded; save it as UTF-8")
        #expect(error.mark.line == 1 && error.mark.column == 1)
        let noBOM = try #require(parseError(bytes: Array("a: b\nc: d\n".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }))
        #expect(noBOM.message.contains("UTF-16"))
        let utf32 = try #require(parseError(bytes: [0x00, 0x00, 0xFE, 0xFF, 0, 0, 0, 0x61]))
        #expect(utf32.message.contains("UTF-32"))
    }

    @Test("Invalid UTF-8 is reported at its own line and column")
    func invalidUTF8() throws {
        let error = try #require(parseError(bytes: fixture("invalid-utf8.yaml")))
        #expect(error.mark.line == 2)
        #expect(error.mark.column == 7)
        #expect(error.message.contains("not valid UTF-8"))
    }

    @Test("An empty file and a comment-only file are errors at 1:1")
    func emptyFiles() throws {
        for text in ["", "\n\n", "# only a comment\n   # and another\n"] {
            let error = try #require(parseError(text))
            #expect(error.message.hasPrefix("file is empty"))
            #expect(error.mark.line == 1 && error.mark.column == 1)
        }
    }

    @Test("A second document is an error at its start")
    func twoDocuments() throws {
        let error = try #require(parseError("a: 1\n---\nb: 2\n"))
        #expect(error.mark.line == 2 && error.mark.column == 1)
        #expect(error.message.contains("second YAML document"))
        let explicit = try #require(parseError("--- \na: 1\n...\n---\nb: 2\n"))
        #expect(explicit.mark.line == 4)
    }

    @Test("An error at the end of input without a final newline is on the last real line")
    func missingFinalNewline() throws {
        let error = try #require(parseError("a: 1\nb: [1, 2"))
        #expect(error.mark.line == 2)
        #expect(error.mark.column == 9)
        #expect(error.message.contains("did not find expected ',' or ']'"))
        let withNewlines = try #require(parseError("a: 1\nb: [1, 2\n\n"))
        #expect(withNewlines.mark.line == 2)
    }

    @Test("Syntax errors carry libyaml's position converted to 1-based")
    func syntaxErrorPosition() throws {
        let error = try #require(parseError("a: b\n c: d\n"))
        #expect(error.mark.line == 2 && error.mark.column == 3)
        #expect(error.description.hasPrefix("test.yaml:2:3: error: YAML syntax error: mapping values"))
        let tab = try #require(parseError("a:\n\tb: 1\n"))
        #expect(tab.mark.line == 2)
        #expect(tab.message.contains("tab"))
    }

    @Test("A missing file is an error at 1:1 naming the display path")
    func missingFile() throws {
        #expect {
            try YAMLParser.readFile(atPath: "/nonexistent/dir/x.yaml", displayPath: "x.yaml")
        } throws: { error in
            guard let error = error as? YAMLError else { return false }
            return error.mark == YAMLMark(file: "x.yaml", line: 1, column: 1) && error.message.contains("cannot open")
        }
        let bytes = try YAMLParser.readFile(atPath: fixturePath("merge-keys.yaml"), displayPath: "merge-keys.yaml")
        #expect(try YAMLParser.parse(bytes, file: "merge-keys.yaml").mark(0).file == "merge-keys.yaml")
    }
}

import ComparisonKit
import Testing

/// `Source` shares its fields between copies; it must still behave as a value.
@Suite("Source is a value")
struct SourceValueTests {
    static let published = try! PartialDate(year: 2021, month: 4, day: 29)

    static let original = Source(id: "dep-2021", title: "Regulation (EU) 2021/694", publisher: "European Union",
                                 published: try! PartialDate(year: 2021, month: 4, day: 29), language: "en",
                                 url: "https://eur-lex.europa.eu/eli/reg/2021/694/oj",
                                 location: SourceLocation(file: "plugins/eu-dep/plugin.yaml", line: 4, column: 5))

    @Test("Changing a copy leaves the original as it was")
    func copyOnWrite() {
        var copy = Self.original
        #expect(copy == Self.original)
        copy.title = "Changed"
        copy.published = nil
        #expect(Self.original.title == "Regulation (EU) 2021/694")
        #expect(Self.original.published == Self.published)
        #expect(Self.original.published?.description == "2021-04-29")
        #expect(copy.title == "Changed")
        #expect(copy != Self.original)
    }

    @Test("Equal fields make equal sources with equal hashes, whether or not they share storage")
    func equality() {
        let twin = Source(id: "dep-2021", title: "Regulation (EU) 2021/694", publisher: "European Union",
                          published: try! PartialDate(year: 2021, month: 4, day: 29), language: "en",
                          url: "https://eur-lex.europa.eu/eli/reg/2021/694/oj",
                          location: SourceLocation(file: "plugins/eu-dep/plugin.yaml", line: 4, column: 5))
        #expect(twin == Self.original)
        #expect(twin.hashValue == Self.original.hashValue)
        var other = twin
        other.note = "a remark"
        #expect(other != twin)
        #expect(Set([twin, Self.original, other]).count == 2)
    }

    @Test("The date read, the archived copy and the identifier are given at the end, and nil when not")
    func metadata() throws {
        #expect(Self.original.accessed == nil && Self.original.archived == nil && Self.original.identifier == nil)
        let accessed = try PartialDate(year: 2025, month: 1, day: 10)
        let read = Source(id: "dep-2021", title: "Regulation (EU) 2021/694", publisher: "European Union",
                          published: Self.published, language: "en", url: "https://eur-lex.europa.eu/eli/reg/2021/694/oj",
                          location: SourceLocation(file: "plugins/eu-dep/plugin.yaml", line: 4, column: 5),
                          accessed: accessed, archived: "https://web.archive.org/web/2025/https://example.org/",
                          identifier: "CELEX:32021R0694")
        #expect(read.accessed == accessed)
        #expect(read.archived == "https://web.archive.org/web/2025/https://example.org/")
        #expect(read.identifier == "CELEX:32021R0694")
    }

    @Test("Each of the date read, the archived copy and the identifier counts in equality and hashing, and is copied on write",
          arguments: [0, 1, 2])
    func metadataIsPartOfTheValue(_ field: Int) throws {
        var changed = Self.original
        switch field {
        case 0: changed.accessed = try PartialDate(year: 2025)
        case 1: changed.archived = "https://web.archive.org/web/2025/https://example.org/"
        default: changed.identifier = "CELEX:32021R0694"
        }
        #expect(changed != Self.original)
        #expect(Set([changed, Self.original]).count == 2)
        #expect(Self.original.accessed == nil && Self.original.archived == nil && Self.original.identifier == nil)
        var back = changed
        back.accessed = nil
        back.archived = nil
        back.identifier = nil
        #expect(back == Self.original)
        #expect(back.hashValue == Self.original.hashValue)
        #expect(changed != back)
    }
}

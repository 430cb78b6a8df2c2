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
}

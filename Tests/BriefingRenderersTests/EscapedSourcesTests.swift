@testable import BriefingRenderers
import ComparisonKit
import Testing

/// Markdown, CSV and JSON escape each distinct source of a table once and copy the bytes for every further footnote
/// that cites it (`EscapedSources`). These tests hold the copies to what escaping every footnote's source anew gives.
@Suite("Sources escaped once per table")
struct EscapedSourcesTests {
    /// A source with awkward characters in every field.
    static let base = Source(
        id: "s-1", title: "Title | with *stars*, \"quotes\"; and\u{202E}more ", publisher: "=Publisher, Inc.",
        published: try! PartialDate(year: 2021, month: 3, day: 16), language: "da", kind: "press release",
        url: "https://example.org/a?b=c,d", confidence: .medium, location: .synthetic("test"))

    /// Sources that differ from `base` in exactly one field each, and `base` itself.
    static let variants: [Source] = {
        var variants = [base]
        func variant(_ change: (inout Source) -> Void) {
            var source = base
            change(&source)
            variants.append(source)
        }
        variant { $0.id = "s-2" }
        variant { $0.title = "Title | with *stars*, \"quotes\"; and\u{202E}more!" }
        variant { $0.publisher = "Publisher, Inc." }
        variant { $0.published = try! PartialDate(year: 2021, month: 3) }
        variant { $0.published = nil }
        variant { $0.language = "nb" }
        variant { $0.kind = nil }
        variant { $0.url = "https://example.org/a?b=c,e" }
        variant { $0.url = nil }
        variant { $0.confidence = .low }
        return variants
    }()

    /// A table whose footnotes cite `sources` in turn, `rounds` times over, with and without locators.
    static func table(citing sources: [Source], rounds: Int = 3) -> ComparisonTable {
        var footnotes: [Footnote] = []
        for round in 0..<rounds {
            for source in sources {
                let locator: String? = footnotes.count % 3 == 0 ? nil : "§ \(round) | *\(footnotes.count)*"
                footnotes.append(Footnote(number: footnotes.count + 1, source: source, locator: locator))
            }
        }
        return ComparisonTable(
            viewID: "sources", title: "Sources", language: "en", rowHeading: "Dimension",
            columnGroups: [ColumnGroup(jurisdiction: "NO", label: "Norway", columns: [
                TableColumn(initiativeID: "a", heading: "A", jurisdiction: "NO"),
            ])],
            rows: [TableRow(id: "kind", label: "Kind", cells: [
                TableCell(state: .known, entries: [CellEntry(text: "forum", footnotes: [1, 2])]),
            ])],
            footnotes: footnotes, legend: "Legend.")
    }

    /// The same table with every footnote holding a copy of its source with storage of its own, so no two footnotes
    /// share a source's bits and every one is escaped anew.
    static func withUnsharedSources(_ table: ComparisonTable) -> ComparisonTable {
        var table = table
        for index in table.footnotes.indices {
            var source = table.footnotes[index].source
            // Setting a field copies the shared storage first.
            source.id = source.id
            table.footnotes[index].source = source
        }
        return table
    }

    static let renderers: [any TableFileRenderer] = [MarkdownRenderer(), CSVRenderer(), JSONRenderer()]

    @Test("Sources differing in one field keep their own bytes", arguments: 0..<3)
    func sourcesDifferingInOneField(renderer index: Int) {
        let renderer = Self.renderers[index]
        let table = Self.table(citing: Self.variants)
        #expect(renderer.renderTable(table) == renderer.renderTable(Self.withUnsharedSources(table)))
    }

    @Test("Equal sources with storage of their own give the same bytes as shared ones", arguments: 0..<3)
    func equalSourcesWithOwnStorage(renderer index: Int) {
        let renderer = Self.renderers[index]
        let shared = Self.table(citing: [Self.base, Self.base])
        let mixed = Self.table(citing: [Self.base, Self.withUnsharedSources(shared).footnotes[0].source])
        #expect(renderer.renderTable(shared) == renderer.renderTable(mixed))
    }

    @Test("A source too long to read back from the buffer is escaped every time", arguments: 0..<3)
    func sourceLongerThanTheBuffer(renderer index: Int) {
        let renderer = Self.renderers[index]
        var long = Self.base
        // Longer than the buffer, with something to escape every thousand bytes, so that the buffer is handed over
        // between two escapes while the source is written. (Every 16 bytes cost a vector step, so the title is no
        // longer than it needs to be, and cited twice.)
        long.title = String(repeating: "Long | title, " + String(repeating: "x", count: 1_000),
                            count: OutputBuffer.flushThreshold / 1_000 + 1)
        let table = Self.table(citing: [long, Self.base, long], rounds: 1)
        #expect(renderer.renderTable(table) == renderer.renderTable(Self.withUnsharedSources(table)))
    }

    /// How many distinct sources `manySources` cites: enough to make the lookup table grow (checked below).
    static let manySourceCount = 600

    @Test("Many distinct sources, enough to grow the lookup table", arguments: 0..<3)
    func manySources(renderer index: Int) {
        let renderer = Self.renderers[index]
        // Short fields: what matters here is how many sources there are (each field costs a vector step or more).
        let sources = (0..<Self.manySourceCount).map { number in
            Source(id: "s-\(number)", title: "Title | \(number)", publisher: "P, \(number % 7)", published: nil,
                   language: "da", location: .synthetic("test"))
        }
        let table = Self.table(citing: sources, rounds: 2)
        #expect(renderer.renderTable(table) == renderer.renderTable(Self.withUnsharedSources(table)))
    }

    @Test("That many sources do grow the lookup table")
    func manySourcesGrowTheTable() throws {
        func slotBits(_ cache: EscapedSources) throws -> Int {
            try #require(Mirror(reflecting: cache).children.first { $0.label == "slotBits" }?.value as? Int,
                         "EscapedSources has no stored slotBits any more: check how this test sees the table grow")
        }
        var cache = EscapedSources(piecesPerSource: 1)
        let initial = try slotBits(cache)
        let out = OutputBuffer(file: "sources.txt", in: DiscardingSink())
        for number in 0..<Self.manySourceCount {
            var source = Self.base
            source.id = "s-\(number)"
            let lookup = cache.find(source)
            cache.record(to: out) { out.append("x") }
            cache.keep(source, lookup)
        }
        #expect(try slotBits(cache) > initial, "\(Self.manySourceCount) sources no longer grow the table; cite more")
    }

    @Test("A full cache keeps the sources it has and records no more")
    func fullCacheStopsGrowing() {
        var cache = EscapedSources(piecesPerSource: 1, byteBudget: 64)
        let out = OutputBuffer(file: "sources.txt", in: DiscardingSink())
        var sources: [Source] = []
        for number in 0..<4 {
            var source = Self.base
            source.id = "s-\(number)"
            sources.append(source)
            let lookup = cache.find(source)
            #expect(lookup.entry == nil)
            cache.record(to: out) { out.append(String(repeating: "x", count: 40)) }
            cache.keep(source, lookup)
        }
        // 44 bytes each (length and text): the first two fit under 64 bytes, the next ones find the cache full.
        #expect(sources.map { cache.find($0).entry != nil } == [true, true, false, false])
    }
}

/// A sink that drops what it is given.
private final class DiscardingSink: RenderSink {
    func beginFile(_ relativePath: String) {}
    func write(_ bytes: UnsafeRawBufferPointer) {}
    func endFile() {}
    func fail(_ relativePath: String, reason: String) {}
}

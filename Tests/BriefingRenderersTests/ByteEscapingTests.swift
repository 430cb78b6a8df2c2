@testable import BriefingRenderers
import ComparisonKit
import Testing

/// The renderers escape UTF-8 bytes with hand-written loops; these tests hold them to the plain scalar-by-scalar
/// escaping they replaced (`ReferenceEscaping.swift`), over every short string of an alphabet of awkward characters
/// and over long random ones.
@Suite("Byte-level escaping matches the scalar-by-scalar reference")
struct ByteEscapingTests {
    /// Characters that each escaping treats specially, their UTF-8 neighbours, and ordinary text.
    static let alphabet: [String] = [
        "a", "Z", " ", "-", "=", "+", "@", "'", ",", ";", "\"", "\\", "|", "`", "*", "_", "[", "]", "~", "$", "#",
        "<", ">", "&", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{00}", "\u{1F}", "\u{7F}", "\u{80}",
        "\u{85}", "\u{9F}", "\u{A0}", "\u{A9}", "æ", "ø", "å", "\u{2027}", "\u{2028}", "\u{2029}", "\u{202A}",
        "\u{202E}", "\u{202F}", "\u{2065}", "\u{2066}", "\u{2069}", "\u{206A}", "\u{2000}", "\u{3000}", "\u{FEFF}",
        "\u{FEFE}", "\u{FFFD}", "€", "😀", "e\u{301}",
    ]

    /// Every string of up to `length` characters of the alphabet.
    static func allStrings(upTo length: Int) -> [String] {
        var result = [""]
        var previous = [""]
        for _ in 0..<length {
            previous = previous.flatMap { prefix in alphabet.map { prefix + $0 } }
            result += previous
        }
        return result
    }

    /// Long strings drawn from the alphabet by a fixed-seed generator.
    static func randomStrings(count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return mixed ^ (mixed >> 31)
        }
        return (0..<count).map { _ in
            let length = Int(next() % 40)
            return (0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }.joined()
        }
    }

    static let cases = allStrings(upTo: 2) + randomStrings(count: 20_000, seed: 5)

    /// What an `OutputBuffer` writes, as bytes (compared with the reference's UTF-8 bytes, so that canonically
    /// equivalent but different text cannot pass).
    static func written(_ body: (OutputBuffer) -> Void) -> [UInt8] {
        let sink = CollectingSink()
        let out = OutputBuffer(file: "t", in: sink)
        body(out)
        out.finish()
        return sink.files[0].contents
    }

    @Test("JSON strings")
    func json() {
        for text in Self.cases {
            let bytes = Self.written { $0.appendJSONString(text) }
            if bytes != Array(ReferenceJSONEscaping.quoted(text).utf8) {
                Issue.record("JSON differs for \(Array(text.unicodeScalars))")
                return
            }
        }
    }

    @Test("CSV fields")
    func csv() {
        for text in Self.cases {
            let bytes = Self.written { $0.appendCSVField(text) }
            if bytes != Array(ReferenceCSVEscaping.field(text).utf8) {
                Issue.record("CSV differs for \(Array(text.unicodeScalars)): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
                return
            }
        }
    }

    @Test("Markdown inline text, headings, italics and URLs")
    func markdown() {
        let urls = ["https://example.org/a_b", "HTTP://X.ORG/<a>", "http://a b", "ftp://x", "https://æ.no", "https:"]
        for text in Self.cases + urls {
            let checks: [(String, [UInt8], String)] = [
                ("inline", Self.written { $0.appendMarkdownInline(text) }, ReferenceMarkdownEscaping.inline(text)),
                ("heading", Self.written { $0.appendMarkdownInline(text, headingSafe: true) },
                 ReferenceMarkdownEscaping.inline(text, headingSafe: true)),
                ("italic", Self.written { $0.appendMarkdownItalic(text) }, ReferenceMarkdownEscaping.italic(text)),
                ("url", Self.written { $0.appendMarkdownURL(text) }, ReferenceMarkdownEscaping.url(text)),
            ]
            for (what, bytes, reference) in checks where bytes != Array(reference.utf8) {
                Issue.record("Markdown \(what) differs for \(Array(text.unicodeScalars)): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
                return
            }
        }
    }

    @Test("Indentation, shallow and deep", arguments: [0, 1, 5, 63, 64, 65, 200])
    func indentation(_ levels: Int) {
        #expect(Self.written { $0.appendNewline(indentLevels: levels) } == Array(("\n" + String(repeating: "  ", count: levels)).utf8))
    }

    @Test("A piece larger than the buffer, after a partly filled buffer, keeps its place")
    func largePiece() {
        let large = String(repeating: "æ", count: OutputBuffer.flushThreshold)
        #expect(Self.written { out in
            out.append("start ")
            out.append(large)
            out.append(" end")
        } == Array(("start " + large + " end").utf8))
    }

    @Test("Numbers and markers", arguments: [0, 7, 10, 99, 1234567890, -1, -305, Int.max, Int.min])
    func numbers(_ number: Int) {
        #expect(Self.written { $0.append(decimal: number) } == Array(String(number).utf8))
        #expect(Self.written { $0.appendMarkers([number, 2]) } == Array(TableLayout.markers([number, 2]).utf8))
    }

    @Test("Negative numbers as CSV fields read as text, like their strings", arguments: [0, 7, 12, -1, -305, Int.min])
    func csvNumbers(_ number: Int) {
        #expect(Self.written { $0.appendCSVField(decimal: number) } == Array(ReferenceCSVEscaping.field(String(number)).utf8))
    }

    @Test("Dates written as bytes read as their descriptions")
    func dates() throws {
        var dates = [try PartialDate(year: 1), try PartialDate(year: 999, month: 9), try PartialDate(year: 9999, month: 12, day: 31)]
        for month in 1...12 {
            dates.append(try PartialDate(year: 2021, month: month))
            dates.append(try PartialDate(year: 2024, month: month, day: month == 2 ? 29 : 30))
            dates.append(try PartialDate(year: 87, month: month, day: 1))
        }
        for date in dates {
            #expect(date.withDescriptionBytes { Array($0) } == Array(date.description.utf8))
        }
    }

    @Test("JSON cell states are written as their raw values", arguments: [CellState.known, .unknown, .notApplicable, .notRecorded, .disputed])
    func cellStates(_ state: CellState) {
        #expect(JSONRenderer.jsonString(of: state).description == state.rawValue)
    }

    @Test("A file larger than the buffer reaches the sink whole and in order")
    func largeFile() {
        let piece = "Regjeringens digitaliseringsforum æøå | "
        let bytes = Self.written { out in
            for index in 0..<10_000 {
                out.append(piece)
                out.append(decimal: index)
            }
        }
        #expect(bytes == Array((0..<10_000).map { piece + String($0) }.joined().utf8))
        #expect(bytes.count > 4 * OutputBuffer.flushThreshold)
    }
}

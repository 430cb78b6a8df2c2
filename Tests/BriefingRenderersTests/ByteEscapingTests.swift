@testable import BriefingRenderers
import ComparisonKit
import Testing

/// The renderers escape UTF-8 bytes with hand-written loops; these tests hold them to the plain scalar-by-scalar
/// escaping they replaced (`ReferenceEscaping.swift`): over every string of up to two characters of an alphabet
/// with a character of every escaping class (`EscapingClasses`), over every character at the edge of a class alone,
/// and over long random strings of the alphabet.
@Suite("Byte-level escaping matches the scalar-by-scalar reference")
struct ByteEscapingTests {
    /// A character of every escaping class (see `EscapingClasses`; a test below checks that none is missing), and CR
    /// LF, which Markdown takes as one line break, so that pairs also give CR CR LF and CR LF LF.
    static let alphabet: [String] = [
        "a",                            // ordinary ASCII
        " ",                            // space: CSV quotes it at an edge and skips it before a formula sign
        "\t", "\n", "\r", "\r\n",       // kept by CSV, each with its own JSON escape
        "\u{0B}",                       // VT and FF: a line break in Markdown, hidden in CSV
        "\u{00}",                       // the other C0 controls
        "\u{7F}",                       // DEL
        "\"", "\\",                     // escaped in JSON (and quoted in CSV, doubled in Markdown)
        "|",                            // Markdown's backslash-escaped punctuation: $ [ ] _ ` | ~
        "*",                            // the same, and italics' own delimiter
        "#",                            // escaped in headings only
        "%",                            // flagged by the Markdown scan but copied: % ^ }
        "<", ">", "&",                  // HTML in Markdown
        "-",                            // a formula sign for CSV: + - @
        "=",                            // a formula sign, flagged by the Markdown scan
        ",",                            // CSV quotes it: , ;
        "\u{80}", "\u{85}",             // C1 controls; NEL is a line break
        "\u{A0}",                       // no-break space: white space, and skipped before a formula sign
        "\u{A9}",                       // behind the flagged lead byte C2, ordinary
        "æ",                            // any other two-byte character
        "中", "\u{3000}",                // three bytes behind a lead byte no scan flags; ideographic space is white
        "\u{2000}", "\u{2027}",         // behind the flagged lead byte E2: white space, ordinary
        "\u{2028}", "\u{202E}",         // line and paragraph separators; bidirectional controls
        "\u{FEFF}", "\u{FFFD}",         // behind the flagged lead byte EF: the byte order mark, ordinary
        "😀",                           // four bytes
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

    /// The seed of the random strings, shown when one of them fails, so that the failure can be replayed.
    static let randomSeed: UInt64 = 5
    /// How many random strings there are.
    static let randomCount = 300

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

    /// Every string of up to two characters of the alphabet, every character at the edge of an escaping class alone,
    /// then the random strings.
    static let cases = allStrings(upTo: 2) + EscapingClasses.boundaries.map { String($0) }
        + randomStrings(count: randomCount, seed: randomSeed)

    /// Where a failing case came from, for the failure message.
    static func origin(of index: Int) -> String {
        let random = cases.count - randomCount, edges = random - EscapingClasses.boundaries.count
        if index < edges { return "a string of the alphabet" }
        if index < random { return "a character at the edge of its class" }
        return "random string \(index - random) of seed \(randomSeed)"
    }

    @Test("The alphabet has a character of every escaping class")
    func alphabetCoversEveryClass() {
        let covered = Set(Self.alphabet.compactMap { text -> EscapingClasses.Signature? in
            guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first else { return nil }
            return EscapingClasses.signature(of: scalar)
        })
        for (signature, scalars) in EscapingClasses.classes where !covered.contains(signature) {
            let examples = scalars.prefix(5).map { "U+" + String($0.value, radix: 16, uppercase: true) }
            Issue.record("No character of the alphabet is in the class of \(examples.joined(separator: ", ")) (\(scalars.count) in all): add one. Its signature: \(signature)")
        }
    }

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
        for (index, text) in Self.cases.enumerated() {
            let bytes = Self.written { $0.appendJSONString(text) }
            if bytes != Array(ReferenceJSONEscaping.quoted(text).utf8) {
                Issue.record("JSON differs for \(Array(text.unicodeScalars)) (\(Self.origin(of: index)))")
                return
            }
        }
    }

    @Test("CSV fields")
    func csv() {
        for (index, text) in Self.cases.enumerated() {
            let bytes = Self.written { $0.appendCSVField(text) }
            if bytes != Array(ReferenceCSVEscaping.field(text).utf8) {
                Issue.record("CSV differs for \(Array(text.unicodeScalars)) (\(Self.origin(of: index))): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
                return
            }
        }
    }

    @Test("Markdown inline text, headings, italics and URLs")
    func markdown() {
        let urls = ["https://example.org/a_b", "HTTP://X.ORG/<a>", "http://a b", "ftp://x", "https://æ.no", "https:"]
        for (index, text) in (Self.cases + urls).enumerated() {
            let checks: [(String, [UInt8], String)] = [
                ("inline", Self.written { $0.appendMarkdownInline(text) }, ReferenceMarkdownEscaping.inline(text)),
                ("heading", Self.written { $0.appendMarkdownInline(text, headingSafe: true) },
                 ReferenceMarkdownEscaping.inline(text, headingSafe: true)),
                ("italic", Self.written { $0.appendMarkdownItalic(text) }, ReferenceMarkdownEscaping.italic(text)),
                ("url", Self.written { $0.appendMarkdownURL(text) }, ReferenceMarkdownEscaping.url(text)),
            ]
            for (what, bytes, reference) in checks where bytes != Array(reference.utf8) {
                Issue.record("Markdown \(what) differs for \(Array(text.unicodeScalars)) (\(index < Self.cases.count ? Self.origin(of: index) : "URL")): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
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

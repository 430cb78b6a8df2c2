@testable import BriefingRenderers

/// The characters the byte-level escaping must be checked with, sorted into classes by how the escaping treats them.
///
/// Two characters are in one class when every reference escaping (`ReferenceEscaping.swift`) treats them alike, also
/// where a format looks at neighbours (CSV after a letter and before `=`, Markdown italics after a letter, a URL's
/// tail), and the byte-level code sees their UTF-8 bytes alike: the same `ByteSet`s hold the same bytes, and
/// the helpers the escaping loops call (`PlainTextBytes`, `JSONStringEscaping`, `CSVFieldShape`) give the same
/// answers. `ByteEscapingTests.alphabet` must hold a character of every class, which a test checks, so that the
/// strings of two of its characters meet every pair of classes; a change to the escaping that makes a new class
/// fails that test until the alphabet has it.
enum EscapingClasses {
    /// How a scalar is treated: a list of observations, with the scalar itself shown as `◊`.
    struct Signature: Hashable, CustomStringConvertible {
        var observations: [String]
        var description: String { observations.joined(separator: " | ") }
    }

    /// The signature of one scalar.
    static func signature(of scalar: Unicode.Scalar) -> Signature {
        let text = String(scalar)
        /// An output with the scalar shown as `◊` and any `\u` escape as `\u…`, so that scalars treated alike give
        /// the same observation.
        func shown(_ output: Substring) -> String {
            var result = String.UnicodeScalarView()
            var previousWasBackslash = false
            for outputScalar in output.unicodeScalars {
                if previousWasBackslash, outputScalar == "u" { return "\\u…" }
                previousWasBackslash = outputScalar == "\\" && !previousWasBackslash
                result.append(outputScalar == scalar ? "◊" : outputScalar)
            }
            return String(result)
        }
        /// The output for the scalar after the letter `a`, without that letter (the first `a`: it is never escaped).
        func afterA(_ output: String) -> String {
            var output = output
            if let letter = output.unicodeScalars.firstIndex(of: "a") { output.unicodeScalars.remove(at: letter) }
            return shown(output[...])
        }
        /// The output for the scalar before `=`, without that `=` (the last one).
        func beforeEquals(_ output: String) -> String {
            var output = output
            if let sign = output.unicodeScalars.lastIndex(of: "=") { output.unicodeScalars.remove(at: sign) }
            return shown(output[...])
        }
        var observations = [
            "json " + shown(Substring(ReferenceJSONEscaping.quoted(text).unicodeScalars.dropFirst().dropLast())),
            "csv " + shown(ReferenceCSVEscaping.field(text)[...]),
            "csv after a letter " + afterA(ReferenceCSVEscaping.field("a" + text)),
            "csv before = " + beforeEquals(ReferenceCSVEscaping.field(text + "=")),
            "markdown " + shown(ReferenceMarkdownEscaping.inline(text)[...]),
            "heading " + shown(ReferenceMarkdownEscaping.inline(text, headingSafe: true)[...]),
            "italic after a letter " + afterA(ReferenceMarkdownEscaping.italic("a" + text)),
            "ends a link " + String(ReferenceMarkdownEscaping.url("http://a" + text) == "<http://a" + text + ">"),
        ]
        // What the byte-level code sees: which byte classes flag each byte, and what its helpers say.
        let utf8 = Array(text.utf8)
        observations.append("flagged " + utf8.map { byte in
            String(ByteSetTests.classes.map { $0.members.contains(byte) ? "1" : "0" })
        }.joined(separator: " "))
        utf8.withUnsafeBufferPointer { bytes in
            let special = PlainTextBytes.specialLength(in: bytes, at: 0)
            observations.append("special \(special)" + (special > 0 && PlainTextBytes.isLineBreak(in: bytes, at: 0) ? " break" : ""))
            observations.append("json escape \(JSONStringEscaping.escapedScalar(in: bytes, at: 0).length)")
            observations.append("formula \(CSVFieldShape.startsLikeFormula(bytes))")
        }
        Array((text + "=").utf8).withUnsafeBufferPointer { bytes in
            observations.append("formula before = \(CSVFieldShape.startsLikeFormula(bytes))")
        }
        return Signature(observations: observations)
    }

    /// The scalars the classes are computed over, in order: all of ASCII; every scalar whose UTF-8 lead byte a
    /// `ByteSet` holds (the byte-level loops look closely only behind those); the first and last scalar of
    /// every other lead byte; and every White_Space scalar (Markdown italics trim them).
    static let universe: [Unicode.Scalar] = {
        var values = Set<UInt32>(0...0x7F)
        let flagged = ByteSetTests.classes.reduce(Set<UInt8>()) { $0.union($1.members) }
        for lead in UInt8(0xC2)...UInt8(0xF4) {
            let range: ClosedRange<UInt32>
            switch lead {
            case 0xC2...0xDF: range = UInt32(lead & 0x1F) << 6 ... UInt32(lead & 0x1F) << 6 | 0x3F
            case 0xE0...0xEF: range = max(0x800, UInt32(lead & 0x0F) << 12) ... UInt32(lead & 0x0F) << 12 | 0xFFF
            default: range = UInt32(lead & 0x07) << 18 ... min(0x10FFFF, UInt32(lead & 0x07) << 18 | 0x3FFFF)
            }
            // A flagged lead byte of a four-byte sequence would bring in 2^18 scalars; its ends stand for them.
            if flagged.contains(lead), lead < 0xF0 { values.formUnion(range) } else { values.formUnion([range.lowerBound, range.upperBound]) }
        }
        // White_Space has no scalar beyond the Basic Multilingual Plane.
        values.formUnion((0...0xFFFF).filter { Unicode.Scalar($0)?.properties.isWhitespace == true })
        return values.sorted().compactMap(Unicode.Scalar.init)
    }()

    /// The signature of every scalar of the universe.
    static let signatures: [UInt32: Signature] = Dictionary(uniqueKeysWithValues: universe.map { ($0.value, signature(of: $0)) })

    /// The classes: the universe's scalars by signature.
    static let classes: [Signature: [Unicode.Scalar]] = Dictionary(grouping: universe) { signatures[$0.value]! }

    /// The scalars of the universe whose class differs from that of the scalar just before or just after them (in
    /// value): the ends of every run of one class, where an off-by-one in the byte-level code would show.
    static let boundaries: [Unicode.Scalar] = universe.filter { scalar in
        let value = scalar.value
        let signature = signatures[value]
        return (value == 0 ? nil : signatures[value - 1]) != signature || signatures[value + 1] != signature
    }
}

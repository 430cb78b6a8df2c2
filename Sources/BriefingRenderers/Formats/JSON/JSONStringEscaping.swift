extension OutputBuffer {
    /// Appends a JSON string literal. Escapes `"` and `\`; writes LF, CR and tab as `\n`, `\r`, `\t`; writes every
    /// other control character (U+0000–U+001F, U+007F–U+009F) and the invisible line separators and bidirectional
    /// controls (U+2028, U+2029, U+202A–U+202E, U+2066–U+2069, U+FEFF) as `\u00XX`-style escapes, so they are
    /// visible and still round-trip exactly. Everything else, such as æøå, is copied as it is.
    ///
    /// Works on the UTF-8 bytes: runs that need no escaping are copied whole, and `ByteSet` finds where they end.
    func appendJSONString(_ text: String) {
        text.withUTF8Bytes { appendJSONString(utf8: $0) }
    }

    /// Appends UTF-8 bytes (valid UTF-8) as a JSON string literal, escaped as `appendJSONString(_:)` says.
    func appendJSONString(utf8: UnsafeBufferPointer<UInt8>) {
        append(byte: UInt8(ascii: "\""))
        let count = utf8.count
        var runStart = 0
        var index = ByteSet.json.firstMember(in: utf8, from: 0)
        while index < count {
            let (length, scalar) = JSONStringEscaping.escapedScalar(in: utf8, at: index)
            guard length > 0 else {
                // A lead byte of a character that is copied as it is.
                index = ByteSet.json.firstMember(in: utf8, from: index + 1)
                continue
            }
            append(utf8, runStart..<index)
            switch scalar {
            case 0x22: append(literal: "\\\"")
            case 0x5C: append(literal: "\\\\")
            case 0x0A: append(literal: "\\n")
            case 0x0D: append(literal: "\\r")
            case 0x09: append(literal: "\\t")
            default: appendUnicodeEscape(scalar)
            }
            runStart = index + length
            index = ByteSet.json.firstMember(in: utf8, from: runStart)
        }
        append(utf8, runStart..<count)
        append(byte: UInt8(ascii: "\""))
    }

    /// `\u` and four lower-case hex digits.
    private func appendUnicodeEscape(_ scalar: UInt32) {
        append(literal: "\\u")
        for shift in stride(from: 12, through: 0, by: -4) {
            let digit = UInt8((scalar >> UInt32(shift)) & 0xF)
            append(byte: digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
        }
    }
}

/// Which UTF-8 sequences a JSON string escapes.
enum JSONStringEscaping {
    /// The length and scalar value of the escaped sequence at `index`, or length 0 when the bytes there are
    /// copied as they are.
    @inline(__always)
    static func escapedScalar(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (length: Int, scalar: UInt32) {
        let byte = utf8[index]
        switch byte {
        case 0x00...0x1F, 0x22, 0x5C, 0x7F:
            return (1, UInt32(byte))
        case 0xC2:
            // U+0080–U+009F are C2 80–C2 9F.
            guard index + 1 < utf8.count, utf8[index + 1] <= 0x9F else { return (0, 0) }
            return (2, UInt32(utf8[index + 1]))
        case 0xE2:
            // U+2028–U+202E are E2 80 A8–AE; U+2066–U+2069 are E2 81 A6–A9.
            guard index + 2 < utf8.count else { return (0, 0) }
            let second = utf8[index + 1], third = utf8[index + 2]
            if second == 0x80, (0xA8...0xAE).contains(third) { return (3, 0x2000 + UInt32(third & 0x3F)) }
            if second == 0x81, (0xA6...0xA9).contains(third) { return (3, 0x2040 + UInt32(third & 0x3F)) }
            return (0, 0)
        case 0xEF:
            // U+FEFF is EF BB BF.
            guard index + 2 < utf8.count, utf8[index + 1] == 0xBB, utf8[index + 2] == 0xBF else { return (0, 0) }
            return (3, 0xFEFF)
        default:
            return (0, 0)
        }
    }
}

/// The bytes JSON string escaping looks at.
extension ByteSet {
    /// JSON strings: controls, `"`, `\`, DEL, the special lead bytes and 0xEF (U+FEFF).
    static let json = ByteSet(controls + [0x22, 0x5C, 0x7F, 0xEF] + specialLeadBytes)
}

/// `PlainText`'s classification of characters, read straight from UTF-8 bytes, for the escaping loops of the text
/// formats.
enum PlainTextBytes {
    /// The length of the line break or hidden character (see `PlainText.ScalarKind`) starting at `index`, or 0
    /// when the bytes there are ordinary text. Tab is text.
    ///
    /// Line breaks: LF, VT, FF, CR (0x0A–0x0D), NEL (C2 85), U+2028 and U+2029 (E2 80 A8–A9). Hidden: the other
    /// C0 controls and DEL, the C1 controls U+0080–U+009F (C2 80–9F), and the bidirectional controls
    /// U+202A–U+202E (E2 80 AA–AE) and U+2066–U+2069 (E2 81 A6–A9).
    @inline(__always)
    static func specialLength(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = utf8[index]
        switch byte {
        case 0x09: return 0
        case 0x00...0x1F, 0x7F: return 1
        case 0xC2:
            return index + 1 < utf8.count && (0x80...0x9F).contains(utf8[index + 1]) ? 2 : 0
        case 0xE2:
            guard index + 2 < utf8.count else { return 0 }
            let second = utf8[index + 1], third = utf8[index + 2]
            if second == 0x80, (0xA8...0xAE).contains(third) { return 3 }
            if second == 0x81, (0xA6...0xA9).contains(third) { return 3 }
            return 0
        default: return 0
        }
    }

    /// Whether the special character at `index` (one `specialLength` says is not text) is a line break.
    @inline(__always)
    static func isLineBreak(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch utf8[index] {
        case 0x0A...0x0D: return true
        case 0xC2: return utf8[index + 1] == 0x85
        case 0xE2: return utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9)
        default: return false
        }
    }

    /// Whether the text certainly has no leading or trailing white space: it is not empty, and its first and last
    /// bytes are printable ASCII other than space. (When this is false, the text may still need no trimming.)
    static func needsNoTrimming(_ text: String) -> Bool {
        text.withUTF8Bytes { utf8 in
            guard let first = utf8.first, let last = utf8.last else { return false }
            return first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F
        }
    }

    /// Whether `utf8` starts with the ASCII `prefix`, ignoring the case of letters.
    static func hasPrefixIgnoringCase(_ utf8: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        guard utf8.count >= prefix.utf8CodeUnitCount else { return false }
        return prefix.withUTF8Buffer { expected in
            for (offset, byte) in expected.enumerated() {
                let actual = utf8[offset]
                let lowered = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(actual) ? actual + 32 : actual
                if lowered != byte { return false }
            }
            return true
        }
    }
}

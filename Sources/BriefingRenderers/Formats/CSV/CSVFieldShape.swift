/// What a CSV field's bytes call for: a formula guard, quotes (a field is quoted when it holds `,`, `"`, CR, LF, `;`
/// or tab, or starts or ends with a space, not counting a space behind the formula guard).
enum CSVFieldShape {
    /// Whether a spreadsheet could take the field for a formula: it starts with tab or CR, or its first character
    /// after blanks (space, no-break space, tab, CR, LF) is `=`, `+`, `-` or `@`.
    static func startsLikeFormula(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first else { return false }
        if first == 0x09 || first == 0x0D { return true }
        var index = 0
        while index < utf8.count {
            switch utf8[index] {
            case 0x20, 0x09, 0x0D, 0x0A: index += 1
            case 0xC2 where index + 1 < utf8.count && utf8[index + 1] == 0xA0: index += 2
            case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"): return true
            default: return false
            }
        }
        return false
    }

    /// Whether the field starts with a space that is not behind a formula guard, or ends with one.
    @inline(__always)
    static func hasEdgeSpace(_ utf8: UnsafeBufferPointer<UInt8>, prefixed: Bool) -> Bool {
        if let first = utf8.first, first == 0x20, !prefixed { return true }
        if let last = utf8.last, last == 0x20 { return true }
        return false
    }

    /// Whether the field holds `,`, `"`, CR, LF, `;` or tab at or after `start`.
    static func holdsQuoteCharacter(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var next = start
        while true {
            let index = ByteSet.csvQuote.firstMember(in: utf8, from: next)
            guard index < utf8.count else { return false }
            switch utf8[index] {
            case UInt8(ascii: ","), UInt8(ascii: "\""), 0x0D, 0x0A, UInt8(ascii: ";"), 0x09: return true
            default: next = index + 1
            }
        }
    }
}

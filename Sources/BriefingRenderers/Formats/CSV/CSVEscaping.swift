/// Escaping for CSV per RFC 4180, hardened against formula injection per OWASP. Works on UTF-8 bytes.
extension OutputBuffer {
    /// Appends one field.
    ///
    /// 1. Control characters other than tab, CR and LF (including VT, FF and NEL), and bidirectional overrides,
    ///    become U+FFFD; U+2028 and U+2029 are kept.
    /// 2. OWASP CSV injection: a field whose first character is `=`, `+`, `-`, `@`, tab (0x09) or carriage
    ///    return (0x0D) is prefixed with a single quote `'`, so no spreadsheet reads it as a formula; so is a
    ///    field whose first character after leading blanks (space, no-break space, tab, CR, LF) is one of
    ///    `= + - @`, for spreadsheets that trim. This also marks legitimate text such
    ///    as `-2` or `- item` (shown as `'-2`); that is the accepted trade-off: a reader sees a stray quote,
    ///    but no value can run a formula on an analyst's machine.
    /// 3. RFC 4180: a field holding a comma, a double quote, CR or LF is enclosed in double quotes, with each
    ///    double quote doubled. Fields holding `;` or a tab, or with a leading or trailing space, are quoted
    ///    too: spreadsheets in Nordic locales split on `;`, and quoting keeps a hostile value in one cell
    ///    whatever separator the reader guesses. `alwaysQuoted` quotes the field whatever it holds.
    func appendCSVField(_ value: String, alwaysQuoted: Bool = false) {
        value.withUTF8Bytes { appendCSVField(utf8: $0, alwaysQuoted: alwaysQuoted) }
    }

    /// Appends one field given as UTF-8 bytes (valid UTF-8), escaped as `appendCSVField(_:alwaysQuoted:)` says.
    ///
    /// One `ByteScan` pass looks for every byte that may call for quotes or escaping; most fields hold none and are
    /// copied whole, with quotes only for a leading or trailing space. A field that holds one is scanned again from
    /// there, for quoting and then for escaping, with the runs between escapes copied whole.
    func appendCSVField(utf8: UnsafeBufferPointer<UInt8>, alwaysQuoted: Bool = false) {
        let prefixed = CSVFieldShape.startsLikeFormula(utf8)
        let count = utf8.count
        let firstCandidate = ByteScan.firstFlagged(in: utf8, from: 0, ByteScan.csvFieldCandidates)
        let quoted = alwaysQuoted || CSVFieldShape.hasEdgeSpace(utf8, prefixed: prefixed)
            || (firstCandidate < count && CSVFieldShape.holdsQuoteCharacter(utf8, from: firstCandidate))
        if quoted { append(byte: UInt8(ascii: "\"")) }
        if prefixed { append(byte: UInt8(ascii: "'")) }
        if firstCandidate < count {
            appendCSVEscaped(utf8, from: firstCandidate)
        } else {
            append(utf8)
        }
        if quoted { append(byte: UInt8(ascii: "\"")) }
    }

    /// Appends a field's bytes with quotes doubled and hidden characters replaced; `start` is at or before the first
    /// byte that may need it.
    private func appendCSVEscaped(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) {
        let count = utf8.count
        var runStart = 0
        // Where to look next. The scan is called in one place only, so that it is inlined once, with its byte class.
        var next = start
        while true {
            let index = ByteScan.firstFlagged(in: utf8, from: next, ByteScan.csvCandidates)
            guard index < count else { break }
            let byte = utf8[index]
            // The run goes on unless a case below ends it.
            next = index + 1
            if byte == UInt8(ascii: "\"") {
                // Only a quoted field can hold a quote; the run keeps this one, so it is doubled.
                append(utf8, runStart..<index)
                append(byte: UInt8(ascii: "\""))
                runStart = index
            } else {
                let length = PlainTextBytes.specialLength(in: utf8, at: index)
                // Tab, CR, LF, U+2028 and U+2029 are kept; every other special character is hidden.
                let kept = length == 0 || byte == 0x0A || byte == 0x0D
                    || (byte == 0xE2 && PlainTextBytes.isLineBreak(in: utf8, at: index))
                next = index + max(length, 1)
                if !kept {
                    append(utf8, runStart..<index)
                    appendReplacementCharacter()
                    runStart = next
                }
            }
        }
        append(utf8, runStart..<count)
    }

    /// Appends an integer as a field: its digits, or for a negative number what `appendCSVField(_:)` makes of
    /// `String(value)`.
    func appendCSVField(decimal value: Int) {
        if value >= 0 {
            append(decimal: value)
        } else {
            DecimalDigits.withBytes(of: value) { appendCSVField(utf8: $0) }
        }
    }

    /// Appends one record: the fields escaped, separated by commas, ended with CR LF.
    func appendCSVRecord(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { append(byte: UInt8(ascii: ",")) }
            appendCSVField(field)
        }
        append(literal: "\r\n")
    }
}

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
            let index = ByteScan.firstFlagged(in: utf8, from: next, ByteScan.csvQuoteCandidates)
            guard index < utf8.count else { return false }
            switch utf8[index] {
            case UInt8(ascii: ","), UInt8(ascii: "\""), 0x0D, 0x0A, UInt8(ascii: ";"), 0x09: return true
            default: next = index + 1
            }
        }
    }
}

/// The bytes CSV escaping looks at.
extension ByteScan {
    /// CSV field contents: controls (tab, CR and LF included), `"`, DEL, and the lead bytes 0xC2 and 0xE2.
    @inline(__always)
    static func csvCandidates(_ lanes: Lanes) -> Lanes {
        below(lanes, 0x20) | equal(lanes, 0x22) | equal(lanes, 0x7F) | specialLeadByte(lanes)
    }

    /// Every byte a CSV field may need quotes or escaping for: the union of `csvCandidates` and
    /// `csvQuoteCandidates` (controls, `"`, `,`, `;`, DEL, and the lead bytes 0xC2 and 0xE2).
    @inline(__always)
    static func csvFieldCandidates(_ lanes: Lanes) -> Lanes {
        below(lanes, 0x20) | equal(lanes, 0x22) | equal(lanes, 0x2C) | equal(lanes, 0x3B) | equal(lanes, 0x7F)
            | specialLeadByte(lanes)
    }

    /// What may make a CSV field need quotes: controls (tab, CR and LF among them), `"`, `,` and `;`.
    @inline(__always)
    static func csvQuoteCandidates(_ lanes: Lanes) -> Lanes {
        below(lanes, 0x20) | equal(lanes, 0x22) | equal(lanes, 0x2C) | equal(lanes, 0x3B)
    }
}

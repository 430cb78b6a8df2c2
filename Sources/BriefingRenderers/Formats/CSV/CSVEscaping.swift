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
    /// One `ByteSet` pass looks for every byte that may call for quotes or escaping; most fields hold none and are
    /// copied whole, with quotes only for a leading or trailing space. A field that holds one is scanned again from
    /// there, for quoting and then for escaping, with the runs between escapes copied whole.
    func appendCSVField(utf8: UnsafeBufferPointer<UInt8>, alwaysQuoted: Bool = false) {
        let prefixed = CSVFieldShape.startsLikeFormula(utf8)
        let count = utf8.count
        let firstCandidate = ByteSet.csvField.firstMember(in: utf8, from: 0)
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
            let index = ByteSet.csv.firstMember(in: utf8, from: next)
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

/// The bytes CSV escaping looks at.
extension ByteSet {
    /// CSV field contents: controls (tab, CR and LF included), `"`, DEL, and the special lead bytes.
    static let csv = ByteSet(controls + [0x22, 0x7F] + specialLeadBytes)

    /// Every byte a CSV field may need quotes or escaping for: the union of `csv` and `csvQuote`.
    static let csvField = ByteSet(controls + [0x22, 0x2C, 0x3B, 0x7F] + specialLeadBytes)

    /// What may make a CSV field need quotes: controls (tab, CR and LF among them), `"`, `,` and `;`.
    static let csvQuote = ByteSet(controls + [0x22, 0x2C, 0x3B])
}

/// Escaping for the data package's CSV files: RFC 4180 and nothing else, so that a tool reads back every value
/// exactly as the plugin wrote it. Unlike the per-view CSV, made to be opened in a spreadsheet, no value is altered:
/// no formula prefix, no replaced characters (these files are for tools; the README says which file to open where).
extension OutputBuffer {
    /// Appends one field: as it is, or enclosed in double quotes with each double quote doubled when it holds a
    /// comma, a double quote, CR or LF, or is empty (so an empty text, `""`, differs from no value at all).
    func appendDataCSVField(_ value: String) {
        value.withUTF8Bytes { utf8 in
            guard !utf8.isEmpty else {
                append(literal: "\"\"")
                return
            }
            let first = ByteSet.dataCSVQuote.firstMember(in: utf8, from: 0)
            guard first < utf8.count else {
                append(utf8)
                return
            }
            append(byte: UInt8(ascii: "\""))
            var runStart = 0
            var index = first
            while index < utf8.count {
                if utf8[index] == UInt8(ascii: "\"") {
                    append(utf8, runStart..<(index + 1))
                    append(byte: UInt8(ascii: "\""))
                    runStart = index + 1
                }
                index = ByteSet.dataCSVQuote.firstMember(in: utf8, from: index + 1)
            }
            append(utf8, runStart..<utf8.count)
            append(byte: UInt8(ascii: "\""))
        }
    }

    /// Appends a record of fields (nil is an empty field) ended by CRLF.
    func appendDataCSVRecord(_ fields: [String?]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { append(byte: UInt8(ascii: ",")) }
            if let field { appendDataCSVField(field) }
        }
        append(literal: "\r\n")
    }
}

extension ByteSet {
    /// The bytes that make a data CSV field need quotes: CR, LF, `"` and `,`.
    static let dataCSVQuote = ByteSet([0x0A, 0x0D, 0x22, 0x2C])
}

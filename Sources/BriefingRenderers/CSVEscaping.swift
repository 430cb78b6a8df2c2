/// Escaping for CSV per RFC 4180, hardened against formula injection per OWASP.
enum CSVEscaping {
    /// One field, ready to be joined with commas.
    ///
    /// 1. Control characters other than tab, CR and LF (including VT, FF and NEL), and bidirectional overrides,
    ///    become U+FFFD.
    /// 2. OWASP CSV injection: a field whose first character is `=`, `+`, `-`, `@`, tab (0x09) or carriage
    ///    return (0x0D) is prefixed with a single quote `'`, so no spreadsheet reads it as a formula; so is a
    ///    field whose first character after leading blanks (space, no-break space, tab, CR, LF) is one of
    ///    `= + - @`, for spreadsheets that trim. This also marks legitimate text such
    ///    as `-2` or `- item` (shown as `'-2`); that is the accepted trade-off: a reader sees a stray quote,
    ///    but no value can run a formula on an analyst's machine.
    /// 3. RFC 4180: a field holding a comma, a double quote, CR or LF is enclosed in double quotes, with each
    ///    double quote doubled. Fields holding `;` or a tab, or with a leading or trailing space, are quoted
    ///    too: spreadsheets in Nordic locales split on `;`, and quoting keeps a hostile value in one cell
    ///    whatever separator the reader guesses.
    static func field(_ value: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\t", "\r", "\n", "\u{2028}", "\u{2029}": scalars.append(scalar)
            default: scalars.append(PlainText.kind(of: scalar) == .text ? scalar : PlainText.replacement)
            }
        }
        if startsLikeFormula(scalars) { scalars.insert("'", at: scalars.startIndex) }
        let needsQuotes = scalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == ";" || $0 == "\t" }
            || scalars.first == " " || scalars.last == " "
        guard needsQuotes else { return String(scalars) }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in scalars {
            if scalar == "\"" { quoted.append("\"") }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }

    /// One record: the fields escaped, joined with commas, ended with CR LF.
    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// What a spreadsheet may skip before it looks for a formula sign.
    private static let leadingBlanks: Set<Unicode.Scalar> = [" ", "\u{00A0}", "\t", "\r", "\n"]

    /// Whether a spreadsheet could take the field for a formula.
    private static func startsLikeFormula(_ scalars: String.UnicodeScalarView) -> Bool {
        guard let first = scalars.first else { return false }
        if first == "\t" || first == "\r" { return true }
        guard let firstVisible = scalars.first(where: { !leadingBlanks.contains($0) }) else { return false }
        return firstVisible == "=" || firstVisible == "+" || firstVisible == "-" || firstVisible == "@"
    }
}

/// Escaping for GitHub-flavoured Markdown, so that a value is shown as the literal text it is. Works on UTF-8
/// bytes, copying runs that need no escaping whole.
extension OutputBuffer {
    /// Appends a value for inline use: in a table cell, a heading, a list item or emphasis.
    ///
    /// - `|` becomes `\|` (so a cell cannot split into more columns), backslash becomes `\\`, and the inline
    ///   punctuation `` ` * _ [ ] ~ $ `` is backslash-escaped (no code spans, emphasis, links, strike-through
    ///   or math from a value).
    /// - `<`, `>` and `&` become `&lt;`, `&gt;` and `&amp;`: no HTML, autolinks or entities from a value.
    /// - Line breaks (CR LF, CR, LF, VT, FF, NEL, U+2028, U+2029) become `<br>`, so a row stays on one line.
    /// - Other control characters and bidirectional overrides (see `PlainText`) become U+FFFD.
    /// - With `headingSafe`, `#` is escaped too, so a value cannot end a heading with a closing sequence.
    func appendMarkdownInline(_ text: String, headingSafe: Bool = false) {
        text.withUTF8Bytes { appendMarkdownInline(utf8: $0, headingSafe: headingSafe) }
    }

    /// Appends UTF-8 bytes (valid UTF-8) for inline use, escaped as `appendMarkdownInline(_:headingSafe:)` says.
    ///
    /// `ByteSet` finds the next byte that may need escaping; the runs between are copied whole.
    func appendMarkdownInline(utf8: UnsafeBufferPointer<UInt8>, headingSafe: Bool = false) {
        let count = utf8.count
        var runStart = 0
        var index = ByteSet.markdown.firstMember(in: utf8, from: 0)
        while index < count {
            let byte = utf8[index]
            // Where to look next; the run goes on unless a case below ends it.
            var next = index + 1
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
                 UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "~"), UInt8(ascii: "$"):
                // The byte stays in the run; only the backslash before it is added.
                append(utf8, runStart..<index)
                append(byte: UInt8(ascii: "\\"))
                runStart = index
            case UInt8(ascii: "#") where headingSafe:
                append(utf8, runStart..<index)
                append(byte: UInt8(ascii: "\\"))
                runStart = index
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                append(utf8, runStart..<index)
                append(literal: byte == UInt8(ascii: "<") ? "&lt;" : byte == UInt8(ascii: ">") ? "&gt;" : "&amp;")
                runStart = next
            case 0x09, 0x20...0x7E:
                // Tab, and the printable bytes the scan flags only because they share a range with others.
                break
            default:
                let length = PlainTextBytes.specialLength(in: utf8, at: index)
                guard length > 0 else { break }
                append(utf8, runStart..<index)
                next = index + length
                if PlainTextBytes.isLineBreak(in: utf8, at: index) {
                    append(literal: "<br>")
                    // CR LF is one break.
                    if byte == 0x0D, next < count, utf8[next] == 0x0A { next += 1 }
                } else {
                    appendReplacementCharacter()
                }
                runStart = next
            }
            index = ByteSet.markdown.firstMember(in: utf8, from: next)
        }
        append(utf8, runStart..<count)
    }

    /// Appends text in italics, `*text*`, with the text escaped and `separator` before it; surrounding white space
    /// is left out (Markdown needs the asterisks next to the text) and blank text gives nothing, not even the
    /// separator. Returns whether anything was written.
    @discardableResult
    func appendMarkdownItalic(_ text: String, after separator: StaticString = "") -> Bool {
        let trimmed = PlainTextBytes.needsNoTrimming(text) ? text : text.trimmingWhitespace()
        guard !trimmed.isEmpty else { return false }
        append(literal: separator)
        append(byte: UInt8(ascii: "*"))
        appendMarkdownInline(trimmed)
        append(byte: UInt8(ascii: "*"))
        return true
    }

    /// Appends a URL as a clickable autolink `<https://…>` when it is a plain http(s) URL of printable ASCII;
    /// anything else is escaped text, never a link.
    func appendMarkdownURL(_ url: String) {
        let isPlainWebURL = url.withUTF8Bytes { utf8 -> Bool in
            guard utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "<") && $0 != UInt8(ascii: ">") })
            else { return false }
            return PlainTextBytes.hasPrefixIgnoringCase(utf8, "http://")
                || PlainTextBytes.hasPrefixIgnoringCase(utf8, "https://")
        }
        if isPlainWebURL {
            append(byte: UInt8(ascii: "<"))
            append(url)
            append(byte: UInt8(ascii: ">"))
        } else {
            appendMarkdownInline(url)
        }
    }
}

/// The bytes Markdown escaping looks at.
extension ByteSet {
    /// Markdown inline text: controls (tab included), `# $ % &`, `*`, `< = >`, ``[ \ ] ^ _ ` ``, `| } ~` DEL, and the
    /// special lead bytes. (`#`, `%`, `=`, `^` and `}` need no escaping; they are copied as they are, `#` unless
    /// escaping for a heading.)
    static let markdown = ByteSet(controls + Array(0x23...0x26) + [0x2A] + Array(0x3C...0x3E) + Array(0x5B...0x60)
        + Array(0x7C...0x7F) + specialLeadBytes)
}

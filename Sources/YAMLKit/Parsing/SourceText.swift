/// The UTF-8 input handed to libyaml, with the conversions from libyaml's positions
/// (0-based marks, byte offsets) to 1-based ``YAMLMark``s.
///
/// The buffer does not include a leading UTF-8 byte order mark, so columns on the first
/// line are counted the way an editor shows them.
struct SourceText {
    /// The bytes given to libyaml. Only valid during the parse that created this value.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The file name used in marks.
    let file: String

    /// The mark at the start of the file (1:1).
    var startMark: YAMLMark { YAMLMark(file: file, line: 1, column: 1) }

    /// Converts the 0-based line and column of a libyaml problem mark to a ``YAMLMark``.
    ///
    /// libyaml reports problems found at the end of the input on the line after the last
    /// one (column 0) when the input does not end with a line break, and on the empty
    /// line after the final line break when it does. An editor shows neither, so such
    /// marks are moved to the end of the last line that has text on it.
    func problemMark(line: Int, column: Int) -> YAMLMark {
        let lines = lineSummary()
        if line >= lines.count { return endOfText(lines) }
        return YAMLMark(file: file, line: line + 1, column: column + 1)
    }

    /// For text that does not end with a line break: how many lines it has and the mark at the end of its last line
    /// with text. libyaml places what it finds at the end of such a stream (an empty document's null, say) on the
    /// line after the last one, which no editor shows, so the builder moves such marks here. Nil when the text ends
    /// with a line break or is empty: one look at the last byte, and the lines are counted only otherwise.
    func unterminatedEnd() -> (lineCount: Int, end: YAMLMark)? {
        guard let last = bytes.last, last != UInt8(ascii: "\n"), last != UInt8(ascii: "\r") else { return nil }
        let lines = lineSummary()
        return (lines.count, endOfText(lines))
    }

    /// The mark just after the last character of the last line with text (1:1 when there is none): where marks
    /// libyaml places past the end are moved.
    private func endOfText(_ lines: (count: Int, lastWithText: (number: Int, length: Int)?)) -> YAMLMark {
        guard let last = lines.lastWithText else { return startMark }
        return YAMLMark(file: file, line: last.number, column: last.length + 1)
    }

    /// Converts a byte offset into the buffer to a mark, counting columns in Unicode scalars.
    func mark(byteOffset: Int) -> YAMLMark {
        let end = min(max(byteOffset, 0), bytes.count)
        var line = 1
        var column = 1
        var index = 0
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte == UInt8(ascii: "\r") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                    index += 1
                }
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return YAMLMark(file: file, line: line, column: column)
    }

    /// The first byte of the character at a 0-based line and column, or nil past the end.
    func byte(line: Int, column: Int) -> UInt8? {
        var currentLine = 0
        var currentColumn = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte & 0xC0 == 0x80 { continue }
            if currentLine == line, currentColumn == column { return byte }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if byte == UInt8(ascii: "\r"), index < bytes.count, bytes[index] == UInt8(ascii: "\n") {
                    index += 1
                }
                currentLine += 1
                currentColumn = 0
                if currentLine > line { return nil }
            } else {
                currentColumn += 1
            }
        }
        return nil
    }

    /// The number of lines (a final line break does not start a new line) and the number
    /// and length in Unicode scalars of the last line that is not blank.
    private func lineSummary() -> (count: Int, lastWithText: (number: Int, length: Int)?) {
        var count = 0
        var length = 0
        var hasText = false
        var lastWithText: (number: Int, length: Int)?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                    index += 1
                }
                count += 1
                if hasText { lastWithText = (count, length) }
                length = 0
                hasText = false
            } else {
                if byte & 0xC0 != 0x80 { length += 1 }
                if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") { hasText = true }
            }
            index += 1
        }
        if length > 0 || hasText {
            count += 1
            if hasText { lastWithText = (count, length) }
        }
        return (count, lastWithText)
    }
}

/// A position in a YAML source file, as a person editing the file would count it.
///
/// Lines and columns are 1-based. Columns count Unicode scalars (characters as most
/// editors show them), not bytes; a leading UTF-8 byte order mark is not counted.
@usableFromInline
package struct YAMLMark: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file name shown in messages (usually the path the file was opened with).
    package let file: String
    /// The 1-based line number.
    package let line: Int
    /// The 1-based column number.
    package let column: Int

    /// Creates a mark from a file name and a 1-based line and column.
    @usableFromInline
    package init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The mark formatted as `file:line:column`, the form compilers and editors understand.
    @usableFromInline package var description: String { "\(file):\(line):\(column)" }

    /// Orders marks by file name, then line, then column.
    @usableFromInline package static func < (lhs: YAMLMark, rhs: YAMLMark) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        return lhs.column < rhs.column
    }
}

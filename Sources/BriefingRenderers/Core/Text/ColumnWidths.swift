import ComparisonKit

/// Column widths from a table's content, for the formats that lay a table out at a fixed width (HTML, DOCX, LaTeX).
///
/// Each column first gets room for its longest word, so that words are not broken mid-letter (a word is a run of
/// text between ordinary spaces: an amount or a date joined by no-break spaces is one word; words longer than
/// `longestWordCap` characters, a URL or a hostile token, count as that cap, and wrap inside their cell). What is left
/// of the line is shared in proportion to the square root of each column's text, so that a column of long lists gets
/// more room than a column of short values without starving it. Deterministic: the same table always gets the same
/// widths, and the shares always sum to `whole`.
package enum ColumnWidths {
    /// The sum of the shares.
    package static let whole = 10_000
    /// The longest word a column is widened for, in characters.
    package static let longestWordCap = 22

    /// Each column's share of the table's width in `whole`ths: the row labels first, then one per column.
    /// `lineLength` is how many characters of the table's text the whole width holds.
    package static func shares(of table: ComparisonTable, lineLength: Int) -> [Int] {
        let (minimum, volume) = measure(table)
        let total = Double(max(lineLength, 1))
        let spare = total - minimum.reduce(0, +)
        let widths: [Double]
        if spare <= 0 {
            widths = minimum
        } else {
            let desire = volume.map { Double($0).squareRoot() + 1 }
            let desired = desire.reduce(0, +)
            widths = zip(minimum, desire).map { $0 + spare * $1 / desired }
        }
        let sum = widths.reduce(0, +)
        var shares = widths.map { Int(($0 / sum * Double(whole)).rounded(.down)) }
        shares[shares.count - 1] += whole - shares.reduce(0, +)
        return shares
    }

    /// How many characters a line must hold for every column to get its longest word and its padding: a format
    /// whose line holds fewer at its usual size can set the table smaller.
    package static func minimumLineLength(of table: ComparisonTable) -> Int {
        Int(measure(table).minimum.reduce(0, +).rounded(.up))
    }

    /// Each column's minimum width in characters (its longest word, capped, and padding) and its volume of text.
    static func measure(_ table: ComparisonTable) -> (minimum: [Double], volume: [Int]) {
        let columns = table.columns
        var longest = [Int](repeating: 1, count: columns.count + 1)
        var volume = [Int](repeating: 0, count: columns.count + 1)
        func measure(_ text: String, column: Int) {
            var word = 0
            var characters = 0
            for scalar in text.unicodeScalars {
                characters += 1
                if separatesWords(scalar) {
                    word = 0
                } else {
                    word += 1
                    if word > longest[column] { longest[column] = min(word, longestWordCap) }
                }
            }
            volume[column] += characters
        }
        measure(table.rowHeading, column: 0)
        for (index, column) in columns.enumerated() { measure(column.heading, column: index + 1) }
        for row in table.rows {
            measure(row.label, column: 0)
            for (index, cell) in TableLayout.cells(of: row, columnCount: columns.count).enumerated() {
                for entry in cell.entries {
                    measure(writtenText(of: entry), column: index + 1)
                }
            }
        }
        return (longest.map { Double($0 + 2) }, volume)
    }

    /// Whether a character ends a word: an ordinary space or a line break (a no-break space joins).
    static func separatesWords(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n"
    }

    /// An entry's text and its qualifier in brackets, as the formats write them.
    static func textWithQualifier(of entry: CellEntry) -> String {
        guard let qualifier = entry.qualifier, !qualifier.isEmpty else { return entry.text }
        return entry.text + " (" + qualifier + ")"
    }

    /// An entry's text as the formats write it, for measuring: the qualifier in brackets, and the footnote markers
    /// kept with the last word.
    private static func writtenText(of entry: CellEntry) -> String {
        var text = textWithQualifier(of: entry)
        if !entry.footnotes.isEmpty {
            text += "\u{00A0}[" + entry.footnotes.map(String.init).joined(separator: ",") + "]"
        }
        return text
    }
}

import ComparisonKit

/// Column widths that make a table as short as they can, for a format that prints many wide tables (the HTML
/// briefing on A4 landscape): where `ColumnWidths` shares the line by each column's volume of text, a row whose one
/// cell holds a long list grows many lines taller than its other cells need.
///
/// The height is counted in lines, as a line of `lineLength` characters wraps each cell at its column's width: words
/// break at spaces, a word longer than its column takes as many lines as it needs and counts two lines more (so that
/// words are broken only where that saves more than it costs), a word longer than `ColumnWidths.longestWordCap`
/// counts as that cap (a URL or a hostile token wraps anywhere and does not claim the line), footnote markers are
/// superscripts three quarters as wide as text, and row labels and headings are bold, an eighth wider. Each row is
/// as tall as its tallest cell, with a quarter line between the entries of a cell, and the header row counts once
/// for every page the table is expected to fill (`linesPerPage`), since print repeats it there.
///
/// The search starts from `ColumnWidths.shares` and moves characters from one column to another, eight, four, two
/// and then one at a time, keeping each move that makes the table shorter. Every column keeps the room its longest
/// word asks (`ColumnWidths`' minimum), or, when the line cannot hold every column's longest word with a quarter of
/// it to spare, that minimum scaled down to fill three quarters of the line; the row labels always keep their longest
/// word, with room for bold, and so does every column's heading (an initiative's name) where the line holds them all.
/// Deterministic: the same table always gets the same widths, and the shares always sum to `ColumnWidths.whole`. A table of more than `maximumColumns`
/// columns or `maximumRows` rows keeps `ColumnWidths.shares`.
enum CompactColumnWidths {
    /// The most columns, row labels included, a table may have to be searched.
    static let maximumColumns = 40
    /// The most rows a table may have to be searched.
    static let maximumRows = 100
    /// The most moves tried for one table, which bounds the time a table takes.
    static let maximumTrials = 200_000

    /// Each column's share of the table's width in `ColumnWidths.whole`ths: the row labels first, then one per
    /// column. `lineLength` is how many characters of the table's text the whole width holds, `linesPerPage` how
    /// many lines of it a page holds.
    static func shares(of table: ComparisonTable, lineLength: Int, linesPerPage: Int) -> [Int] {
        let start = ColumnWidths.shares(of: table, lineLength: lineLength)
        let count = start.count
        guard count > 1, count <= maximumColumns, table.rows.count <= maximumRows, lineLength > 0 else { return start }
        let minimum = ColumnWidths.measure(table).minimum
        let keep = min(1, 0.75 * Double(lineLength) / minimum.reduce(0, +))
        var floor = minimum.map { max(3, Int($0 * keep)) }
        // The row labels, which a reader runs down to find a row, keep their longest word whole: in bold, which sets
        // a word such as "Dimension" a quarter wider than the average text, and the cell's padding.
        floor[0] = ((Int(minimum[0]) - 2) * 5 + 3) / 4 + 2
        // The headings name the initiatives: each column keeps its heading's longest word whole, in bold, where the
        // line holds them all.
        let headings = table.columns.map { column in
            CellHeights.bold(CellHeights.wordWidths(column.heading)).map { min($0, ColumnWidths.longestWordCap) }.max() ?? 0
        }
        let withHeadings = zip(floor.dropFirst(), headings).map { max($0, $1 + 2) }
        if floor[0] + withHeadings.reduce(0, +) <= lineLength {
            floor = [floor[0]] + withHeadings
        }
        guard floor.reduce(0, +) <= lineLength else { return start }

        var width = zip(start, floor).map { max($1, $0 * lineLength / ColumnWidths.whole) }
        while width.reduce(0, +) > lineLength {
            // Take from the column with the most room above its floor (the first of equals).
            var widest = 0
            for column in 1..<count where width[column] - floor[column] > width[widest] - floor[widest] { widest = column }
            width[widest] -= 1
        }
        width[count - 1] += lineLength - width.reduce(0, +)

        var heights = CellHeights(table: table, lineLength: lineLength)
        var bodyHeight = 0
        for row in 0..<heights.rowCount - 1 {
            bodyHeight += (0..<count).map { heights.quarterLines(row: row, column: $0, width: width[$0]) }.max() ?? 0
        }
        heights.headerWeight = 1 + bodyHeight / (4 * max(1, linesPerPage))
        var search = Search(heights: heights, width: width, floor: floor)
        search.run(trials: maximumTrials)

        var shares = search.width.map { $0 * ColumnWidths.whole / lineLength }
        shares[count - 1] += ColumnWidths.whole - shares.reduce(0, +)
        return shares
    }

    /// The local search: the widths, each row's three tallest cells at those widths, and the table's height.
    private struct Search {
        var heights: CellHeights
        var width: [Int]
        let floor: [Int]
        /// For each row (the header row last), its three tallest cells as (quarter lines, column), tallest first.
        var tallest: [[(height: Int, column: Int)]] = []

        init(heights: CellHeights, width: [Int], floor: [Int]) {
            self.heights = heights
            self.width = width
            self.floor = floor
            tallest = (0..<heights.rowCount).map { tallestCells(row: $0) }
        }

        /// Moves characters between columns while that makes the table shorter, at most `trials` moves tried.
        mutating func run(trials: Int) {
            var left = trials
            for step in [8, 4, 2, 1] {
                var improved = true
                while improved && left > 0 {
                    improved = false
                    for wider in width.indices {
                        for narrower in width.indices where narrower != wider && width[narrower] - step >= floor[narrower] {
                            guard left > 0 else { return }
                            left -= 1
                            if change(wider: wider, narrower: narrower, step: step) < 0 {
                                width[wider] += step
                                width[narrower] -= step
                                tallest = (0..<heights.rowCount).map { tallestCells(row: $0) }
                                improved = true
                            }
                        }
                    }
                }
            }
        }

        /// How much taller (in weighted quarter lines; negative: shorter) the table gets when `step` characters move
        /// from `narrower` to `wider`.
        mutating func change(wider: Int, narrower: Int, step: Int) -> Int {
            var change = 0
            for row in 0..<heights.rowCount {
                let others = tallest[row].first { $0.column != wider && $0.column != narrower }?.height ?? 0
                let new = max(others,
                              heights.quarterLines(row: row, column: wider, width: width[wider] + step),
                              heights.quarterLines(row: row, column: narrower, width: width[narrower] - step))
                change += (new - tallest[row][0].height) * heights.weight(row: row)
            }
            return change
        }

        /// A row's three tallest cells at the current widths, tallest first (the first column of equals first).
        mutating func tallestCells(row: Int) -> [(height: Int, column: Int)] {
            var top: [(height: Int, column: Int)] = []
            for column in width.indices {
                let height = heights.quarterLines(row: row, column: column, width: width[column])
                let place = top.firstIndex { height > $0.height } ?? top.count
                if place < 3 {
                    top.insert((height, column), at: place)
                    if top.count > 3 { top.removeLast() }
                }
            }
            return top
        }
    }

    /// The height of every cell of a table at any width, in quarter lines, worked out once for each width asked.
    private struct CellHeights {
        /// The table's rows and then its header row.
        let rowCount: Int
        /// How many times the header row counts.
        var headerWeight = 1
        /// For each row and column, the words of each entry, as widths in characters.
        private let words: [[[[Int]]]]
        private let columnCount: Int
        private let lineLength: Int
        /// Quarter lines by row, column and width; -1 until worked out.
        private var memo: [Int32]

        init(table: ComparisonTable, lineLength: Int) {
            let columnCount = table.columns.count + 1
            var words: [[[[Int]]]] = []
            let disputed = "\u{26A0} " + BriefingPhrases.sourcesDisagree(in: table.language)
            for row in table.rows {
                var cells = [[Self.bold(Self.wordWidths(row.label))]]
                for cell in TableLayout.cells(of: row, columnCount: table.columns.count) {
                    var entries = cell.entries.map(Self.entryWords)
                    if cell.state == .disputed { entries.append(Self.wordWidths(disputed)) }
                    cells.append(entries.isEmpty ? [[1]] : entries)
                }
                words.append(cells)
            }
            words.append(([table.rowHeading] + table.columns.map(\.heading)).map { [Self.bold(Self.wordWidths($0))] })
            self.words = words
            self.rowCount = words.count
            self.columnCount = columnCount
            self.lineLength = lineLength
            memo = Array(repeating: -1, count: rowCount * columnCount * (lineLength + 1))
        }

        /// How many times a row's height counts: the header row's weight, one for the others.
        func weight(row: Int) -> Int { row == rowCount - 1 ? headerWeight : 1 }

        /// The height of a cell at a width in characters (two of them the cell's padding), in quarter lines.
        mutating func quarterLines(row: Int, column: Int, width: Int) -> Int {
            let key = (row * columnCount + column) * (lineLength + 1) + min(max(width, 0), lineLength)
            if memo[key] >= 0 { return Int(memo[key]) }
            let entries = words[row][column]
            var quarters = entries.count - 1
            for entry in entries {
                let (lines, broken) = Self.lines(entry, capacity: max(1, width - 2))
                quarters += 4 * lines + 8 * broken
            }
            memo[key] = Int32(clamping: quarters)
            return quarters
        }

        /// The lines words take in a column `capacity` characters wide, and how many words break across lines.
        static func lines(_ words: [Int], capacity: Int) -> (lines: Int, broken: Int) {
            var lines = 1
            var broken = 0
            var filled = 0
            for word in words {
                let length = min(word, ColumnWidths.longestWordCap)
                if length > capacity {
                    if filled > 0 { lines += 1 }
                    let pieces = (length + capacity - 1) / capacity
                    lines += pieces - 1
                    broken += 1
                    filled = length - (pieces - 1) * capacity
                } else if filled == 0 {
                    filled = length
                } else if filled + 1 + length <= capacity {
                    filled += 1 + length
                } else {
                    lines += 1
                    filled = length
                }
            }
            return (lines, broken)
        }

        /// An entry's words as the HTML writes it: the text and the qualifier in brackets, the footnote markers
        /// (superscripts, three quarters as wide) added to the last word they are kept with.
        static func entryWords(_ entry: CellEntry) -> [Int] {
            var words = wordWidths(ColumnWidths.textWithQualifier(of: entry))
            if !entry.footnotes.isEmpty {
                let marker = 2 + entry.footnotes.map { String($0).count }.reduce(0, +) + 2 * (entry.footnotes.count - 1)
                words[words.count - 1] += (3 * marker + 3) / 4
            }
            return words
        }

        /// Bold text's words, an eighth wider.
        static func bold(_ words: [Int]) -> [Int] { words.map { ($0 * 9 + 7) / 8 } }

        /// The widths in characters of a text's words, split where `ColumnWidths` splits them; at least one word.
        static func wordWidths(_ text: String) -> [Int] {
            var widths: [Int] = []
            var word = 0
            for scalar in text.unicodeScalars {
                if ColumnWidths.separatesWords(scalar) {
                    if word > 0 { widths.append(word) }
                    word = 0
                } else {
                    word += 1
                }
            }
            if word > 0 || widths.isEmpty { widths.append(word) }
            return widths
        }
    }
}

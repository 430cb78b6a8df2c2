/// Builds a table's cells on all cores, piece by piece, and numbers their footnotes exactly as building the whole
/// table row by row, left to right, on one thread would.
///
/// A piece is one row over a range of columns. Each piece numbers the citations it uses from 1, in its own order of
/// first use. Reading the pieces in row-major order then gives each footnote its number in the table (the first
/// piece to use a source and locator numbers it), and every piece's cells are renumbered to match.
struct TablePieces {
    /// The columns one piece covers by default: enough work to be worth a thread, few enough to balance the cores.
    static let defaultColumnsPerPiece = 128

    /// The cells of each row, in column order.
    let rows: [[TableCell]]
    /// The table's footnotes, numbered in order of first use, row by row.
    let footnotes: [Footnote]

    /// Builds `rowCount` rows of `columnCount` cells. `cells` builds one row's cells for a range of columns, numbering
    /// citations with the collector it is given; it is called concurrently and must depend only on its arguments.
    /// `exchangeRates` declares the sources of the rates converted budgets cite.
    init(rowCount: Int, columnCount: Int, columnsPerPiece: Int = defaultColumnsPerPiece, corpus: Corpus,
         exchangeRates: ExchangeRates = ExchangeRates(),
         cells: @Sendable (_ row: Int, _ columns: Range<Int>, _ footnotes: inout FootnoteCollector) -> [TableCell]) {
        let width = max(columnsPerPiece, 1)
        let ranges = stride(from: 0, to: max(columnCount, 1), by: width).map { start in
            start..<min(start + width, columnCount)
        }
        let pieceCount = rowCount * ranges.count
        let pieceCells = ResultSlots<[TableCell]>(count: pieceCount)
        let pieceFootnotes = ResultSlots<(keys: [CitationKey], footnotes: [Footnote])>(count: pieceCount)
        // One task builds every row of one column range, so that each core reads initiatives no other core is
        // reading. Cells retain the initiatives and strings they read, and two cores retaining the same objects at
        // once pass the cache lines of their reference counts back and forth (with the rows of one range handed to
        // both cores, that traffic took a quarter of table building). Each piece is stored at its row-major place.
        DispatchConcurrent.perform(iterations: ranges.count) { range in
            let columns = ranges[range]
            for row in 0..<rowCount {
                let index = row * ranges.count + range
                var footnotes = FootnoteCollector(corpus: corpus, exchangeRates: exchangeRates,
                                                  expectedCount: columns.count * 4)
                pieceCells.store(cells(row, columns, &footnotes), at: index)
                pieceFootnotes.store(footnotes.finished(), at: index)
            }
        }

        let collectors = pieceFootnotes.values.compactMap { $0 }
        var numbers: [CitationKey: Int] = [:]
        numbers.reserveCapacity(collectors.reduce(0) { $0 + $1.keys.count })
        var footnotes: [Footnote] = []
        var renumberings: [[Int]?] = []
        renumberings.reserveCapacity(pieceCount)
        for piece in collectors {
            var renumbering = [0]
            renumbering.reserveCapacity(piece.keys.count + 1)
            var unchanged = true
            for (offset, key) in piece.keys.enumerated() {
                let number = FootnoteCollector.claim(&numbers[key, default: 0], for: footnotes.count + 1)
                if number == footnotes.count + 1 {
                    var footnote = piece.footnotes[offset]
                    footnote.number = number
                    footnotes.append(footnote)
                }
                unchanged = unchanged && number == offset + 1
                renumbering.append(number)
            }
            renumberings.append(unchanged ? nil : renumbering)
        }

        let finalRenumberings = renumberings
        DispatchConcurrent.perform(iterations: pieceCount) { index in
            guard let renumbering = finalRenumberings[index], var cells = pieceCells.take(at: index) else { return }
            Self.renumber(&cells, with: renumbering)
            pieceCells.store(cells, at: index)
        }
        rows = (0..<rowCount).map { row in
            var cells: [TableCell] = []
            cells.reserveCapacity(columnCount)
            for index in row * ranges.count..<(row + 1) * ranges.count {
                cells.append(contentsOf: pieceCells.take(at: index) ?? [])
            }
            return cells
        }
        self.footnotes = footnotes
    }

    /// Replaces each footnote number `n` in the cells by `renumbering[n]`.
    private static func renumber(_ cells: inout [TableCell], with renumbering: [Int]) {
        for cell in cells.indices {
            for entry in cells[cell].entries.indices {
                for position in cells[cell].entries[entry].footnotes.indices {
                    let local = cells[cell].entries[entry].footnotes[position]
                    cells[cell].entries[entry].footnotes[position] = renumbering[local]
                }
                // An entry citing several sources lists their numbers in order, "[13, 22]", whatever their order of
                // first use.
                cells[cell].entries[entry].footnotes.sort()
            }
        }
    }
}

import ComparisonKit

/// One comparison table as a booktabs `longtable` that breaks across pages.
///
/// Layout, one LaTeX line per table row so a diff shows which row changed:
/// - the column specification: a ragged-right `p` column for the row labels, then one equal `p` column per
///   initiative, widths given as fractions of `\linewidth` computed from the number of columns (the label
///   column takes `1/(n+1)` of the line, held between 10 % and 22 %; the rest is shared equally), so the table
///   is exactly as wide as the text block of whatever document it lands in;
/// - the header: `\toprule`, a column-group row with each jurisdiction as a centred `\multicolumn` over its
///   initiatives and a `\cmidrule` under it, the row heading and initiative headings in bold, `\midrule`;
///   the first page ends the header with `\endfirsthead`, the following pages repeat it after a
///   "continued from the previous page" line (`\endhead`), every page but the last ends with `\midrule` and
///   "continued on the next page" (`\endfoot`), the last with `\bottomrule` (`\endlastfoot`);
/// - one row per dimension, after `\addlinespace[3pt]` (but the first): the label, then each cell's entries
///   separated by `\newline`, each entry `text (qualifier)\textsuperscript{[1, 2]}`; a disputed cell ends with an
///   italic "sources disagree" line in the table's language; an empty cell shows `\textemdash{}`. Longtable never
///   breaks a page inside a table row, so a row with a cell of more than `entriesPerRow` (3) entries (a budget's
///   whole history, a long list of participants) is laid out one entry per table row, the label in the first:
///   a long row then breaks across pages instead of running off the bottom of one.
///
/// Every value goes through `LaTeXEscaping.text`.
struct LaTeXTable: Sendable {
    /// The table.
    let table: ComparisonTable
    /// Where the markers point.
    let sources: LaTeXSourceList
    /// The table's position in `sources`.
    let tableIndex: Int

    /// Past this many characters, an entry is laid out in pieces, one per table row (see `pieces(of:)`).
    static let longEntryLength = 400

    /// An entry's text, or for one longer than `longEntryLength` its pieces, cut after a "; " (else a ", ", else
    /// a space) near every `longEntryLength` characters: longtable never breaks inside a row, so an entry taller
    /// than a page, in one row, would run off the bottom of the page.
    static func pieces(of text: String) -> [String] {
        guard text.count > longEntryLength else { return [text] }
        var pieces: [String] = []
        var rest = Substring(text)
        while rest.count > longEntryLength {
            // The window shares the rest's indices, so a separator found in it is a place to cut the rest.
            let window = rest.prefix(longEntryLength)
            guard let cut = ["; ", ", ", " "].lazy.compactMap({ window.range(of: $0, options: .backwards)?.upperBound }).first
            else { break }
            pieces.append(String(rest[..<cut]).trimmingCharacters(in: .whitespaces))
            rest = rest[cut...]
        }
        pieces.append(String(rest))
        return pieces
    }

    /// A table of at most this many rows, none of them long, is kept on one page.
    static let keptTogetherRows = 10

    /// Whether a cell's text (its entries and qualifiers) is longer than `longEntryLength` characters.
    static func isLong(_ cell: TableCell) -> Bool {
        cell.entries.reduce(0) { $0 + $1.text.count + ($1.qualifier?.count ?? 0) } > longEntryLength
    }

    /// How many entries a cell may hold and still share one table row; a row with a longer cell is laid out one
    /// entry per table row, so that longtable, which never breaks inside a row, can break it across pages.
    static let entriesPerRow = 3

    /// The whole width, in ten-thousandths of `\linewidth`.
    private static let whole = ColumnWidths.whole

    /// The type sizes a table is set in, largest first, with how many characters of table text a line of the page
    /// holds at each: a landscape page of the standalone briefing (267 mm), or a portrait article's text block
    /// (about 345 pt) for a fragment.
    static let sizes: [(command: String, landscape: Int, portrait: Int)] = [
        ("\\small", 176, 80), ("\\footnotesize", 198, 90), ("\\scriptsize", 226, 103), ("\\tiny", 300, 138),
    ]

    /// The size a table is set in and the characters its line holds: the largest size at which every column's
    /// longest word (a date, an amount) fits across the line, else the smallest (`\scriptsize` on the landscape
    /// page of the briefing, which is read as it is; `\tiny` in a paper's narrower text block).
    static func size(of table: ComparisonTable, portrait: Bool) -> (command: String, lineLength: Int) {
        let needed = ColumnWidths.minimumLineLength(of: table)
        let allowed = portrait ? sizes[...] : sizes.dropLast()
        let fitting = allowed.first { (portrait ? $0.portrait : $0.landscape) >= needed } ?? allowed[allowed.endIndex - 1]
        return (fitting.command, portrait ? fitting.portrait : fitting.landscape)
    }

    /// A width of `share` ten-thousandths of the line, less the column padding: `\dimexpr 0.1429\linewidth-…`.
    static func width(_ share: Int) -> String {
        let digits = String(share % whole)
        let fraction = String(share / whole) + "." + String(repeating: "0", count: 4 - digits.count) + digits
        return "\\dimexpr " + fraction + "\\linewidth-2\\tabcolsep\\relax"
    }

    /// The table as LaTeX lines, from `\begin{longtable}` to `\end{longtable}`, its columns as wide as their
    /// content asks (`ColumnWidths`, for a line of `lineLength` characters), and the legend in its last foot, so
    /// that the legend is never alone on a page.
    func lines(lineLength: Int, title: String? = nil) -> [String] {
        let columnCount = table.columns.count
        let shares = ColumnWidths.shares(of: table, lineLength: lineLength)
        let cell = ">{\\raggedright\\arraybackslash\\hspace{0pt}}p{"
        let specification = shares.map { cell + Self.width($0) + "}" }.joined()
        let header = headerLines(shares: shares)
        let span = String(columnCount + 1)
        let language = table.language
        var lines = ["\\begin{longtable}{" + specification + "}"]
        if let title {
            lines.append("\\multicolumn{" + span + "}{@{}p{\\linewidth}@{}}{\\large\\bfseries "
                + LaTeXEscaping.text(title) + "}\\\\[6pt]")
        }
        lines += header
        lines.append("\\endfirsthead")
        lines.append("\\multicolumn{" + span + "}{l}{\\footnotesize\\emph{"
            + LaTeXEscaping.text(BriefingPhrases.continuedFromPreviousPage(in: language)) + "}}\\\\")
        lines += header
        lines.append("\\endhead")
        lines.append("\\midrule")
        lines.append("\\multicolumn{" + span + "}{r}{\\footnotesize\\emph{"
            + LaTeXEscaping.text(BriefingPhrases.continuedOnNextPage(in: language)) + "}}\\\\")
        lines.append("\\endfoot")
        lines.append("\\bottomrule")
        if !table.legend.trimmingWhitespace().isEmpty {
            lines.append("\\multicolumn{" + span + "}{@{}p{\\linewidth}@{}}{\\footnotesize\\emph{"
                + LaTeXEscaping.text(table.legend) + "}}\\\\")
        }
        lines.append("\\endlastfoot")
        // A short table of short rows is kept on one page: breaking it after its first row would leave that row
        // alone under its header.
        let keptTogether = table.rows.count <= Self.keptTogetherRows && !table.rows.contains { row in
            TableLayout.cells(of: row, columnCount: columnCount).contains { $0.entries.count > Self.entriesPerRow || Self.isLong($0) }
        }
        for (index, row) in table.rows.enumerated() {
            let rowCells = TableLayout.cells(of: row, columnCount: columnCount)
            let cells = rowCells.map(cellParts)
            let longest = cells.map(\.count).max() ?? 1
            // One part per table row when a cell has many entries or long text, so that longtable can break between.
            let perRow = longest > Self.entriesPerRow || rowCells.contains(where: Self.isLong) ? 1 : Self.entriesPerRow
            for subrow in 0..<max(1, (longest + perRow - 1) / perRow) {
                let label = subrow == 0 ? LaTeXEscaping.text(row.label) : ""
                let texts = cells.map { parts in
                    parts.dropFirst(subrow * perRow).prefix(perRow).joined(separator: "\\newline{}")
                }
                let space = (keptTogether && index > 0 ? "\\nopagebreak" : "")
                    + (subrow == 0 && index > 0 ? "\\addlinespace[3pt]" : "")
                lines.append(space + ([label] + texts).joined(separator: " & ") + "\\\\")
            }
        }
        lines.append("\\end{longtable}")
        return lines
    }

    /// `\toprule`, the column-group row with its rules (when any group has a label), the heading row, `\midrule`.
    private func headerLines(shares: [Int]) -> [String] {
        var lines = ["\\toprule"]
        let groups = table.columnGroups.filter { !$0.columns.isEmpty }
        if groups.contains(where: { !$0.label.trimmingWhitespace().isEmpty }) {
            var cells = [""]
            var rules = ""
            var first = 2
            for group in groups {
                let count = group.columns.count
                let heading = bold(group.label)
                // A span of columns is as wide as their shares together, less the padding of its two ends.
                let share = shares[(first - 1)..<(first - 1 + count)].reduce(0, +)
                cells.append("\\multicolumn{\(count)}{>{\\centering\\arraybackslash\\hspace{0pt}}p{"
                    + Self.width(share) + "}}{" + heading + "}")
                if !heading.isEmpty { rules += "\\cmidrule(lr){\(first)-\(first + count - 1)}" }
                first += count
            }
            lines.append(cells.joined(separator: " & ") + "\\\\")
            if !rules.isEmpty { lines.append(rules) }
        }
        var headings = [bold(table.rowHeading)]
        for group in groups {
            headings += group.columns.map { bold($0.heading) }
        }
        lines.append(headings.joined(separator: " & ") + "\\\\")
        lines.append("\\midrule")
        return lines
    }

    /// A value in bold, or nothing when it is blank.
    private func bold(_ value: String) -> String {
        value.trimmingWhitespace().isEmpty ? "" : "\\textbf{" + LaTeXEscaping.text(value) + "}"
    }

    /// A cell's entries, then the disagreement line when the sources disagree; `\textemdash{}` when it has none.
    private func cellParts(_ cell: TableCell) -> [String] {
        guard !cell.entries.isEmpty else { return ["\\textemdash{}"] }
        var parts = cell.entries.flatMap { entry in
            var pieces = Self.pieces(of: entry.text).map(LaTeXEscaping.text)
            if let qualifier = entry.qualifier, !qualifier.isEmpty {
                pieces[pieces.count - 1] += " (" + LaTeXEscaping.text(qualifier) + ")"
            }
            pieces[pieces.count - 1] += sources.marker(entry.footnotes, tableIndex: tableIndex)
            return pieces
        }
        if cell.state == .disputed {
            parts.append("\\emph{" + LaTeXEscaping.text(BriefingPhrases.sourcesDisagree(in: table.language)) + "}")
        }
        return parts
    }
}

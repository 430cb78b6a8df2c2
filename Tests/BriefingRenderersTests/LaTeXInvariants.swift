@testable import BriefingRenderers
import ComparisonKit
import Foundation

/// The LaTeX formats' invariants: what `briefing.tex` (format `latex`) and each `<viewID>.tex` (format
/// `latex-fragment`) must be, whatever hostile text the tables hold.
///
/// - Lexically safe: `LaTeXReader` finds only the renderer's own commands, no raw `$ # ^ _ %`, balanced braces
///   on every line, no character pdflatex cannot set, no raw `&` or `\\` outside table rows, and comments only
///   from the renderer's fixed set (a value never lands in a comment).
/// - Structurally whole: one `longtable` per table, each heading and body row with exactly one cell per column.
/// - Faithful: every cell reads back as exactly its entries (`text (qualifier)[n]`, one per line, "sources
///   disagree" after a disputed cell), with the numbers the source list uses, and every other value (titles,
///   headings, legend, source details) appears as the documented escape rule promises (`latexExpected`).
extension FormatInvariants {
    /// Every comment line the renderer writes.
    static let latexComments: Set<String> = [
        "% Written by nordic-compare. Compile twice with pdflatex: longtable settles its columns on the second pass.",
        "% Written by nordic-compare: one table to \\input into a document that loads",
        "% \\usepackage[T1]{fontenc} and \\usepackage{array,booktabs,longtable}.",
    ]

    /// What each punctuation character reads back as (several are set the same way).
    static let latexPunctuation: [UInt32: String] = [
        0x2002: "\u{2002}", 0x2003: "\u{2003}", 0x2004: " ", 0x2005: " ", 0x2006: " ", 0x2007: "\u{A0}", 0x2008: " ",
        0x2009: "\u{2009}", 0x200A: "\u{2009}", 0x200B: "", 0x202F: "\u{2009}", 0x2010: "-", 0x2011: "-",
        0x2012: "\u{2013}", 0x2013: "\u{2013}", 0x2014: "\u{2014}", 0x2015: "\u{2014}", 0x2018: "\u{2018}",
        0x2019: "\u{2019}", 0x201A: "\u{201A}", 0x201C: "\u{201C}", 0x201D: "\u{201D}", 0x201E: "\u{201E}",
        0x2020: "\u{2020}", 0x2021: "\u{2021}", 0x2022: "\u{2022}", 0x2026: "\u{2026}", 0x2030: "\u{2030}",
        0x2039: "\u{2039}", 0x203A: "\u{203A}", 0x2044: "\u{2044}", 0x20AC: "\u{20AC}", 0x2116: "\u{2116}",
        0x2122: "\u{2122}", 0x2190: "\u{2190}", 0x2191: "\u{2191}", 0x2192: "\u{2192}", 0x2193: "\u{2193}",
        0x2212: "\u{2212}",
    ]

    /// The "sources disagree" line in a table's language.
    static func latexDisagreement(_ language: String) -> String {
        switch language.prefix(2) {
        case "nb", "no", "nn": return "kildene er uenige"
        case "da": return "kilderne er uenige"
        default: return "sources disagree"
        }
    }

    /// The text a value reads back as: NFC; line breaks as LF; a tab as a space; punctuation as
    /// `latexPunctuation` says; anything pdflatex cannot set as `[U+XXXX]`.
    static func latexExpected(_ value: String) -> String {
        let scalars = Array(value.precomposedStringWithCanonicalMapping.unicodeScalars)
        var out = ""
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar.value {
            case 0x0D:
                if index < scalars.count, scalars[index] == "\n" { index += 1 }
                out += "\n"
            case 0x0A, 0x0B, 0x0C, 0x85, 0x2028, 0x2029: out += "\n"
            case 0x09: out += " "
            case 0xA0: out += "\u{A0}"
            default:
                if let read = latexPunctuation[scalar.value] {
                    out += read
                } else if LaTeXReader.isSettable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "[U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
                }
            }
        }
        return out
    }

    /// The merged numbering of a standalone document: per table, its footnote numbers to the list's numbers.
    static func latexMergedNumbers(_ tables: [ComparisonTable]) -> [[Int: Int]] {
        struct Key: Hashable { var source: Source; var locator: String? }
        var seen: [Key: Int] = [:]
        var next = 1
        return tables.map { table in
            var mapping: [Int: Int] = [:]
            for footnote in table.footnotes where mapping[footnote.number] == nil {
                let key = Key(source: footnote.source, locator: footnote.locator.flatMap { $0.isEmpty ? nil : $0 })
                if seen[key] == nil { seen[key] = next; next += 1 }
                mapping[footnote.number] = seen[key]
            }
            return mapping
        }
    }

    static func latex(_ document: BriefingDocument, _ files: [RenderedFile]) -> [String] {
        guard files.count == 1, let file = files.first, file.relativePath == "briefing.tex" else {
            return ["expected one file briefing.tex, got \(files.map(\.relativePath))"]
        }
        let text = String(decoding: file.contents, as: UTF8.self)
        var values = [document.title, document.subtitle, document.provenance.toolVersion,
                      document.provenance.configurationDigest, document.provenance.generatedAt ?? ""]
        values += document.tables.map(\.title)
        var problems = latexFile(text, name: file.relativePath, tables: document.tables,
                                 numbers: latexMergedNumbers(document.tables), values: values)
        let opening = "% Written by nordic-compare. Compile twice with pdflatex: longtable settles its columns on the second pass."
            + "\n\\documentclass[10pt]{article}\n"
        if !text.hasPrefix(opening) {
            problems.append("briefing.tex does not open with the comment and \\documentclass")
        }
        if !text.hasSuffix("\n\\end{document}\n") { problems.append("briefing.tex does not end with \\end{document}") }
        return problems
    }

    static func latexFragment(_ document: BriefingDocument, _ files: [RenderedFile]) -> [String] {
        guard files.count == document.tables.count else {
            return ["expected one file per table, got \(files.count) for \(document.tables.count)"]
        }
        var problems: [String] = []
        for (table, file) in zip(document.tables, files) {
            let text = String(decoding: file.contents, as: UTF8.self)
            let identity = Dictionary(table.footnotes.map { ($0.number, $0.number) }, uniquingKeysWith: { first, _ in first })
            // A wide table is written as slices of at most four initiative columns, which together are its columns in
            // order, every row in each; each slice is checked as a table of its own.
            let slices = LaTeXPortraitSlices.slices(of: table)
            if slices.flatMap(\.columns) != table.columns
                || slices.contains(where: { $0.columns.count > LaTeXPortraitSlices.maximumColumns && slices.count > 1 })
                || slices.contains(where: { $0.rows.map(\.label) != table.rows.map(\.label) }) {
                problems.append("\(file.relativePath): the slices do not cover the table's columns and rows")
            }
            problems += latexFile(text, name: file.relativePath, tables: slices,
                                  numbers: Array(repeating: identity, count: slices.count), values: [table.legend])
            if text.contains("\\documentclass") || text.contains("\\begin{document}") {
                problems.append("\(file.relativePath): a fragment must not be a document")
            }
        }
        return problems
    }

    /// The checks one LaTeX file must pass, holding `tables` in order.
    static func latexFile(_ text: String, name: String, tables: [ComparisonTable], numbers: [[Int: Int]],
                          values: [String]) -> [String] {
        var problems: [String] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        var inTable = false
        var readBack = ""
        for (number, line) in lines.enumerated() {
            if line.hasPrefix("%") {
                if !latexComments.contains(String(line)) { problems.append("\(name):\(number + 1): unexpected comment") }
                continue
            }
            if line.hasPrefix("\\begin{longtable}") { inTable = true }
            let reader = LaTeXReader.read(line)
            problems += reader.problems.map { "\(name):\(number + 1): \($0)" }
            if !inTable, LaTeXReader.cells(of: line).count > 1 || LaTeXReader.rowEnds(in: line) > 0 {
                problems.append("\(name):\(number + 1): raw & or \\\\ outside a table")
            }
            if line == "\\end{longtable}" { inTable = false }
            readBack += reader.text + "\n"
        }
        let starts = lines.indices.filter { lines[$0].hasPrefix("\\begin{longtable}") }
        guard starts.count == tables.count else {
            return problems + ["\(name): \(starts.count) longtables for \(tables.count) tables"]
        }
        for (position, (table, start)) in zip(tables, starts).enumerated() {
            let mapping = position < numbers.count ? numbers[position] : [:]
            problems += latexTable(table, lines: Array(lines[start...]), name: name, numbers: mapping)
            var expectedValues = [table.legend]
            for footnote in table.footnotes {
                let source = footnote.source
                expectedValues += [source.title, source.publisher, source.language, footnote.locator ?? "", source.url ?? ""]
            }
            for value in expectedValues + values where !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                if !readBack.contains(latexExpected(value)) {
                    problems.append("\(name): \(value.prefix(30).debugDescription) does not read back")
                }
            }
        }
        return problems
    }

    /// The checks of one longtable whose lines start at `lines[0]`.
    static func latexTable(_ table: ComparisonTable, lines: [Substring], name: String, numbers: [Int: Int]) -> [String] {
        var problems: [String] = []
        let width = table.columns.count + 1
        guard let firstHead = lines.firstIndex(of: "\\endfirsthead"), let lastFoot = lines.firstIndex(of: "\\endlastfoot"),
              let end = lines.firstIndex(of: "\\end{longtable}"), firstHead > 1, lastFoot < end,
              lines[firstHead - 1] == "\\midrule"
        else { return ["\(name): table \(table.viewID.debugDescription) lacks its header or foot"] }

        func readCells(_ line: Substring) -> [String]? {
            guard line.hasSuffix("\\\\") else { return nil }
            var cells = LaTeXReader.cells(of: line.dropLast(2))
            guard cells.count == width else { return nil }
            for index in cells.indices {
                if index > 0, cells[index].hasPrefix(" ") { cells[index].removeFirst() }
                if index < width - 1, cells[index].hasSuffix(" ") { cells[index].removeLast() }
            }
            return cells.map { LaTeXReader.read($0).text }
        }
        func shown(_ value: String) -> String {
            value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "" : latexExpected(value)
        }

        let headings = [shown(table.rowHeading)] + table.columnGroups.flatMap { $0.columns.map { shown($0.heading) } }
        if readCells(lines[firstHead - 2]) != headings {
            problems.append("\(name): heading row of \(table.viewID.debugDescription) reads \(String(describing: readCells(lines[firstHead - 2])).prefix(80))")
        }

        let groups = table.columnGroups.filter { !$0.columns.isEmpty }
        if groups.contains(where: { !shown($0.label).isEmpty }) {
            // The row after the first \toprule (a standalone briefing's table has its title above it).
            let row = (lines.firstIndex(of: "\\toprule") ?? 1) + 1
            let cells = row < lines.count && lines[row].hasSuffix("\\\\") ? LaTeXReader.cells(of: lines[row].dropLast(2)) : []
            let read = cells.map { LaTeXReader.read($0.trimmingCharacters(in: .whitespaces)).text }
            if read != [""] + groups.map({ shown($0.label) }) {
                problems.append("\(name): column-group row of \(table.viewID.debugDescription) reads \(read.description.prefix(80))")
            }
        }

        let body = lines[(lastFoot + 1)..<end]
        var rows: [[Substring]] = []
        for whole in body {
            // A row of a table kept on one page starts with \nopagebreak (see LaTeXTable.keptTogetherRows).
            let line = whole.hasPrefix("\\nopagebreak") ? whole.dropFirst(12) : whole
            if line.hasPrefix("\\addlinespace[3pt]") || rows.isEmpty { rows.append([]) }
            rows[rows.count - 1].append(line.hasPrefix("\\addlinespace[3pt]") ? line.dropFirst(18) : line)
        }
        guard rows.count == table.rows.count else {
            return problems + ["\(name): \(rows.count) rows in \(table.viewID.debugDescription), expected \(table.rows.count)"]
        }
        for (row, subrows) in zip(table.rows, rows) {
            let cells = (0..<(width - 1)).map { column -> TableCell in
                column < row.cells.count ? row.cells[column] : TableCell(state: .notRecorded, entries: [])
            }
            let parts = cells.map { latexParts($0, numbers: numbers, language: table.language) }
            let longest = parts.map(\.count).max() ?? 1
            // Many entries, or long text (an entry of more than 400 characters is laid out in pieces), take one
            // table row per part.
            let expected: [[String]] = longest > 3 || cells.contains(where: LaTeXTable.isLong)
                ? (0..<longest).map { index in
                    [index == 0 ? latexExpected(row.label) : ""] + parts.map { index < $0.count ? $0[index] : "" }
                }
                : [[latexExpected(row.label)] + parts.map { $0.joined(separator: "\n") }]
            let actual = subrows.map { readCells($0) ?? ["<not \(width) cells ending in \\\\>"] }
            if actual != expected {
                problems.append("\(name): row \(row.id.prefix(20).debugDescription) reads \(actual.description.prefix(120)), expected \(expected.description.prefix(120))")
            }
        }
        return problems
    }

    /// What a cell's entries read back as, one string per entry (and the disagreement line).
    static func latexParts(_ cell: TableCell, numbers: [Int: Int], language: String) -> [String] {
        guard !cell.entries.isEmpty else { return ["\u{2014}"] }
        var parts = cell.entries.flatMap { entry in
            var pieces = LaTeXTable.pieces(of: entry.text).map(latexExpected)
            var text = pieces.removeLast()
            if let qualifier = entry.qualifier, !qualifier.isEmpty { text += " (" + latexExpected(qualifier) + ")" }
            if !entry.footnotes.isEmpty {
                var shown: [String] = []
                for footnote in entry.footnotes {
                    let number = numbers[footnote].map(String.init) ?? "?"
                    if !shown.contains(number) { shown.append(number) }
                }
                text += "[" + shown.joined(separator: ", ") + "]"
            }
            return pieces + [text]
        }
        if cell.state == .disputed { parts.append(latexDisagreement(language)) }
        return parts
    }
}

import BriefingRenderers
import ComparisonKit
import Foundation

/// What must hold for a Word briefing, whatever hostile text the tables hold: one `briefing.docx` whose parts
/// are all well-formed XML, stored in a fixed order with a fixed date, and whose body reads back (unzipped with
/// ZIPFoundation, parsed with `XMLParser`) as exactly the document's texts, with hidden characters as U+FFFD and
/// line breaks as breaks; header rows repeated, jurisdictions spanning their columns, and links only to plain
/// http(s) URLs.
extension FormatInvariants {
    /// The parts a briefing holds, in stored order.
    static let docxParts = [
        "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
        "word/styles.xml", "word/settings.xml", "word/header1.xml", "word/footer1.xml", "word/_rels/document.xml.rels",
    ]

    /// The text a Word reader gets back for a value: controls, U+FFFE, U+FFFF and bidi overrides as U+FFFD, every
    /// line break (CR LF counted once) as LF, tabs kept.
    static func docxText(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A where previousWasCR: continue
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: out.append("\n")
            case 0x09: out.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0xFFFE, 0xFFFF: out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// A cell as its paragraphs read back: one per entry, `text (qualifier) [1, 2]`, then "sources disagree" in
    /// the table's language for a disputed cell; `—` without entries.
    static func docxCellText(_ cell: TableCell, language: String) -> String {
        guard !cell.entries.isEmpty else { return "—" }
        var paragraphs = cell.entries.map { entry in
            var text = entry.text
            if let qualifier = entry.qualifier, !qualifier.isEmpty { text += " (" + qualifier + ")" }
            if !entry.footnotes.isEmpty { text += " [" + entry.footnotes.map(String.init).joined(separator: ", ") + "]" }
            return docxText(text)
        }
        if cell.state == .disputed {
            let words = ["en": "sources disagree", "nb": "kildene er uenige", "da": "kilderne er uenige"]
            paragraphs.append(words[language] ?? "sources disagree")
        }
        return paragraphs.joined(separator: "\n")
    }

    /// A source as its list paragraph reads back: `[3]⇥Title — Publisher, 2021-03 (da), CELEX:…; locator; url;
    /// archived copy: url; accessed 2025-01-10; confidence: medium`, the labels in the table's language.
    static func docxSourceText(_ footnote: Footnote, language: String) -> String {
        let source = footnote.source
        var text = "[\(footnote.number)]\t" + source.title
        let details = [source.publisher, source.published?.description ?? ""].filter { !$0.isEmpty }
        if !details.isEmpty { text += " — " + details.joined(separator: ", ") }
        if !source.language.isEmpty { text += " (" + source.language + ")" }
        if let identifier = source.identifier, !identifier.isEmpty { text += ", " + identifier }
        if let locator = footnote.locator, !locator.isEmpty { text += "; " + locator }
        if let url = source.url, !url.isEmpty { text += "; " + url }
        let archivedCopy = ["en": "archived copy", "nb": "arkivert kopi", "da": "arkiveret kopi"]
        if let archived = source.archived, !archived.isEmpty {
            text += "; " + (archivedCopy[language] ?? "archived copy") + ": " + archived
        }
        let accessed = ["en": "accessed", "nb": "lest", "da": "læst"]
        if let date = source.accessed { text += "; " + (accessed[language] ?? "accessed") + " " + date.description }
        if let level = source.confidence, level != .high {
            let label = ["en": "confidence", "nb": "pålitelighet", "da": "pålidelighed"][language] ?? "confidence"
            let words: [String: [SourceConfidence: String]] = [
                "en": [.mediumHigh: "medium-high", .medium: "medium", .low: "low"],
                "nb": [.mediumHigh: "middels høy", .medium: "middels", .low: "lav"],
                "da": [.mediumHigh: "mellemhøj", .medium: "middel", .low: "lav"],
            ]
            text += "; " + label + ": " + (words[language] ?? words["en"]!)[level]!
        }
        return docxText(text)
    }

    static func docx(_ document: BriefingDocument, _ files: [RenderedFile]) -> [String] {
        guard files.count == 1, let file = files.first, file.relativePath == "briefing.docx" else {
            return ["expected one briefing.docx, got \(files.map(\.relativePath))"]
        }
        let reader: DOCXReader
        let blocks: [WordBlock]
        do {
            reader = try DOCXReader(file.contents)
            blocks = try reader.body()
        } catch {
            return ["cannot read the package: \(error)"]
        }
        var problems: [String] = []
        if reader.entries.map(\.path) != docxParts {
            problems.append("parts \(reader.entries.map(\.path)), expected \(docxParts)")
        }
        for entry in reader.entries {
            if let error = DOCXReader.wellFormednessError(entry.data) { problems.append("\(entry.path) is not well-formed XML: \(error)") }
            if entry.modified != Date(timeIntervalSince1970: 315_532_800) {
                problems.append("\(entry.path) is dated \(String(describing: entry.modified)), not 1980-01-01")
            }
        }
        // No hidden or reordering character anywhere in the body's XML.
        let xml = String(decoding: reader.data("word/document.xml") ?? Data(), as: UTF8.self)
        if let hidden = xml.unicodeScalars.first(where: { scalar in
            switch scalar.value {
            case 0x0A: false
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }) {
            problems.append("word/document.xml holds U+\(String(hidden.value, radix: 16, uppercase: true))")
        }
        problems += docxBodyProblems(document, blocks)
        // Links only to plain http(s) URLs.
        let relationships = (try? reader.relationships("word/_rels/document.xml.rels")) ?? []
        for relationship in relationships where relationship["TargetMode"] == "External" {
            let target = relationship["Target"] ?? ""
            let plain = target.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 && !"<>\"\\^`{|} ".unicodeScalars.contains($0) }
            if !(target.lowercased().hasPrefix("http://") || target.lowercased().hasPrefix("https://")) || !plain {
                problems.append("external link to \(target.prefix(40).debugDescription)")
            }
        }
        return problems
    }

    /// Title block, then per table its heading, the table, the sources and the legend, in order.
    static func docxBodyProblems(_ document: BriefingDocument, _ blocks: [WordBlock]) -> [String] {
        var problems: [String] = []
        var rest = blocks[...]
        func nextParagraph(_ what: String) -> WordParagraph? {
            guard case .paragraph(let paragraph)? = rest.first else { problems.append("expected \(what)"); return nil }
            rest = rest.dropFirst()
            return paragraph
        }
        func expect(_ actual: String?, _ expected: String, _ what: String) {
            guard let actual else { return }
            if !actual.unicodeScalars.elementsEqual(expected.unicodeScalars) {
                problems.append("\(what) reads back as \(actual.prefix(40).debugDescription), expected \(expected.prefix(40).debugDescription)")
            }
        }
        expect(nextParagraph("the title")?.text, docxText(document.title), "title")
        if !document.subtitle.isEmpty { expect(nextParagraph("the subtitle")?.text, docxText(document.subtitle), "subtitle") }
        if case .paragraph(let paragraph)? = rest.first, paragraph.style == "Provenance" { rest = rest.dropFirst() }

        for (t, table) in document.tables.enumerated() {
            let heading = nextParagraph("table \(t) heading")
            if heading?.style != "Heading1" { problems.append("table \(t): no Heading1 before it") }
            expect(heading?.text, docxText(table.title), "table \(t) heading")
            guard case .table(let word)? = rest.first else { problems.append("table \(t) missing"); return problems }
            rest = rest.dropFirst()
            problems += docxTableProblems(table, word).map { "table \(t): \($0)" }
            if !table.footnotes.isEmpty {
                let sourcesHeading = nextParagraph("table \(t) sources heading")
                if sourcesHeading?.style != "Heading2" { problems.append("table \(t): no sources heading") }
                for footnote in table.footnotes {
                    let paragraph = nextParagraph("table \(t) source \(footnote.number)")
                    if paragraph?.style != "SourceEntry" { problems.append("table \(t) source \(footnote.number): wrong style") }
                    expect(paragraph?.text, docxSourceText(footnote, language: table.language), "table \(t) source \(footnote.number)")
                }
            }
            if !table.legend.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                expect(nextParagraph("table \(t) legend")?.text, docxText(table.legend), "table \(t) legend")
            }
        }
        if !rest.isEmpty { problems.append("\(rest.count) unexpected blocks after the last table") }
        return problems
    }

    /// Two repeated header rows (row heading merged down, jurisdictions spanning their columns, initiatives),
    /// then one row per table row with its label and cells.
    static func docxTableProblems(_ table: ComparisonTable, _ word: WordTable) -> [String] {
        var problems: [String] = []
        func expect(_ actual: String, _ expected: String, _ what: String) {
            if !actual.unicodeScalars.elementsEqual(docxText(expected).unicodeScalars) {
                problems.append("\(what) reads back as \(actual.prefix(40).debugDescription), expected \(docxText(expected).prefix(40).debugDescription)")
            }
        }
        guard word.rows.count == table.rows.count + 2 else {
            return ["\(word.rows.count) rows, expected \(table.rows.count + 2)"]
        }
        if word.rows.map(\.isHeader) != [true, true] + Array(repeating: false, count: table.rows.count) {
            problems.append("header rows marked \(word.rows.map(\.isHeader)), expected the first two only")
        }
        let groups = table.columnGroups.filter { !$0.columns.isEmpty }
        let first = word.rows[0].cells
        if first.count != groups.count + 1 {
            problems.append("first header row has \(first.count) cells, expected \(groups.count + 1)")
        } else {
            expect(first[0].text, table.rowHeading, "row heading")
            if first[0].vMerge != "restart" { problems.append("row heading not merged down") }
            for (cell, group) in zip(first.dropFirst(), groups) {
                expect(cell.text, group.label, "jurisdiction")
                if cell.gridSpan != group.columns.count { problems.append("jurisdiction spans \(cell.gridSpan), expected \(group.columns.count)") }
            }
        }
        let columns = table.columns
        let second = word.rows[1].cells
        if second.count != columns.count + 1 || second.first?.vMerge != "continue" {
            problems.append("second header row has \(second.count) cells (merge \(String(describing: second.first?.vMerge)))")
        } else {
            for (cell, column) in zip(second.dropFirst(), columns) { expect(cell.text, column.heading, "initiative heading") }
        }
        for (r, (row, wordRow)) in zip(table.rows, word.rows.dropFirst(2)).enumerated() {
            guard wordRow.cells.count == columns.count + 1 else {
                problems.append("row \(r) has \(wordRow.cells.count) cells, expected \(columns.count + 1)")
                continue
            }
            expect(wordRow.cells[0].text, row.label, "row \(r) label")
            for (c, cell) in row.cells.prefix(columns.count).enumerated() {
                let expected = docxCellText(cell, language: table.language)
                let actual = wordRow.cells[c + 1].text
                if !actual.unicodeScalars.elementsEqual(expected.unicodeScalars) {
                    problems.append("row \(r) cell \(c) reads back as \(actual.prefix(40).debugDescription), expected \(expected.prefix(40).debugDescription)")
                }
            }
        }
        return problems
    }
}

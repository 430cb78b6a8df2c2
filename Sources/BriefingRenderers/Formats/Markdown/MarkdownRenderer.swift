import ComparisonKit

/// GitHub-flavoured Markdown: one file per table, `<viewID>.md`.
///
/// A table file holds a `## title` heading; a table whose header cells are the row heading and each column's
/// `Jurisdiction: Initiative` (GFM has one header row and no column spans, so the jurisdiction is a prefix);
/// one row per dimension, each cell's entries as `text (qualifier) [1, 2]` separated by `<br>`, a disputed cell
/// ending in an italic "sources disagree" line in the table's language and an empty cell shown as `—`; then the
/// footnotes under a bold "Sources" label, one list item per footnote, `- [3] *Title* — Publisher, 2021-03-16 (da),
/// CELEX:32021R0694; locator; <url>; archived copy: <url>; accessed 2025-01-10` (the identifier, archived copy and
/// date of reading only when the source gives them, labelled in the table's language); then the legend in italics. Markers are plain `[3]`, not GFM footnotes (which do not render
/// inside tables) and not link definitions (which Markdown would swallow). Every value is escaped by
/// `OutputBuffer.appendMarkdownInline` and its neighbours (MarkdownEscaping.swift, beside this file).
package struct MarkdownRenderer: TableFileRenderer {
    /// Creates the renderer.
    package init() {}

    /// `markdown`.
    package var formatName: String { "markdown" }
    /// `md`.
    package var aliases: [String] { ["md"] }
    /// `md`.
    package var fileExtension: String { "md" }

    /// Streams one table as a Markdown section, ending with a newline.
    package func writeTable(_ table: ComparisonTable, to sink: any RenderSink) {
        let out = OutputBuffer(file: fileName(for: table), in: sink)
        out.append(literal: "## ")
        out.appendMarkdownInline(table.title, headingSafe: true)
        out.append(literal: "\n\n| ")
        out.appendMarkdownInline(table.rowHeading)
        var columnCount = 0
        for group in table.columnGroups {
            for column in group.columns {
                out.append(literal: " | ")
                // The heading escaped piece by piece rather than joined into a new string first (the same bytes: no
                // escape spans the joins).
                TableLayout.forEachHeadingPiece(of: column, in: group) { out.appendMarkdownInline($0) }
                columnCount += 1
            }
        }
        out.append(literal: " |\n| ---")
        for _ in 0..<columnCount { out.append(literal: " | ---") }
        out.append(literal: " |\n")
        for row in table.rows {
            out.append(literal: "| ")
            out.appendMarkdownInline(row.label)
            // One cell per column (see `TableLayout.cells`), read in place rather than copied into a new array.
            let cells = row.cells
            for index in 0..<columnCount {
                out.append(literal: " | ")
                if index < cells.count {
                    write(cells[index].entries, disputed: cells[index].state == .disputed, language: table.language,
                          to: out)
                } else {
                    write([], disputed: false, language: table.language, to: out)
                }
            }
            out.append(literal: " |\n")
        }

        if !table.footnotes.isEmpty {
            out.append(literal: "\n**")
            out.append(BriefingPhrases.sources(in: table.language))
            out.append(literal: "**\n\n")
            var sources = EscapedSources(piecesPerSource: 2)
            for footnote in table.footnotes {
                out.append(literal: "- ")
                write(footnote, sources: &sources, language: table.language, to: out)
                out.append(byte: UInt8(ascii: "\n"))
            }
        }

        if out.appendMarkdownItalic(table.legend, after: "\n") {
            out.append(byte: UInt8(ascii: "\n"))
        }
        out.finish()
    }

    /// A cell's entries separated by `<br>`, each as `text (qualifier) [1, 2]`, with the disagreement marker; `—` when
    /// it has none.
    private func write(_ entries: [CellEntry], disputed: Bool, language: String, to out: OutputBuffer) {
        guard !entries.isEmpty else {
            out.append(literal: "—")
            return
        }
        for index in entries.indices {
            if index > 0 { out.append(literal: "<br>") }
            out.appendMarkdownInline(entries[index].text)
            if let qualifier = entries[index].qualifier, !qualifier.isEmpty {
                out.append(literal: " (")
                out.appendMarkdownInline(qualifier)
                out.append(byte: UInt8(ascii: ")"))
            }
            out.appendMarkers(entries[index].footnotes)
        }
        if disputed {
            out.append(literal: "<br>")
            out.appendMarkdownItalic(BriefingPhrases.sourcesDisagree(in: language))
        }
    }

    /// `[3] *Title* — Publisher, 2021-03-16 (da); locator; <url>`, the source's pieces (before and after the locator)
    /// escaped once per table (see `EscapedSources`).
    func write(_ footnote: Footnote, sources: inout EscapedSources, language: String, to out: OutputBuffer) {
        out.append(byte: UInt8(ascii: "["))
        out.append(decimal: footnote.number)
        out.append(byte: UInt8(ascii: "]"))
        let lookup = sources.find(footnote.source)
        if let entry = lookup.entry {
            sources.append(piece: 0, of: entry, to: out)
            writeLocator(footnote.locator, to: out)
            sources.append(piece: 1, of: entry, to: out)
        } else {
            let source = footnote.source
            sources.record(to: out) { writeSourceHead(source, to: out) }
            writeLocator(footnote.locator, to: out)
            sources.record(to: out) { writeSourceTail(source, language: language, to: out) }
            sources.keep(source, lookup)
        }
    }

    /// ` *Title* — Publisher, 2021-03-16 (da), CELEX:32021R0694`: what a footnote shows of its source before the
    /// locator.
    private func writeSourceHead(_ source: Source, to out: OutputBuffer) {
        out.appendMarkdownItalic(source.title, after: " ")
        let publisher = source.publisher
        let published = source.published
        if !publisher.isEmpty || published != nil {
            out.append(literal: " — ")
            out.appendMarkdownInline(publisher)
            if !publisher.isEmpty, published != nil { out.append(literal: ", ") }
            published?.withDescriptionBytes { out.appendMarkdownInline(utf8: $0) }
        }
        let language = source.language
        if !language.isEmpty {
            out.append(literal: " (")
            out.appendMarkdownInline(language)
            out.append(byte: UInt8(ascii: ")"))
        }
        if let identifier = source.identifier, !identifier.isEmpty {
            out.append(literal: ", ")
            out.appendMarkdownInline(identifier)
        }
    }

    /// `; locator`, or nothing when the footnote has none.
    private func writeLocator(_ locator: String?, to out: OutputBuffer) {
        if let locator, !locator.isEmpty {
            out.append(literal: "; ")
            out.appendMarkdownInline(locator)
        }
    }

    /// `; <url>; archived copy: <url>; accessed 2025-01-10; confidence: medium`, each part only when the source has it
    /// (the confidence only below high): what a footnote
    /// shows of its source after the locator, labelled in the table's language.
    private func writeSourceTail(_ source: Source, language: String, to out: OutputBuffer) {
        if let url = source.url, !url.isEmpty {
            out.append(literal: "; ")
            out.appendMarkdownURL(url)
        }
        if let archived = source.archived, !archived.isEmpty {
            out.append(literal: "; ")
            out.appendMarkdownInline(BriefingPhrases.archivedCopy(in: language))
            out.append(literal: ": ")
            out.appendMarkdownURL(archived)
        }
        if let accessed = source.accessed {
            out.append(literal: "; ")
            out.appendMarkdownInline(BriefingPhrases.accessed(in: language))
            out.append(byte: UInt8(ascii: " "))
            accessed.withDescriptionBytes { out.appendMarkdownInline(utf8: $0) }
        }
        if let confidence = BriefingPhrases.confidence(of: source, in: language) {
            out.append(literal: "; ")
            out.appendMarkdownInline(confidence)
        }
    }
}

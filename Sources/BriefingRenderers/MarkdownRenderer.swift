import ComparisonKit

/// GitHub-flavoured Markdown: one file per table, `<viewID>.md`.
///
/// A table file holds a `## title` heading; a table whose header cells are the row heading and each column's
/// `Jurisdiction: Initiative` (GFM has one header row and no column spans, so the jurisdiction is a prefix);
/// one row per dimension, each cell's entries as `text (qualifier) [1, 2]` separated by `<br>`, a disputed cell
/// ending in an italic "sources disagree" line in the table's language and an empty cell shown as `—`; then the
/// footnotes under a bold "Sources" label, one list item per footnote, `- [3] *Title* — Publisher, 2021-03-16 (da);
/// locator; <url>`; then the legend in italics. Markers are plain `[3]`, not GFM footnotes (which do not render
/// inside tables) and not link definitions (which Markdown would swallow). Every value is escaped by
/// `OutputBuffer.appendMarkdownInline` and its neighbours (Output/MarkdownEscaping.swift).
public struct MarkdownRenderer: TableFileRenderer {
    /// Creates the renderer.
    public init() {}

    /// `markdown`.
    public var formatName: String { "markdown" }
    /// `md`.
    public var aliases: [String] { ["md"] }
    /// `md`.
    public var fileExtension: String { "md" }

    /// Streams one table as a Markdown section, ending with a newline.
    public func writeTable(_ table: ComparisonTable, to sink: any RenderSink) {
        let out = OutputBuffer(file: fileName(for: table), in: sink)
        out.append(literal: "## ")
        out.appendMarkdownInline(table.title, headingSafe: true)
        out.append(literal: "\n\n| ")
        out.appendMarkdownInline(table.rowHeading)
        var columnCount = 0
        for group in table.columnGroups {
            for column in group.columns {
                out.append(literal: " | ")
                out.appendMarkdownInline(TableLayout.heading(of: column, in: group))
                columnCount += 1
            }
        }
        out.append(literal: " |\n| ---")
        for _ in 0..<columnCount { out.append(literal: " | ---") }
        out.append(literal: " |\n")
        for row in table.rows {
            out.append(literal: "| ")
            out.appendMarkdownInline(row.label)
            for cell in TableLayout.cells(of: row, columnCount: columnCount) {
                out.append(literal: " | ")
                write(cell, language: table.language, to: out)
            }
            out.append(literal: " |\n")
        }

        if !table.footnotes.isEmpty {
            out.append(literal: "\n**")
            out.append(BriefingPhrases.sources(in: table.language))
            out.append(literal: "**\n\n")
            for footnote in table.footnotes {
                out.append(literal: "- ")
                write(footnote, to: out)
                out.append(byte: UInt8(ascii: "\n"))
            }
        }

        if out.appendMarkdownItalic(table.legend, after: "\n") {
            out.append(byte: UInt8(ascii: "\n"))
        }
        out.finish()
    }

    /// A cell's entries separated by `<br>`, with the disagreement marker; `—` when it has none.
    private func write(_ cell: TableCell, language: String, to out: OutputBuffer) {
        guard !cell.entries.isEmpty else {
            out.append(literal: "—")
            return
        }
        for (index, entry) in cell.entries.enumerated() {
            if index > 0 { out.append(literal: "<br>") }
            write(entry, to: out)
        }
        if cell.state == .disputed {
            out.append(literal: "<br>")
            out.appendMarkdownItalic(BriefingPhrases.sourcesDisagree(in: language))
        }
    }

    /// `text (qualifier) [1, 2]`.
    private func write(_ entry: CellEntry, to out: OutputBuffer) {
        out.appendMarkdownInline(entry.text)
        if let qualifier = entry.qualifier, !qualifier.isEmpty {
            out.append(literal: " (")
            out.appendMarkdownInline(qualifier)
            out.append(byte: UInt8(ascii: ")"))
        }
        out.appendMarkers(entry.footnotes)
    }

    /// `[3] *Title* — Publisher, 2021-03-16 (da); locator; <url>`.
    private func write(_ footnote: Footnote, to out: OutputBuffer) {
        let source = footnote.source
        out.append(byte: UInt8(ascii: "["))
        out.append(decimal: footnote.number)
        out.append(byte: UInt8(ascii: "]"))
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
        if let locator = footnote.locator, !locator.isEmpty {
            out.append(literal: "; ")
            out.appendMarkdownInline(locator)
        }
        if let url = source.url, !url.isEmpty {
            out.append(literal: "; ")
            out.appendMarkdownURL(url)
        }
    }
}

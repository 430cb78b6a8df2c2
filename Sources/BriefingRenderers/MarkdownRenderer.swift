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
/// `MarkdownEscaping`.
public struct MarkdownRenderer: BriefingRenderer {
    /// Creates the renderer.
    public init() {}

    /// `markdown`.
    public var formatName: String { "markdown" }
    /// `md`.
    public var aliases: [String] { ["md"] }
    /// `md`.
    public var fileExtension: String { "md" }

    /// One `<viewID>.md` per table, in document order.
    public func render(_ document: BriefingDocument) -> [RenderedFile] {
        document.tables.map { table in
            RenderedFile(relativePath: RenderedFile.fileName(forView: table.viewID, fileExtension: fileExtension),
                         text: renderTable(table))
        }
    }

    /// One table as a Markdown section, ending with a newline.
    public func renderTable(_ table: ComparisonTable) -> String {
        var lines: [String] = []
        lines.append("## " + MarkdownEscaping.inline(table.title, headingSafe: true))
        lines.append("")

        var header = [MarkdownEscaping.inline(table.rowHeading)]
        for group in table.columnGroups {
            for column in group.columns {
                header.append(MarkdownEscaping.inline(TableLayout.heading(of: column, in: group)))
            }
        }
        lines.append(tableLine(header))
        lines.append(tableLine(Array(repeating: "---", count: header.count)))
        let columnCount = header.count - 1
        for row in table.rows {
            let cells = TableLayout.cells(of: row, columnCount: columnCount).map { cell($0, language: table.language) }
            lines.append(tableLine([MarkdownEscaping.inline(row.label)] + cells))
        }

        if !table.footnotes.isEmpty {
            lines.append("")
            lines.append("**" + BriefingPhrases.sources(in: table.language) + "**")
            lines.append("")
            for footnote in table.footnotes {
                lines.append("- " + footnoteText(footnote))
            }
        }

        let legend = MarkdownEscaping.italic(table.legend)
        if !legend.isEmpty {
            lines.append("")
            lines.append(legend)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `| a | b |`.
    private func tableLine(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// A cell's entries separated by `<br>`, with the disagreement marker; `—` when it has none.
    private func cell(_ cell: TableCell, language: String) -> String {
        guard !cell.entries.isEmpty else { return "—" }
        var parts = cell.entries.map(entry)
        if cell.state == .disputed {
            parts.append(MarkdownEscaping.italic(BriefingPhrases.sourcesDisagree(in: language)))
        }
        return parts.joined(separator: "<br>")
    }

    /// `text (qualifier) [1, 2]`.
    private func entry(_ entry: CellEntry) -> String {
        var text = MarkdownEscaping.inline(entry.text)
        if let qualifier = entry.qualifier, !qualifier.isEmpty {
            text += " (" + MarkdownEscaping.inline(qualifier) + ")"
        }
        return text + TableLayout.markers(entry.footnotes)
    }

    /// `[3] *Title* — Publisher, 2021-03-16 (da); locator; <url>`.
    private func footnoteText(_ footnote: Footnote) -> String {
        let source = footnote.source
        var text = "[\(footnote.number)]"
        let title = MarkdownEscaping.italic(source.title)
        if !title.isEmpty { text += " " + title }
        let details = [source.publisher, source.published?.description ?? ""]
            .filter { !$0.isEmpty }
            .map { MarkdownEscaping.inline($0) }
        if !details.isEmpty { text += " — " + details.joined(separator: ", ") }
        if !source.language.isEmpty { text += " (" + MarkdownEscaping.inline(source.language) + ")" }
        if let locator = footnote.locator, !locator.isEmpty { text += "; " + MarkdownEscaping.inline(locator) }
        if let url = source.url, !url.isEmpty { text += "; " + MarkdownEscaping.url(url) }
        return text
    }
}

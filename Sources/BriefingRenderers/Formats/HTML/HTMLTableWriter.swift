import ComparisonKit

/// One comparison table as a semantic HTML `<table>`.
///
/// - `<caption>`: the view's title (visually hidden: the section's heading shows it);
/// - `<thead>`: a first row with the row heading (spanning both rows) and one `<th scope="colgroup">` per
///   jurisdiction, a second row with one `<th scope="col">` per initiative;
/// - `<tbody>`: one row per dimension or theme, its label in `<th scope="row">` and one `<td>` per column.
///
/// A cell's entries are `<span class="entry">`, separated by `<br class="sep">` (the style sheet shows each entry
/// as a block with a little space between, and hides the break; without styles the break separates them), each
/// `text (qualifier)` with superscript links to the merged source numbers. A disputed cell gets the class
/// `disputed` and the words "sources disagree"; unknown, not-applicable and not-recorded cells get their own class
/// (their text already says what they are); an empty cell shows `—`.
struct HTMLTableWriter: Sendable {
    /// The table.
    let table: ComparisonTable
    /// The table's position in the document, for its footnote numbers.
    let index: Int
    /// The document-wide numbering of sources.
    let sources: HTMLSourceList
    /// Soft hyphens for the long words of headings and cells.
    let hyphenation: HTMLHyphenation

    /// The `<table>` element and the legend under it.
    var html: String {
        let columnCount = table.columns.count
        var lines: [String] = []
        let lang = HTMLEscaping.languageTag(table.language).map { " lang=\"\($0)\"" } ?? ""
        lines.append("<div class=\"table-wrap\">")
        lines.append("<table class=\"comparison\"\(lang)>")
        lines.append("<caption class=\"visually-hidden\">" + HTMLEscaping.text(table.title) + "</caption>")
        // One <col> per column, each given its width from the content by the style sheet (HTMLStyleSheet.columnWidths).
        lines.append("<colgroup><col class=\"label-col\">" + String(repeating: "<col>", count: columnCount) + "</colgroup>")
        lines.append("<thead>")
        var groupRow = "<tr><th scope=\"col\" rowspan=\"2\" class=\"corner\">" + words(table.rowHeading) + "</th>"
        var headingRow = "<tr>"
        for group in table.columnGroups where !group.columns.isEmpty {
            groupRow += "<th scope=\"colgroup\" colspan=\"\(group.columns.count)\" class=\"group\">"
                + words(group.label) + "</th>"
            for column in group.columns {
                headingRow += "<th scope=\"col\">" + words(column.heading) + "</th>"
            }
        }
        lines.append(groupRow + "</tr>")
        lines.append(headingRow + "</tr>")
        lines.append("</thead>")
        lines.append("<tbody>")
        for row in table.rows {
            var line = "<tr><th scope=\"row\">" + words(row.label) + "</th>"
            for cell in TableLayout.cells(of: row, columnCount: columnCount) {
                line += self.cell(cell)
            }
            lines.append(line + "</tr>")
        }
        lines.append("</tbody>")
        lines.append("</table>")
        lines.append("</div>")
        let legend = table.legend.trimmingWhitespace()
        if !legend.isEmpty {
            lines.append("<p class=\"legend\">" + HTMLEscaping.text(legend) + "</p>")
        }
        return lines.joined(separator: "\n")
    }

    /// One `<td>`: its entries, the disagreement marker, or `—` when it has none.
    private func cell(_ cell: TableCell) -> String {
        let state = cell.state.rawValue
        guard !cell.entries.isEmpty else {
            return "<td class=\"\(state) empty\">—</td>"
        }
        var parts = cell.entries.map { "<span class=\"entry\">" + entry($0) + "</span>" }
        if cell.state == .disputed {
            parts.append("<span class=\"entry dispute-note\">"
                + HTMLEscaping.text(BriefingPhrases.sourcesDisagree(in: table.language)) + "</span>")
        }
        return "<td class=\"\(state)\">" + parts.joined(separator: "<br class=\"sep\">") + "</td>"
    }

    /// `text (qualifier)` with its source markers; a theme strength starts with its symbol (● or ○).
    private func entry(_ entry: CellEntry) -> String {
        var text = ""
        if case .themeStrength(let strength)? = entry.data {
            text += "<span class=\"strength-mark\" aria-hidden=\"true\">\(ThemeHeatMap.symbol(strength))</span> "
        }
        if let shownIn = entry.language, let tag = HTMLEscaping.languageTag(shownIn) {
            // Text the plugin does not give in the reader's language: its own language, for hyphenation and speech.
            text += "<span lang=\"\(tag)\">" + words(entry.text, in: shownIn) + "</span>"
        } else {
            text += words(entry.text)
        }
        if let qualifier = entry.qualifier, !qualifier.isEmpty {
            text += " <span class=\"qualifier\">(" + words(qualifier) + ")</span>"
        }
        return text + sources.markers(entry.footnotes, table: index)
    }

    /// The value escaped, with soft hyphens in its long words by the patterns of `language` (the table's when nil).
    private func words(_ value: String, in language: String? = nil) -> String {
        hyphenation.text(value, language: language ?? table.language)
    }
}

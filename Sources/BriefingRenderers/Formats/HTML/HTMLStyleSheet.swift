import ComparisonKit

/// The inline style sheet of an HTML briefing: the system's own sans-serif face, dark text on white, tables that
/// fill the width, states marked in words and by style, charts in the same colours, and a print layout for A4
/// landscape with repeated table headers, no chart split across pages, page numbers and the running title. It loads
/// nothing.
///
/// Text in tables breaks at the language's hyphenation points (`hyphens: auto`, with the table's `lang`), and a
/// token longer than its column wraps at any character (`overflow-wrap: anywhere`) instead of widening the page;
/// the columns' widths come from their content, shared so that the table is as short as it can be in print
/// (`CompactColumnWidths`, as rules for each section's table in `columnWidths(_:)`), each column keeping room for its
/// longest word, an amount or a date joined by no-break spaces among them, where the line allows. On a phone, titles wrap, tables keep a readable width per column and scroll sideways,
/// and charts keep a readable size in a box that scrolls sideways.
enum HTMLStyleSheet {
    /// The CSS, without `<style>` tags.
    static let css = """
    :root { color-scheme: light; }
    html { background: #fff; }
    body { margin: 0 auto; max-width: 1500px; padding: 24px 32px 48px; color: #1a1a1a; background: #fff;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif;
      font-size: 15px; line-height: 1.45; }
    h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 4px; color: #14284b; }
    h1, h2, .subtitle, .provenance, figcaption { overflow-wrap: anywhere; hyphens: auto; }
    h2 { font-size: 1.3rem; margin: 0 0 12px; color: #14284b; border-bottom: 2px solid #14284b; padding-bottom: 4px; }
    a { color: #0b4f8a; }
    .title-block { border-bottom: 1px solid #c8ced6; padding-bottom: 12px; margin-bottom: 16px; }
    .subtitle { font-size: 1.1rem; margin: 0 0 10px; color: #333; }
    .marking { margin: 0 0 6px; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; color: #8a1c1c; }
    .author { margin: 0 0 10px; font-weight: 600; }
    .provenance { display: flex; flex-wrap: wrap; gap: 4px 28px; margin: 0; font-size: 0.85rem; color: #444; }
    .provenance div { display: flex; gap: 6px; }
    .provenance dt { font-weight: 600; }
    .provenance dd { margin: 0; }
    .provenance code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; }
    nav.contents { font-size: 0.9rem; margin-bottom: 20px; }
    nav.contents h2 { font-size: 0.95rem; border: 0; margin: 0 0 2px; padding: 0; }
    nav.contents ol { margin: 0; padding-left: 20px; columns: 2; max-width: 640px; }
    section.view { margin: 0 0 36px; }
    .table-wrap { overflow-x: auto; }
    table.comparison { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 0.86rem; }
    table.comparison th, table.comparison td { border: 1px solid #c8ced6; padding: 6px 7px; vertical-align: top;
      text-align: left; overflow-wrap: anywhere; hyphens: auto; }
    table.comparison thead th { background: #e8edf3; color: #14284b; font-weight: 600; }
    table.comparison thead th.group { background: #14284b; color: #fff; text-align: center; }
    table.comparison thead th.corner { vertical-align: bottom; }
    table.comparison tbody th { background: #f4f6f9; font-weight: 600; }
    td .entry { display: block; }
    td br.sep { display: none; }
    td br.sep + .entry { margin-top: 5px; }
    td.unknown, td.not-applicable { color: #4d4d4d; font-style: italic; }
    td.not-recorded { color: #555; font-style: italic; background: #f2f2f2; }
    td.empty { color: #767676; text-align: center; }
    td.disputed { background: #fff4e0; border-left: 4px double #9a4a00; }
    td .dispute-note { font-weight: 600; font-style: italic; color: #7a3a00; }
    td .dispute-note::before { content: "⚠ "; }
    .qualifier { color: #444; }
    .strength-mark { color: #14284b; }
    sup.fn { font-size: 0.72em; line-height: 0; white-space: nowrap; }
    sup.fn::before { content: "["; }
    sup.fn::after { content: "]"; }
    sup.fn a { text-decoration: none; }
    .fn-missing { color: #9a0000; }
    .legend { font-size: 0.82rem; color: #444; font-style: italic; margin: 6px 0 0; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
      white-space: nowrap; margin: -1px; padding: 0; border: 0; }
    figure.chart-figure { margin: 0 0 18px; padding: 12px 14px; border: 1px solid #dde2e8; background: #fff;
      width: fit-content; max-width: 100%; box-sizing: border-box; }
    figure.chart-figure figcaption { font-size: 0.86rem; color: #333; margin-bottom: 8px; max-width: 960px; }
    .chart-title { display: block; font-size: 1rem; color: #14284b; }
    svg.chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
    svg.chart text { font-size: 12px; fill: #1a1a1a; }
    svg.chart .col-label { font-size: 11px; }
    svg.chart .group-label { font-weight: 600; fill: #14284b; }
    svg.chart .tick-label, svg.chart .value-label { font-size: 11px; fill: #333; }
    svg.chart .axis-label, svg.chart .period-text { font-size: 11px; fill: #444; }
    svg.chart .rule, svg.chart .axis { stroke: #555; stroke-width: 1; }
    svg.chart .grid { stroke: #d9dde3; stroke-width: 1; }
    svg.chart .heat-primary { fill: #14284b; }
    svg.chart .heat-secondary { fill: #9fbfe0; }
    svg.chart .heat-none { fill: #f5f6f8; stroke: #dde2e8; }
    svg.chart .symbol { font-size: 15px; }
    svg.chart .heat-primary-mark { fill: #fff; }
    svg.chart .heat-secondary-mark { fill: #14284b; }
    svg.chart .bar-proposed { fill: #e6e6e6; stroke: #4d4d4d; stroke-width: 1; stroke-dasharray: 3 2; }
    svg.chart .bar-adopted { fill: #14284b; }
    svg.chart .bar-amended { fill: #b85c1e; }
    svg.chart .bar-stated { fill: #5b7fa6; }
    svg.chart .bar-estimated { fill: #f2f2f2; stroke: #5b7fa6; stroke-width: 1.5; }
    svg.chart .bar-alt { fill-opacity: 0.55; stroke: #1a1a1a; stroke-width: 1; }
    svg.chart .lane { fill: #f4f6f9; }
    svg.chart .period { fill: #14284b; }
    svg.chart .period-unknown { fill: none; stroke: #14284b; stroke-width: 1; stroke-dasharray: 3 2; }
    svg.chart .unknown-mark { font-weight: 700; font-size: 14px; fill: #14284b; }
    .sources ol { padding-left: 2.4em; font-size: 0.86rem; }
    .sources li { margin-bottom: 4px; overflow-wrap: anywhere; }
    .sources .url { overflow-wrap: anywhere; }
    @media (max-width: 760px) {
      body { padding: 12px 12px 32px; }
      h1 { font-size: 1.3rem; }
      figure.chart-figure { overflow-x: auto; max-width: 100%; }
      svg.chart { max-width: none; width: 720px; }
    }
    @page { size: A4 landscape; margin: 12mm 10mm 12mm;
      @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #444; } }
    @media print {
      body { max-width: none; padding: 0; font-size: 8.5pt; }
      nav.contents { display: none; }
      a { color: inherit; text-decoration: none; }
      h1 { font-size: 16pt; }
      .subtitle { font-size: 10pt; margin-bottom: 4px; }
      .provenance { font-size: 8pt; }
      h2 { font-size: 12pt; margin-bottom: 6px; padding-bottom: 2px; break-after: avoid; }
      .title-block { padding-bottom: 6px; margin-bottom: 8px; }
      section.view { margin-bottom: 10px; }
      .table-wrap { overflow: visible; }
      .key-findings details { display: none; }
      table.comparison { font-size: 7pt; line-height: 1.1; }
      table.comparison { min-width: 0 !important; }
      table.comparison th, table.comparison td { padding: 1px 3px; }
      td br.sep + .entry { margin-top: 2px; }
      figure.chart-figure { display: flex; align-items: flex-start; gap: 6mm; width: auto; max-width: none;
        margin-bottom: 8px; }
      figure.chart-figure figcaption { flex: 1 1 0; max-width: none; margin: 0; font-size: 8pt; }
      .chart-title { font-size: 10pt; }
      svg.chart { flex: none; max-width: 190mm; max-height: 125mm; width: auto; height: auto; }
      .legend { font-size: 7.5pt; margin-top: 3px; break-before: avoid; }
      .sources ol { font-size: 7pt; line-height: 1.1; columns: 3; column-gap: 6mm; }
      .sources li { margin-bottom: 1px; }
      thead { display: table-header-group; }
      thead tr { break-inside: avoid; }
      table.comparison tbody tr:first-child { break-before: avoid; }
      figure.chart-figure { break-inside: avoid; page-break-inside: avoid; border: 0; padding: 0; }
      td.disputed, td.not-recorded, table.comparison thead th, table.comparison tbody th, svg.chart {
        print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    }
    """

    /// How many characters of table text a line of a table holds: A4 landscape less 10 mm margins is 277 mm, and
    /// the system's sans-serif (DejaVu Sans where nothing else is installed) sets about 3.55 pt a character at 7 pt.
    static let lineLength = 220

    /// The widest a table's minimum width on screen is, in ems of its text: `lineLength` characters at about 0.55 em
    /// each, so that a table on screen is never narrower, for its text, than the line its column widths were computed
    /// for (narrower, a column's longest word, such as "Dimension" in bold, no longer fits and breaks mid-letter).
    static let widestMinimum = Int((Double(lineLength) * 0.55).rounded())

    /// How many lines of table text a printed page holds: 186 mm at 7 pt with a line height of 1.1 and the cells'
    /// padding, less the header rows.
    static let linesPerPage = 60

    /// Each table's column widths, the ones that make it shortest in print (`CompactColumnWidths`), as rules on the
    /// table of its section (`#view-N`), and a minimum width below which the table scrolls sideways rather than
    /// squeeze its words (on a phone): about the characters the widths are computed for, less for a table of few
    /// columns.
    static func columnWidths(_ tables: [ComparisonTable]) -> String {
        var rules: [String] = []
        for (index, table) in tables.enumerated() {
            let section = "#" + HTMLRenderer.sectionID(index) + " "
            rules.append(section + "table.comparison { min-width: \(min(widestMinimum, (table.columns.count + 1) * 12))em; }")
            let shares = CompactColumnWidths.shares(of: table, lineLength: lineLength, linesPerPage: linesPerPage)
            for (column, share) in shares.enumerated() {
                rules.append(section + "col:nth-child(\(column + 1)) { width: \(percent(share))%; }")
            }
        }
        return rules.joined(separator: "\n")
    }

    /// A share of `ColumnWidths.whole` as a percentage with two decimals, "12.34".
    static func percent(_ share: Int) -> String {
        let hundredths = share % 100
        return "\(share / 100)." + (hundredths < 10 ? "0" : "") + "\(hundredths)"
    }

    /// The `@page` rule that prints the document's title at the top left of every page and the marking, when there
    /// is one (one line, see `BriefingDocument.runningMarking`), at the top right in the title block's bold red
    /// capitals, each as a CSS string (escaped so that no title or marking can end the string or the style element).
    static func runningTitle(_ title: String, marking: String = "") -> String {
        var rule = "@page { @top-left { content: \"" + cssString(title) + "\"; font-size: 8pt; color: #444; } "
        if !marking.isEmpty {
            rule += "@top-right { content: \"" + cssString(marking) + "\"; font-size: 8pt; font-weight: 700; "
                + "text-transform: uppercase; color: #8a1c1c; } "
        }
        return rule + "}"
    }

    /// The contents of a CSS string for `text`: backslash, quotes, angle brackets, ampersand and control characters
    /// as hexadecimal escapes.
    static func cssString(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "\"", "<", ">", "&": escaped += "\\" + String(scalar.value, radix: 16) + " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: escaped += "\\" + String(scalar.value, radix: 16) + " "
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}

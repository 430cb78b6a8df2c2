/// The inline style sheet of an HTML briefing: the system's own sans-serif face, dark text on white, tables that
/// fill the width with fixed columns, states marked in words and by style, charts in the same colours, and a print
/// layout for A4 landscape with repeated table headers and no chart split across pages. It loads nothing.
enum HTMLStyleSheet {
    /// The CSS, without `<style>` tags.
    static let css = """
    :root { color-scheme: light; }
    html { background: #fff; }
    body { margin: 0 auto; max-width: 1500px; padding: 24px 32px 48px; color: #1a1a1a; background: #fff;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif;
      font-size: 15px; line-height: 1.45; }
    h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 4px; color: #14284b; }
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
    table.comparison { width: 100%; border-collapse: collapse; font-size: 0.86rem; }
    table.comparison col.label-col { width: 11em; }
    table.comparison thead th[scope="col"] { min-width: 8em; }
    table.comparison th, table.comparison td { border: 1px solid #c8ced6; padding: 6px 7px; vertical-align: top;
      text-align: left; overflow-wrap: break-word; hyphens: manual; }
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
    .sources li { margin-bottom: 4px; }
    .sources .url { overflow-wrap: anywhere; }
    @page { size: A4 landscape; margin: 12mm 12mm 14mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 9.5pt; }
      nav.contents { display: none; }
      a { color: inherit; text-decoration: none; }
      h2 { break-after: avoid; }
      section.view + section.view, section.sources { break-before: page; }
      .table-wrap { overflow: visible; }
      figure.chart-figure + .table-wrap { break-before: page; }
      table.comparison caption.visually-hidden { position: static; width: auto; height: auto; overflow: visible;
        clip: auto; white-space: normal; margin: 0 0 4px; text-align: left; font-weight: 600; color: #14284b; }
      table.comparison { font-size: 8.5pt; }
      thead { display: table-header-group; }
      tr, th, td { break-inside: avoid; }
      figure.chart-figure { break-inside: avoid; page-break-inside: avoid; border: 0; padding: 0; }
      td.disputed, td.not-recorded, table.comparison thead th, table.comparison tbody th, svg.chart {
        print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    }
    """
}

import ComparisonKit
import Hyphenation

/// A self-contained HTML briefing: one file per run, `briefing.html`, that can be mailed as an attachment.
///
/// The page holds, in order: a title block (the marking, title, subtitle, author or office, the newest source's
/// date, the tool version, the first 12 hex digits of the configuration digest with the full digest in a `title` attribute, and the run
/// time only when the document has one); a short table of contents; one `<section>` per table with its charts
/// and a semantic `<table>` (see `HTMLTableWriter`); and one numbered list of sources for the whole document, the
/// tables' footnotes merged and their markers renumbered (see `HTMLSourceList`).
///
/// Charts are inline SVG drawn here, each with an accessible title and description and a visible caption, placed
/// before the table they come from: the periods' timeline (from `CellData.period`), the theme-coverage heat map
/// (from `CellData.themeStrength`) and a budget breakdown's bars (from `CellData.money` lines with a component), one
/// chart per price basis, so that figures on different bases never share an axis.
/// A chart whose data is not in the tables is left out.
///
/// The style sheet is inline and the page has no scripts, no external fonts or images and a Content Security
/// Policy that forbids loading anything, so opening it requests nothing. Every value is escaped by `HTMLEscaping`.
/// With hyphenation dictionaries, the tables' long words carry soft hyphens at their language's hyphenation points
/// (`HTMLHyphenation`).
package struct HTMLRenderer: BriefingRenderer {
    /// The dictionaries the tables' words are hyphenated with; nil for none.
    let hyphenation: HyphenationDictionaries?

    /// Creates the renderer; with `hyphenation`, the tables' long words get soft hyphens from its dictionaries.
    package init(hyphenation: HyphenationDictionaries? = nil) {
        self.hyphenation = hyphenation
    }

    /// `html`.
    package var formatName: String { "html" }
    /// None.
    package var aliases: [String] { [] }
    /// `html`.
    package var fileExtension: String { "html" }

    /// The name of the one file a run writes.
    static let fileName = "briefing.html"

    /// One `briefing.html` with every table of the document.
    package func render(_ document: BriefingDocument) -> [RenderedFile] {
        [RenderedFile(relativePath: Self.fileName, text: renderDocument(document))]
    }

    /// The whole page, ending with a newline.
    func renderDocument(_ document: BriefingDocument) -> String {
        let language = document.language
        let sources = HTMLSourceList(tables: document.tablesWithFindingsSources)
        var lines: [String] = [
            "<!DOCTYPE html>",
            "<html lang=\"\(HTMLEscaping.languageTag(language) ?? "und")\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"referrer\" content=\"no-referrer\">",
            "<meta name=\"generator\" content=\"nordic-compare " + HTMLEscaping.attribute(document.provenance.toolVersion) + "\">",
            "<title>" + HTMLEscaping.line(document.title) + "</title>",
            "<style>",
            HTMLStyleSheet.css,
            HTMLStyleSheet.runningTitle(document.title, marking: document.runningMarking),
            HTMLStyleSheet.columnWidths(document.tables),
            "</style>",
            "</head>",
            "<body>",
        ]
        lines.append(titleBlock(document))
        let contents = contents(document, hasSources: !sources.footnotes.isEmpty)
        if !contents.isEmpty { lines.append(contents) }
        lines.append("<main>")
        if let findings = document.findings, !findings.findings.isEmpty {
            lines.append(keyFindings(findings, sources: sources, index: document.tables.count, language: language))
        }
        var chartNumber = 0
        for (index, table) in document.tables.enumerated() {
            lines.append("<section class=\"view\" id=\"\(Self.sectionID(index))\">")
            lines.append("<h2>" + HTMLEscaping.text(table.title) + "</h2>")
            for chart in charts(for: table, number: &chartNumber) {
                lines.append(chart.html)
            }
            lines.append(HTMLTableWriter(table: table, index: index, sources: sources,
                                         hyphenation: HTMLHyphenation(dictionaries: hyphenation)).html)
            lines.append("</section>")
        }
        let sourceList = sources.html(language: language)
        if !sourceList.isEmpty { lines.append(sourceList) }
        lines += ["</main>", "</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The id of a table's section: `view-1`, `view-2`, … (view ids are the plugin author's text).
    static func sectionID(_ index: Int) -> String { "view-\(index + 1)" }

    /// The charts drawn from a table, in reading order: timeline, heat map, budget bars.
    private func charts(for table: ComparisonTable, number: inout Int) -> [HTMLChart] {
        var makers: [@Sendable (String) -> HTMLChart?] = [
            { PeriodTimeline(table: table, id: $0).chart() },
            { ThemeHeatMap(table: table, id: $0).chart() },
        ]
        for data in BudgetChartData.all(in: table) {
            makers.append { BudgetBarChart(data: data, language: table.language, id: $0).chart() }
        }
        var charts: [HTMLChart] = []
        for make in makers {
            if let chart = make("chart-\(number + 1)") {
                number += 1
                charts.append(chart)
            }
        }
        return charts
    }

    /// The title, subtitle and provenance.
    private func titleBlock(_ document: BriefingDocument) -> String {
        let language = document.language
        let provenance = document.provenance
        var lines = ["<header class=\"title-block\">"]
        let marking = document.marking.trimmingWhitespace()
        if !marking.isEmpty { lines.append("<p class=\"marking\">" + HTMLEscaping.text(marking) + "</p>") }
        lines.append("<h1>" + HTMLEscaping.text(document.title) + "</h1>")
        let subtitle = document.subtitle.trimmingWhitespace()
        if !subtitle.isEmpty { lines.append("<p class=\"subtitle\">" + HTMLEscaping.text(subtitle) + "</p>") }
        let author = document.author.trimmingWhitespace()
        if !author.isEmpty { lines.append("<p class=\"author\">" + HTMLEscaping.text(author) + "</p>") }
        var facts: [(String, String)] = []
        if let newest = provenance.newestSourceDate {
            let shown = BriefingPhrases.date(newest, in: language)
            facts.append((BriefingPhrases.newestSource(in: language),
                          "<time datetime=\"\(newest)\">" + HTMLEscaping.text(shown) + "</time>"))
        }
        if !provenance.toolVersion.isEmpty {
            facts.append((BriefingPhrases.toolVersion(in: language),
                          "nordic-compare " + HTMLEscaping.text(provenance.toolVersion)))
        }
        let digest = provenance.configurationDigest.trimmingWhitespace()
        if !digest.isEmpty {
            let short = String(digest.prefix(12))
            facts.append((BriefingPhrases.configuration(in: language),
                          "<code title=\"" + HTMLEscaping.attribute(digest) + "\">" + HTMLEscaping.line(short) + "</code>"))
        }
        if let generated = provenance.generatedAt, !generated.isEmpty {
            facts.append((BriefingPhrases.generated(in: language), HTMLEscaping.text(generated)))
        }
        if !facts.isEmpty {
            lines.append("<dl class=\"provenance\">")
            for (label, value) in facts {
                lines.append("<div><dt>" + HTMLEscaping.text(label) + "</dt><dd>" + value + "</dd></div>")
            }
            lines.append("</dl>")
        }
        lines.append("</header>")
        return lines.joined(separator: "\n")
    }

    /// The key findings the briefing opens with: one numbered sentence each, its sources as markers, and the cells it
    /// rests on in a `<details>` a reader can open; then the legend.
    private func keyFindings(_ findings: FindingsReport, sources: HTMLSourceList, index: Int,
                             language: String) -> String {
        let hyphenation = HTMLHyphenation(dictionaries: hyphenation)
        let words = { (value: String) in hyphenation.text(value, language: language) }
        var lines = ["<section class=\"key-findings\" id=\"key-findings\">",
                     "<h2>" + HTMLEscaping.text(findings.title) + "</h2>",
                     "<p class=\"selection\">" + HTMLEscaping.text(findings.selectionLine) + "</p>",
                     "<ol>"]
        for finding in findings.findings {
            var item = "<li>" + words(finding.text) + sources.markers(finding.footnotes, table: index)
            if !finding.basis.isEmpty {
                let cells = finding.basis.map { cell in
                    words(cell.rowLabel + " › " + cell.initiativeName + ": " + cell.value)
                        + sources.markers(cell.footnotes, table: index)
                }
                item += "<details><summary>" + HTMLEscaping.text(findings.restsOnLabel) + "</summary>"
                    + cells.joined(separator: "; ") + "</details>"
            }
            lines.append(item + "</li>")
        }
        lines.append("</ol>")
        if !findings.legend.isEmpty { lines.append("<p class=\"legend\">" + words(findings.legend) + "</p>") }
        lines.append("</section>")
        return lines.joined(separator: "\n")
    }

    /// Links to the sections and the sources.
    private func contents(_ document: BriefingDocument, hasSources: Bool) -> String {
        let language = document.language
        var items = document.tables.enumerated().map { index, table in
            "<li><a href=\"#\(Self.sectionID(index))\">" + HTMLEscaping.text(table.title) + "</a></li>"
        }
        if let findings = document.findings, !findings.findings.isEmpty {
            items.insert("<li><a href=\"#key-findings\">" + HTMLEscaping.text(findings.title) + "</a></li>", at: 0)
        }
        if hasSources {
            items.append("<li><a href=\"#sources\">" + HTMLEscaping.text(BriefingPhrases.sources(in: language)) + "</a></li>")
        }
        guard !items.isEmpty else { return "" }
        return (["<nav class=\"contents\">", "<h2>" + HTMLEscaping.text(BriefingPhrases.contents(in: language)) + "</h2>", "<ol>"]
            + items + ["</ol>", "</nav>"]).joined(separator: "\n")
    }
}

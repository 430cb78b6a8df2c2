import ComparisonKit

/// LaTeX for pdflatex: by default one standalone document per run, or, as format `latex-fragment`, one table
/// per view to `\input` into a paper.
///
/// The standalone document, `briefing.tex`, is an A4 landscape `article` (`T1` fonts, UTF-8 input, Latin
/// Modern, babel in the document's language as its language file names it: `english`, `norsk`, `danish`, `swedish`;
/// with `array`, `booktabs` and `longtable`). It opens with a title block (the title, the subtitle, then the
/// newest source's date, the tool version, the configuration digest and, only when the run asked for one, the
/// time it was generated), then one table per view, one after another, its title in large bold type as the first
/// line of the table's first head and its legend in the table's last foot (so neither is ever alone on a page), in the largest type at which every column's longest word fits across the
/// page (see `LaTeXTable`), and ends with every table's sources as one numbered list: the tables' footnotes are
/// merged into one numbering, deduplicated by source and locator, and the markers rewritten to match (see
/// `LaTeXSourceList`). Every page carries the title at the top and its number (`myheadings`).
/// Compile it twice: longtable settles its column widths on the second pass.
///
/// A fragment, `<viewID>.tex`, holds only the table as `longtable`s with the table's own footnote numbers, its
/// legend and its sources as a short list below it, in a group that sets the type as large as lets every column's
/// longest word fit across a portrait article's text block, and narrower column padding. A table of more than four
/// initiatives is cut into slices of consecutive columns stacked one under the other (`LaTeXPortraitSlices`), each
/// with the row labels. The paper that inputs it needs `\usepackage[T1]{fontenc}`,
/// `\usepackage{array,booktabs,longtable}` and a one-column page (longtable does not work in two-column mode).
///
/// Every value is escaped by `LaTeXEscaping`, which also keeps every character pdflatex cannot set (emoji, CJK,
/// right-to-left scripts, controls, bidirectional overrides) out of the file, as a visible `[U+XXXX]`.
package struct LaTeXRenderer: BriefingRenderer {
    /// Whether this renderer writes fragments (one bare table per view) instead of one standalone document.
    let fragment: Bool

    /// Creates the renderer: a standalone document, or fragments when `fragment` is true.
    package init(fragment: Bool = false) {
        self.fragment = fragment
    }

    /// `latex`, or `latex-fragment`.
    package var formatName: String { fragment ? "latex-fragment" : "latex" }
    /// `tex` for the standalone document; none for fragments.
    package var aliases: [String] { fragment ? [] : ["tex"] }
    /// `tex`.
    package var fileExtension: String { "tex" }

    /// The standalone document's file name.
    static let documentFileName = "briefing.tex"

    /// `briefing.tex`, or one `<viewID>.tex` per table in document order. Both formats write into the same
    /// folder, so a view whose file would be `briefing.tex` gets `view-briefing.tex` as a fragment.
    package func render(_ document: BriefingDocument) -> [RenderedFile] {
        if fragment {
            return document.tables.map { table in
                let name = RenderedFile.fileName(forView: table.viewID, fileExtension: fileExtension)
                return RenderedFile(relativePath: name == Self.documentFileName ? "view-" + name : name,
                                    text: renderFragment(table))
            }
        }
        return [RenderedFile(relativePath: Self.documentFileName, text: renderDocument(document))]
    }

    /// The babel option for a language code, from its language file (`babel`): `english`, `norsk`, `danish`,
    /// `swedish`; English's for a language the tool has no file for.
    package static func babelLanguage(for language: String) -> String {
        BriefingPhrases.words(language).babel
    }

    /// What `\markright` gets: the title on one line, then, when the configuration gives a marking, `\hfill` and the
    /// marking upright in bold capitals, a quad from the page number; each escaped as every value is.
    static func runningHead(_ document: BriefingDocument) -> String {
        let title = LaTeXEscaping.text(PlainText.lines(document.title).map { String($0) }.joined(separator: " "))
        let marking = document.runningMarking
        guard !marking.isEmpty else { return title }
        return title + "\\hfill{\\upshape\\bfseries\\MakeUppercase{" + LaTeXEscaping.text(marking) + "}}\\quad"
    }

    /// The standalone document, ending with a newline.
    func renderDocument(_ document: BriefingDocument) -> String {
        let sources = LaTeXSourceList(merging: document.tablesWithFindingsSources)
        var lines = [
            "% Written by nordic-compare. Compile twice with pdflatex: longtable settles its columns on the second"
                + " pass.",
            "\\documentclass[10pt]{article}",
            "\\usepackage[T1]{fontenc}",
            "\\usepackage[utf8]{inputenc}",
            "\\usepackage{lmodern}",
            "\\usepackage[" + Self.babelLanguage(for: document.language) + "]{babel}",
            "\\usepackage[a4paper,landscape,margin=15mm]{geometry}",
            "\\usepackage{array}",
            "\\usepackage{booktabs}",
            "\\usepackage{longtable}",
            "\\setlength{\\parindent}{0pt}",
            // The title at the top of every page and the page number at its right (the kernel's myheadings), with
            // the marking, when there is one, in bold capitals pushed right before the page number.
            "\\pagestyle{myheadings}",
            "\\markright{" + Self.runningHead(document) + "}",
            "\\begin{document}",
        ]
        lines += titleBlock(document)
        if let findings = document.findings, !findings.findings.isEmpty {
            // The key findings open the briefing: one numbered sentence each with its sources' numbers.
            lines.append("")
            lines.append("\\section*{" + LaTeXEscaping.text(findings.title) + "}")
            lines.append(LaTeXEscaping.text(findings.selectionLine))
            lines.append("\\begin{enumerate}")
            for finding in findings.findings {
                lines.append("\\item " + LaTeXEscaping.text(finding.text)
                             + sources.marker(finding.footnotes, tableIndex: document.tables.count))
            }
            lines.append("\\end{enumerate}")
            if !findings.legend.isEmpty { lines.append("{\\small\\itshape " + LaTeXEscaping.text(findings.legend) + "\\par}") }
        }
        for (index, table) in document.tables.enumerated() {
            lines.append("")
            let size = LaTeXTable.size(of: table, portrait: false)
            lines.append("\\begingroup" + size.command)
            // The view's title is the first line of the table's first head, so that it never ends a page alone.
            lines += LaTeXTable(table: table, sources: sources, tableIndex: index)
                .lines(lineLength: size.lineLength, title: table.title)
            lines.append("\\endgroup")
        }
        if !sources.items.isEmpty {
            lines.append("")
            lines.append("\\section*{" + LaTeXEscaping.text(BriefingPhrases.sources(in: document.language)) + "}")
            lines.append("\\begingroup\\small")
            lines += sources.lines(language: document.language)
            lines.append("\\endgroup")
        }
        lines.append("\\end{document}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One table as a fragment to `\input`, ending with a newline.
    package func renderFragment(_ table: ComparisonTable) -> String {
        let sources = LaTeXSourceList(table: table)
        var lines = [
            "% Written by nordic-compare: one table to \\input into a document that loads",
            "% \\usepackage[T1]{fontenc} and \\usepackage{array,booktabs,longtable}.",
        ]
        // A paper's text block is a portrait one: a wide table is cut into slices of a few columns each, stacked,
        // all set in one type size, the largest that lets every slice's longest words fit.
        let slices = LaTeXPortraitSlices.slices(of: table)
        let size = slices.map { LaTeXTable.size(of: $0, portrait: true) }.min { $0.lineLength < $1.lineLength }
            ?? LaTeXTable.size(of: table, portrait: true)
        lines.append("\\begingroup" + size.command + "\\setlength{\\tabcolsep}{4pt}")
        for (index, slice) in slices.enumerated() {
            if index > 0 { lines.append("\\par\\medskip") }
            lines += LaTeXTable(table: slice, sources: sources, tableIndex: 0).lines(lineLength: size.lineLength)
        }
        if !sources.items.isEmpty {
            // Ragged right: a long name in another language than the paper's, which its hyphenation does not know,
            // would otherwise run past the margin of a justified line.
            lines.append("\\par\\medskip\\raggedright")
            lines.append("\\textbf{" + LaTeXEscaping.text(BriefingPhrases.sources(in: table.language)) + "}")
            lines += sources.lines(language: table.language)
        }
        lines.append("\\endgroup")
        return lines.joined(separator: "\n") + "\n"
    }


    /// The centred title block: marking, title, subtitle, author or office, provenance line.
    private func titleBlock(_ document: BriefingDocument) -> [String] {
        let language = document.language
        let provenance = document.provenance
        var facts: [String] = []
        if let newest = provenance.newestSourceDate {
            facts.append(LaTeXEscaping.text(BriefingPhrases.newestSource(in: language) + ": "
                                            + BriefingPhrases.date(newest, in: language)))
        }
        if !provenance.toolVersion.isEmpty {
            facts.append(LaTeXEscaping.text(BriefingPhrases.toolVersion(in: language) + ": nordic-compare "
                + provenance.toolVersion))
        }
        if !provenance.configurationDigest.isEmpty {
            facts.append(LaTeXEscaping.text(BriefingPhrases.configuration(in: language) + ": "
                + provenance.configurationDigest))
        }
        if let generatedAt = provenance.generatedAt, !generatedAt.isEmpty {
            facts.append(LaTeXEscaping.text(BriefingPhrases.generated(in: language) + ": " + generatedAt))
        }
        var lines = ["\\begin{center}"]
        if !document.marking.trimmingWhitespace().isEmpty {
            lines.append("{\\bfseries\\MakeUppercase{" + LaTeXEscaping.text(document.marking) + "}\\par}\\medskip")
        }
        if !document.title.trimmingWhitespace().isEmpty {
            lines.append("{\\LARGE\\bfseries " + LaTeXEscaping.text(document.title) + "\\par}")
        }
        if !document.subtitle.trimmingWhitespace().isEmpty {
            lines.append("\\medskip{\\large " + LaTeXEscaping.text(document.subtitle) + "\\par}")
        }
        if !document.author.trimmingWhitespace().isEmpty {
            lines.append("\\medskip{\\large\\bfseries " + LaTeXEscaping.text(document.author) + "\\par}")
        }
        if !facts.isEmpty {
            lines.append("\\medskip{\\small " + facts.joined(separator: "\\quad ") + "\\par}")
        }
        lines.append("\\end{center}")
        return lines
    }
}

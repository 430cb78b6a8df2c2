import ComparisonKit

/// Findings as Markdown, `findings.md`: a `## title` heading, the selection, then a numbered list with one finding
/// per item, `statement [1, 2]`, and under it a "Rests on" line naming each cell (row, initiative, value and its
/// footnotes); then the sources and the legend, as a table file writes them. A briefing's key findings
/// (`key-findings.md`) leave the "Rests on" lines out, so that the section stays a few sentences long whatever the
/// number of initiatives.
extension MarkdownRenderer {
    /// Streams the findings file.
    package func writeFindings(_ findings: FindingsReport, to sink: any RenderSink) {
        let out = OutputBuffer(file: fileName(for: findings), in: sink)
        let language = findings.language
        out.append(literal: "## ")
        out.appendMarkdownInline(findings.title, headingSafe: true)
        out.append(literal: "\n\n")
        out.appendMarkdownInline(findings.selectionLine)
        out.append(literal: "\n")
        if let against = findings.againstLine {
            out.append(literal: "\n")
            out.appendMarkdownInline(against)
            out.append(literal: "\n")
        }
        out.append(literal: "\n")
        for (index, finding) in findings.findings.enumerated() {
            out.append(decimal: index + 1)
            out.append(literal: ". ")
            out.appendMarkdownInline(finding.text)
            out.appendMarkers(finding.footnotes)
            out.append(literal: "\n")
            // A briefing's key findings stay short: their sources' numbers, and the cells each rests on in the JSON
            // and in `nordic-compare findings`.
            guard !finding.basis.isEmpty, !findings.isKey else { continue }
            out.append(literal: "   - ")
            out.appendMarkdownInline(findings.restsOnLabel)
            out.append(literal: ": ")
            for (position, cell) in finding.basis.enumerated() {
                if position > 0 { out.append(literal: "; ") }
                out.appendMarkdownInline(cell.rowLabel)
                out.append(literal: " › ")
                out.appendMarkdownInline(cell.initiativeName)
                out.append(literal: ": ")
                out.appendMarkdownInline(cell.value)
                out.appendMarkers(cell.footnotes)
            }
            out.append(literal: "\n")
        }
        if !findings.footnotes.isEmpty {
            out.append(literal: "\n**")
            out.append(BriefingPhrases.sources(in: language))
            out.append(literal: "**\n\n")
            var sources = EscapedSources(piecesPerSource: 2)
            for footnote in findings.footnotes {
                out.append(literal: "- ")
                write(footnote, sources: &sources, language: language, to: out)
                out.append(byte: UInt8(ascii: "\n"))
            }
        }
        if out.appendMarkdownItalic(findings.legend, after: "\n") {
            out.append(byte: UInt8(ascii: "\n"))
        }
        out.finish()
    }
}

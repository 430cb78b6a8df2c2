import BriefingRenderers
import ComparisonKit
import OfficeOpenXML

/// The page a Word briefing is laid out on: A4 landscape, 1.27 cm margins (measures in twentieths of a point).
enum DOCXLayout {
    /// A4's long side.
    static let pageWidth = 16838
    /// A4's short side.
    static let pageHeight = 11906
    /// Every margin.
    static let margin = 720
    /// The width between the side margins.
    static let textWidth = pageWidth - 2 * margin
}

/// Builds `word/document.xml`: the title block, then per view a heading, the table, its sources and its legend.
///
/// - Title block: the configuration's marking (bold capitals) when it gives one, the document's title (`Title`
///   style), its subtitle (`Subtitle`), who it is from (bold) when given, and one small provenance
///   paragraph: the newest source's date, the tool version and the configuration digest, and the run's time only
///   when `provenance.generatedAt` is set.
/// - Per table: the title as `Heading1` (kept with the table, which follows on the same page), the table
///   (`DOCXTableXML`), a `Heading2` "Sources" in the table's language and one `SourceEntry` paragraph per
///   footnote, `[3]⇥Title — Publisher, 2021-03-16 (da), CELEX:32021R0694; locator; https://…; archived copy:
///   https://…; accessed 2025-01-10` (the identifier, archived copy and date of reading only when the source gives
///   them, labelled in the table's language), with the title in italics and a plain http(s) URL as a clickable
///   link; then the legend in italics.
/// - Text in a table whose language differs from the document's carries its own `w:lang`.
///
/// Every value goes through `WordprocessingText`, so none can add markup or break the XML.
struct DOCXDocumentXML {
    /// The document to write.
    let document: BriefingDocument

    /// The part's text and the external link targets its relationship ids `rIdLink1`, `rIdLink2`, … point to.
    func build() -> (text: String, hyperlinks: [String]) {
        var xml = IndentedXML()
        var hyperlinks = HyperlinkTargets()
        xml.open("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        xml.open("<w:body>")
        writeTitleBlock(into: &xml)
        if let findings = document.findings, !findings.findings.isEmpty {
            writeKeyFindings(findings, into: &xml, hyperlinks: &hyperlinks)
        }
        let documentLanguage = OfficeXMLText.languageTag(document.language)
        for table in document.tables {
            let tag = OfficeXMLText.languageTag(table.language)
            let language = tag == documentLanguage ? "" : "<w:lang w:val=\"\(OfficeXMLText.escaped(tag))\"/>"
            xml.line(paragraph(style: "Heading1", runs: WordprocessingText.run(table.title, properties: language)))
            DOCXTableXML(table: table, language: language).write(into: &xml)
            if !table.footnotes.isEmpty {
                xml.line(paragraph(style: "Heading2",
                                   runs: WordprocessingText.run(BriefingPhrases.sources(in: table.language),
                                                                properties: language)))
                // The last source is kept with the legend under it, so that the legend never starts a page alone.
                let hasLegend = !table.legend.trimmingWhitespace().isEmpty
                for (offset, footnote) in table.footnotes.enumerated() {
                    xml.line(sourceParagraph(footnote, in: table.language, properties: language,
                                             keptWithNext: hasLegend && offset == table.footnotes.count - 1,
                                             hyperlinks: &hyperlinks))
                }
            }
            if !table.legend.trimmingWhitespace().isEmpty {
                xml.line(paragraph(style: "Legend", runs: WordprocessingText.run(table.legend, properties: language)))
            }
        }
        xml.open("<w:sectPr>")
        xml.line(DOCXHeaderFooter.sectionReferences)
        xml.line("<w:pgSz w:w=\"\(DOCXLayout.pageWidth)\" w:h=\"\(DOCXLayout.pageHeight)\" w:orient=\"landscape\"/>")
        let margin = DOCXLayout.margin
        xml.line("<w:pgMar w:top=\"\(margin)\" w:right=\"\(margin)\" w:bottom=\"\(margin)\" w:left=\"\(margin)\" "
            + "w:header=\"425\" w:footer=\"425\" w:gutter=\"0\"/>")
        xml.close("</w:sectPr>")
        xml.close("</w:body>")
        xml.close("</w:document>")
        return (xml.text, hyperlinks.urls)
    }

    /// Title, subtitle and provenance.
    /// The key findings the briefing opens with, as a view is written: a `Heading1`, what was selected, one numbered
    /// `KeyFinding` paragraph per finding with its sources' numbers, then their sources and the legend.
    private func writeKeyFindings(_ findings: FindingsReport, into xml: inout IndentedXML,
                                  hyperlinks: inout HyperlinkTargets) {
        xml.line(paragraph(style: "Heading1", runs: WordprocessingText.run(findings.title)))
        xml.line(paragraph(style: "Legend", runs: WordprocessingText.run(findings.selectionLine)))
        for (offset, finding) in findings.findings.enumerated() {
            let markers = finding.footnotes.isEmpty ? "" : " [" + finding.footnotes.map(String.init).joined(separator: ", ") + "]"
            xml.line(paragraph(style: "KeyFinding", extra: "<w:keepLines/>",
                               runs: WordprocessingText.run("\(offset + 1).\t" + finding.text + markers)))
        }
        if !findings.footnotes.isEmpty {
            xml.line(paragraph(style: "Heading2", runs: WordprocessingText.run(BriefingPhrases.sources(in: findings.language))))
            for (offset, footnote) in findings.footnotes.enumerated() {
                xml.line(sourceParagraph(footnote, in: findings.language, properties: "",
                                         keptWithNext: offset == findings.footnotes.count - 1, hyperlinks: &hyperlinks))
            }
        }
        if !findings.legend.isEmpty {
            xml.line(paragraph(style: "Legend", runs: WordprocessingText.run(findings.legend)))
        }
    }

    private func writeTitleBlock(into xml: inout IndentedXML) {
        if !document.marking.isEmpty {
            xml.line(paragraph(style: "Subtitle", runs: WordprocessingText.run(document.marking, properties: "<w:b/><w:caps/>")))
        }
        xml.line(paragraph(style: "Title", runs: WordprocessingText.run(document.title)))
        if !document.subtitle.isEmpty {
            xml.line(paragraph(style: "Subtitle", runs: WordprocessingText.run(document.subtitle)))
        }
        if !document.author.isEmpty {
            xml.line(paragraph(style: "Subtitle", runs: WordprocessingText.run(document.author, properties: "<w:b/>")))
        }
        let provenance = Self.provenanceLine(document.provenance, language: document.language)
        if !provenance.isEmpty {
            xml.line(paragraph(style: "Provenance", runs: WordprocessingText.run(provenance)))
        }
    }

    /// `Newest source: 2024-09-26 · Tool version: nordic-compare 0.2.0 · Configuration (SHA-256): …`, with
    /// `· Generated: …` only when the run's time was asked for; parts without a value are left out.
    static func provenanceLine(_ provenance: BriefingProvenance, language: String) -> String {
        var parts: [String] = []
        if let date = provenance.newestSourceDate {
            parts.append(BriefingPhrases.newestSource(in: language) + ": " + BriefingPhrases.date(date, in: language))
        }
        if !provenance.toolVersion.isEmpty {
            parts.append(BriefingPhrases.toolVersion(in: language) + ": nordic-compare " + provenance.toolVersion)
        }
        if !provenance.configurationDigest.isEmpty {
            parts.append(BriefingPhrases.configuration(in: language) + " (SHA-256): " + provenance.configurationDigest)
        }
        if let generatedAt = provenance.generatedAt, !generatedAt.isEmpty {
            parts.append(BriefingPhrases.generated(in: language) + ": " + generatedAt)
        }
        return parts.joined(separator: " · ")
    }

    /// `[3]⇥Title — Publisher, 2021-03-16 (da), CELEX:32021R0694; locator; URL; archived copy: URL; accessed
    /// 2025-01-10; confidence: medium` (the confidence only below high), its labels in `tableLanguage` and every run with the run `properties` of the table's language.
    private func sourceParagraph(_ footnote: Footnote, in tableLanguage: String, properties language: String,
                                 keptWithNext: Bool = false, hyperlinks: inout HyperlinkTargets) -> String {
        let source = footnote.source
        var runs = WordprocessingText.run("[\(footnote.number)]\t", properties: language)
        runs += WordprocessingText.run(source.title, properties: "<w:i/>" + language)
        var rest = ""
        let details = [source.publisher, source.published?.description ?? ""].filter { !$0.isEmpty }
        if !details.isEmpty { rest += " — " + details.joined(separator: ", ") }
        if !source.language.isEmpty { rest += " (" + source.language + ")" }
        if let identifier = source.identifier, !identifier.isEmpty { rest += ", " + identifier }
        if let locator = footnote.locator, !locator.isEmpty { rest += "; " + locator }
        if let url = source.url, !url.isEmpty {
            runs += WordprocessingText.run(rest + "; ", properties: language)
            runs += link(url, properties: language, hyperlinks: &hyperlinks)
            rest = ""
        }
        if let archived = source.archived, !archived.isEmpty {
            rest += "; " + BriefingPhrases.archivedCopy(in: tableLanguage) + ": "
            runs += WordprocessingText.run(rest, properties: language)
            runs += link(archived, properties: language, hyperlinks: &hyperlinks)
            rest = ""
        }
        if let accessed = source.accessed {
            rest += "; " + BriefingPhrases.accessed(in: tableLanguage) + " " + accessed.description
        }
        if let confidence = BriefingPhrases.confidence(of: source, in: tableLanguage) {
            rest += "; " + confidence
        }
        return paragraph(style: "SourceEntry", extra: keptWithNext ? "<w:keepNext/>" : "",
                         runs: runs + WordprocessingText.run(rest, properties: language))
    }

    /// An address as a clickable link when it is linkable (see `isLinkable(_:)`), its target added to `hyperlinks`
    /// once; otherwise as plain text.
    private func link(_ url: String, properties language: String, hyperlinks: inout HyperlinkTargets) -> String {
        guard Self.isLinkable(url) else { return WordprocessingText.run(url, properties: language) }
        let id = "rIdLink\(hyperlinks.number(of: url))"
        let text = WordprocessingText.run(url, properties: "<w:rStyle w:val=\"Hyperlink\"/>" + language)
        return "<w:hyperlink r:id=\"\(id)\" w:history=\"1\">" + text + "</w:hyperlink>"
    }

    /// Whether a URL becomes a clickable link: `http` or `https`, at most 2 000 characters, and only the characters
    /// RFC 3986 allows in a URI. Anything else (`javascript:`, spaces, quotes, non-ASCII) is shown as text only.
    static func isLinkable(_ url: String) -> Bool {
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), url.unicodeScalars.count <= 2000 else {
            return false
        }
        return url.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9": return true
            default: return "-._~:/?#[]@!$&'()*+,;=%".unicodeScalars.contains(scalar)
            }
        }
    }

    /// A paragraph in a style, with extra paragraph properties after the style.
    private func paragraph(style: String, extra: String = "", runs: String) -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>" + extra + "</w:pPr>" + runs + "</w:p>"
    }
}

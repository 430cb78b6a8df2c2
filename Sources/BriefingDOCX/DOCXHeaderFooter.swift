import OfficeOpenXML

/// The running head and foot of every page of a Word briefing: the document's title at the top left and the
/// configuration's marking, when it gives one, in bold capitals at the top right (on a right tab stop at the text's
/// edge), "page N of M" as Word fields (`PAGE`, `NUMPAGES`) at the bottom right, all in the small grey `PageMargin`
/// style.
enum DOCXHeaderFooter {
    /// The part of the header, relative to `word/`.
    static let headerPart = "header1.xml"
    /// The part of the footer, relative to `word/`.
    static let footerPart = "footer1.xml"
    /// The relationship id of the header in `word/_rels/document.xml.rels`.
    static let headerRelationship = "rIdHeader1"
    /// The relationship id of the footer.
    static let footerRelationship = "rIdFooter1"
    /// The media types of the two parts.
    static let headerType = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
    static let footerType = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"

    private static let namespaces = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

    /// `word/header1.xml`: the title, then the marking (one line, see `BriefingDocument.runningMarking`) after a
    /// tab to the right edge when it is not empty, both escaped as every value is.
    static func header(title: String, marking: String = "") -> String {
        var xml = IndentedXML()
        xml.open("<w:hdr \(namespaces)>")
        if marking.isEmpty {
            xml.line("<w:p><w:pPr><w:pStyle w:val=\"PageMargin\"/></w:pPr>" + WordprocessingText.run(title) + "</w:p>")
        } else {
            xml.line("<w:p><w:pPr><w:pStyle w:val=\"PageMargin\"/><w:tabs><w:tab w:val=\"right\" "
                + "w:pos=\"\(DOCXLayout.textWidth)\"/></w:tabs></w:pPr>" + WordprocessingText.run(title)
                + "<w:r><w:tab/></w:r>" + WordprocessingText.run(marking, properties: "<w:b/><w:caps/>") + "</w:p>")
        }
        xml.close("</w:hdr>")
        return xml.text
    }

    /// `word/footer1.xml`: "N / M", right-aligned, from the PAGE and NUMPAGES fields (Word and LibreOffice fill them
    /// in; the cached value is 1).
    static func footer() -> String {
        func field(_ instruction: String) -> String {
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> \(instruction) </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        }
        var xml = IndentedXML()
        xml.open("<w:ftr \(namespaces)>")
        xml.line("<w:p><w:pPr><w:pStyle w:val=\"PageMargin\"/><w:jc w:val=\"right\"/></w:pPr>" + field("PAGE")
            + "<w:r><w:t xml:space=\"preserve\"> / </w:t></w:r>" + field("NUMPAGES") + "</w:p>")
        xml.close("</w:ftr>")
        return xml.text
    }

    /// The references a section's properties give to the two parts.
    static let sectionReferences = "<w:headerReference w:type=\"default\" r:id=\"\(headerRelationship)\"/>"
        + "<w:footerReference w:type=\"default\" r:id=\"\(footerRelationship)\"/>"
}

import OfficeOpenXML

/// `word/styles.xml` for a Word briefing: Calibri 10 pt in the document's language, a title block, two heading
/// levels, compact 8 pt table and source-list text, and the `BriefingTable` table style with a thin grey border
/// on every cell.
enum DOCXStyles {
    /// The styles part, with the document's language (`en-GB`, `nb-NO`, `da-DK`, …) as the default `w:lang`.
    static func part(languageTag: String) -> String {
        var xml = IndentedXML()
        xml.open("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">")
        xml.open("<w:docDefaults>")
        xml.line("<w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:eastAsia=\"Calibri\" w:hAnsi=\"Calibri\" "
            + "w:cs=\"Calibri\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"
            + "<w:lang w:val=\"\(OfficeXMLText.escaped(languageTag))\"/></w:rPr></w:rPrDefault>")
        xml.line("<w:pPrDefault><w:pPr><w:spacing w:after=\"80\" w:line=\"252\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>")
        xml.close("</w:docDefaults>")

        xml.line(style("paragraph", id: "Normal", name: "Normal", isDefault: true, basedOn: nil, next: nil,
                       pPr: "", rPr: ""))
        xml.line(style("character", id: "DefaultParagraphFont", name: "Default Paragraph Font", isDefault: true,
                       basedOn: nil, next: nil, pPr: "", rPr: ""))
        xml.line("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
            + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
            + "</w:tblCellMar></w:tblPr></w:style>")
        xml.line(style("paragraph", id: "Title", name: "Title", pPr: "<w:spacing w:after=\"60\"/>",
                       rPr: "<w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/>"))
        xml.line(style("paragraph", id: "Subtitle", name: "Subtitle", pPr: "<w:spacing w:after=\"60\"/>",
                       rPr: "<w:color w:val=\"404040\"/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>"))
        xml.line(style("paragraph", id: "Provenance", name: "Provenance", pPr: "<w:spacing w:after=\"240\"/>",
                       rPr: "<w:color w:val=\"595959\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>"))
        xml.line(style("paragraph", id: "Heading1", name: "heading 1",
                       pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/>",
                       rPr: "<w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>"))
        xml.line(style("paragraph", id: "Heading2", name: "heading 2",
                       pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"200\" w:after=\"80\"/><w:outlineLvl w:val=\"1\"/>",
                       rPr: "<w:b/><w:color w:val=\"1F3864\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"))
        xml.line(style("paragraph", id: "TableText", name: "Table Text",
                       pPr: "<w:spacing w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/>",
                       rPr: "<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>"))
        xml.line(style("paragraph", id: "SourceEntry", name: "Source Entry",
                       pPr: "<w:tabs><w:tab w:val=\"left\" w:pos=\"567\"/></w:tabs><w:spacing w:after=\"40\"/>"
                           + "<w:ind w:left=\"567\" w:hanging=\"567\"/>",
                       rPr: "<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>"))
        xml.line(style("paragraph", id: "KeyFinding", name: "Key Finding",
                       pPr: "<w:tabs><w:tab w:val=\"left\" w:pos=\"425\"/></w:tabs><w:spacing w:after=\"80\"/>"
                           + "<w:ind w:left=\"425\" w:hanging=\"425\"/>",
                       rPr: ""))
        xml.line(style("paragraph", id: "Legend", name: "Legend", pPr: "<w:spacing w:before=\"120\"/>",
                       rPr: "<w:i/><w:color w:val=\"404040\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>"))
        xml.line(style("paragraph", id: "PageMargin", name: "Page Margin", pPr: "<w:spacing w:after=\"0\"/>",
                       rPr: "<w:color w:val=\"595959\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>"))
        xml.line(style("character", id: "Hyperlink", name: "Hyperlink", basedOn: "DefaultParagraphFont", next: nil,
                       pPr: "", rPr: "<w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/>"))
        let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"7F7F7F\""
        xml.line("<w:style w:type=\"table\" w:styleId=\"BriefingTable\"><w:name w:val=\"Briefing Table\"/>"
            + "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"59\"/><w:pPr><w:spacing w:after=\"0\"/></w:pPr>"
            + "<w:tblPr><w:tblBorders><w:top \(border)/><w:left \(border)/><w:bottom \(border)/><w:right \(border)/>"
            + "<w:insideH \(border)/><w:insideV \(border)/></w:tblBorders><w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/>"
            + "<w:left w:w=\"50\" w:type=\"dxa\"/><w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"50\" w:type=\"dxa\"/>"
            + "</w:tblCellMar></w:tblPr></w:style>")
        xml.close("</w:styles>")
        return xml.text
    }

    /// One `<w:style>` on a line; paragraph styles are based on Normal and followed by Normal unless told.
    private static func style(_ type: String, id: String, name: String, isDefault: Bool = false,
                              basedOn: String? = "Normal", next: String? = "Normal", pPr: String, rPr: String) -> String {
        var text = "<w:style w:type=\"\(type)\"" + (isDefault ? " w:default=\"1\"" : "") + " w:styleId=\"\(id)\">"
        text += "<w:name w:val=\"\(name)\"/>"
        if let basedOn { text += "<w:basedOn w:val=\"\(basedOn)\"/>" }
        if let next { text += "<w:next w:val=\"\(next)\"/>" }
        text += "<w:qFormat/>"
        if !pPr.isEmpty { text += "<w:pPr>" + pPr + "</w:pPr>" }
        if !rPr.isEmpty { text += "<w:rPr>" + rPr + "</w:rPr>" }
        return text + "</w:style>"
    }
}

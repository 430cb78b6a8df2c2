import OfficeOpenXML

/// The small XML parts of a Word package of its own besides the document body: the content types, the document's
/// relationships and its settings (`OfficeProperties` writes the parts every Office package shares).
enum DOCXParts {
    /// The relationship namespace of package relationship parts.
    private static let relationshipsNamespace = OfficeProperties.relationshipsNamespace
    /// The prefix of the officeDocument relationship types.
    private static let officeRelationship = OfficeProperties.officeRelationship

    /// `[Content_Types].xml`: the media type of every part.
    static func contentTypes() -> String {
        OfficeProperties.contentTypes([
            ("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
            ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
            ("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"),
            ("/word/" + DOCXHeaderFooter.headerPart, DOCXHeaderFooter.headerType),
            ("/word/" + DOCXHeaderFooter.footerPart, DOCXHeaderFooter.footerType),
        ])
    }

    /// `word/_rels/document.xml.rels`: styles, settings, the page header and footer, and one external relationship per hyperlink target,
    /// `rIdLink1`, `rIdLink2`, … in order.
    static func documentRelationships(hyperlinks: [String]) -> String {
        var xml = IndentedXML()
        xml.open("<Relationships xmlns=\"\(relationshipsNamespace)\">")
        xml.line("<Relationship Id=\"rId1\" Type=\"\(officeRelationship)styles\" Target=\"styles.xml\"/>")
        xml.line("<Relationship Id=\"rId2\" Type=\"\(officeRelationship)settings\" Target=\"settings.xml\"/>")
        xml.line("<Relationship Id=\"\(DOCXHeaderFooter.headerRelationship)\" Type=\"\(officeRelationship)header\" "
            + "Target=\"\(DOCXHeaderFooter.headerPart)\"/>")
        xml.line("<Relationship Id=\"\(DOCXHeaderFooter.footerRelationship)\" Type=\"\(officeRelationship)footer\" "
            + "Target=\"\(DOCXHeaderFooter.footerPart)\"/>")
        for (index, url) in hyperlinks.enumerated() {
            xml.line("<Relationship Id=\"rIdLink\(index + 1)\" Type=\"\(officeRelationship)hyperlink\" "
                + "Target=\"\(OfficeXMLText.escaped(url))\" TargetMode=\"External\"/>")
        }
        xml.close("</Relationships>")
        return xml.text
    }

    /// `word/settings.xml`: the default tab stop, automatic hyphenation (long Nordic compounds in narrow columns),
    /// and Word 2013+ compatibility (no compatibility-mode banner).
    static func settings() -> String {
        var xml = IndentedXML()
        xml.open("<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">")
        xml.line("<w:defaultTabStop w:val=\"567\"/>")
        xml.line("<w:autoHyphenation/>")
        xml.line("<w:characterSpacingControl w:val=\"doNotCompress\"/>")
        xml.line("<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
            + "w:val=\"15\"/></w:compat>")
        xml.close("</w:settings>")
        return xml.text
    }
}

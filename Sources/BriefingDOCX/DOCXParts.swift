import BriefingRenderers

/// The small XML parts of a Word package besides the document body: content types, relationships, settings
/// and the core and application properties. None holds a timestamp unless the document's provenance has one.
enum DOCXParts {
    /// The relationship namespace of package relationship parts.
    private static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    /// The prefix of the officeDocument relationship types.
    private static let officeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    /// `[Content_Types].xml`: the media type of every part.
    static func contentTypes() -> String {
        var xml = IndentedXML()
        xml.open("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        xml.line("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        xml.line("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        let overrides = [
            ("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
            ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
            ("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        for (part, type) in overrides {
            xml.line("<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>")
        }
        xml.close("</Types>")
        return xml.text
    }

    /// `_rels/.rels`: the main document and the two property parts.
    static func packageRelationships() -> String {
        var xml = IndentedXML()
        xml.open("<Relationships xmlns=\"\(relationshipsNamespace)\">")
        xml.line("<Relationship Id=\"rId1\" Type=\"\(officeRelationship)officeDocument\" Target=\"word/document.xml\"/>")
        xml.line("<Relationship Id=\"rId2\" "
            + "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
            + "Target=\"docProps/core.xml\"/>")
        xml.line("<Relationship Id=\"rId3\" Type=\"\(officeRelationship)extended-properties\" Target=\"docProps/app.xml\"/>")
        xml.close("</Relationships>")
        return xml.text
    }

    /// `word/_rels/document.xml.rels`: styles, settings, and one external relationship per hyperlink target,
    /// `rIdLink1`, `rIdLink2`, … in order.
    static func documentRelationships(hyperlinks: [String]) -> String {
        var xml = IndentedXML()
        xml.open("<Relationships xmlns=\"\(relationshipsNamespace)\">")
        xml.line("<Relationship Id=\"rId1\" Type=\"\(officeRelationship)styles\" Target=\"styles.xml\"/>")
        xml.line("<Relationship Id=\"rId2\" Type=\"\(officeRelationship)settings\" Target=\"settings.xml\"/>")
        for (index, url) in hyperlinks.enumerated() {
            xml.line("<Relationship Id=\"rIdLink\(index + 1)\" Type=\"\(officeRelationship)hyperlink\" "
                + "Target=\"\(WordprocessingText.escaped(url))\" TargetMode=\"External\"/>")
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

    /// `docProps/core.xml`: title, subject (the subtitle), creator and language; created and modified only when
    /// the run's time was asked for and reads as a W3C date-time.
    static func coreProperties(_ document: BriefingDocument) -> String {
        var xml = IndentedXML()
        xml.open("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
        xml.line("<dc:title>\(WordprocessingText.escaped(document.title))</dc:title>")
        if !document.subtitle.isEmpty {
            xml.line("<dc:subject>\(WordprocessingText.escaped(document.subtitle))</dc:subject>")
        }
        xml.line("<dc:creator>nordic-compare</dc:creator>")
        xml.line("<dc:language>\(WordprocessingText.escaped(WordprocessingText.languageTag(document.language)))</dc:language>")
        if let time = document.provenance.generatedAt, isW3CDateTime(time) {
            xml.line("<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(time)</dcterms:created>")
            xml.line("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(time)</dcterms:modified>")
        }
        xml.close("</cp:coreProperties>")
        return xml.text
    }

    /// `docProps/app.xml`: the application that wrote the file.
    static func appProperties() -> String {
        var xml = IndentedXML()
        xml.open("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">")
        xml.line("<Application>nordic-compare</Application>")
        xml.close("</Properties>")
        return xml.text
    }

    /// Whether a text looks like an ISO 8601 date-time as `ISO8601DateFormatter` writes it (`2025-01-31T09:30:00Z`):
    /// four digits first, then only digits and `- : T Z + .`, at most 35 characters.
    static func isW3CDateTime(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 10, scalars.count <= 35,
              scalars.prefix(4).allSatisfy({ ("0"..."9").contains($0) }), text.contains("T")
        else { return false }
        return scalars.allSatisfy { ("0"..."9").contains($0) || "-:TZ+.".unicodeScalars.contains($0) }
    }
}

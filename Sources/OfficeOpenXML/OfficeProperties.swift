/// The parts every Office Open XML package shares: the core properties (`docProps/core.xml`), the application
/// properties (`docProps/app.xml`), the package relationships (`_rels/.rels`) and the content types. None holds a
/// timestamp unless the run's time was asked for.
package enum OfficeProperties {
    /// The relationship namespace of package relationship parts.
    package static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    /// The prefix of the officeDocument relationship types.
    package static let officeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    /// `[Content_Types].xml`: `rels` and `xml` by default, then the media type of every part in `overrides`
    /// (part name with its leading `/`, content type), in order; the two property parts are added last.
    package static func contentTypes(_ overrides: [(part: String, type: String)]) -> String {
        var xml = IndentedXML()
        xml.open("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        xml.line("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        xml.line("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        let properties = [
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        for (part, type) in overrides + properties {
            xml.line("<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>")
        }
        xml.close("</Types>")
        return xml.text
    }

    /// `_rels/.rels`: the main part (`word/document.xml`, `xl/workbook.xml`) and the two property parts.
    package static func packageRelationships(mainPart: String) -> String {
        var xml = IndentedXML()
        xml.open("<Relationships xmlns=\"\(relationshipsNamespace)\">")
        xml.line("<Relationship Id=\"rId1\" Type=\"\(officeRelationship)officeDocument\" Target=\"\(mainPart)\"/>")
        xml.line("<Relationship Id=\"rId2\" "
            + "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
            + "Target=\"docProps/core.xml\"/>")
        xml.line("<Relationship Id=\"rId3\" Type=\"\(officeRelationship)extended-properties\" Target=\"docProps/app.xml\"/>")
        xml.close("</Relationships>")
        return xml.text
    }

    /// `docProps/core.xml`: title, subject (when not empty), creator and language; created and modified only when
    /// the run's time (`generatedAt`) was asked for and reads as a W3C date-time.
    package static func core(title: String, subject: String, language: String, generatedAt: String?) -> String {
        var xml = IndentedXML()
        xml.open("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
        xml.line("<dc:title>\(OfficeXMLText.escaped(title))</dc:title>")
        if !subject.isEmpty {
            xml.line("<dc:subject>\(OfficeXMLText.escaped(subject))</dc:subject>")
        }
        xml.line("<dc:creator>nordic-compare</dc:creator>")
        xml.line("<dc:language>\(OfficeXMLText.escaped(OfficeXMLText.languageTag(language)))</dc:language>")
        if let time = generatedAt, isW3CDateTime(time) {
            xml.line("<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(time)</dcterms:created>")
            xml.line("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(time)</dcterms:modified>")
        }
        xml.close("</cp:coreProperties>")
        return xml.text
    }

    /// `docProps/app.xml`: the application that wrote the file.
    package static func app() -> String {
        var xml = IndentedXML()
        xml.open("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">")
        xml.line("<Application>nordic-compare</Application>")
        xml.close("</Properties>")
        return xml.text
    }

    /// Whether a text looks like an ISO 8601 date-time as `ISO8601DateFormatter` writes it (`2025-01-31T09:30:00Z`):
    /// four digits first, then only digits and `- : T Z + .`, at most 35 characters.
    package static func isW3CDateTime(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 10, scalars.count <= 35,
              scalars.prefix(4).allSatisfy({ ("0"..."9").contains($0) }), text.contains("T")
        else { return false }
        return scalars.allSatisfy { ("0"..."9").contains($0) || "-:TZ+.".unicodeScalars.contains($0) }
    }
}

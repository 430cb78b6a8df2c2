import OfficeOpenXML

/// The parts of a workbook besides its sheets: content types, the workbook with its relationships, and the styles.
enum XLSXParts {
    /// The SpreadsheetML main namespace.
    static let namespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    /// `[Content_Types].xml`: the workbook, each sheet, the styles.
    static func contentTypes(sheetCount: Int) -> String {
        var overrides = [("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")]
        for number in (0..<sheetCount).map({ $0 + 1 }) {
            overrides.append(("/xl/worksheets/sheet\(number).xml",
                              "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"))
        }
        overrides.append(("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"))
        return OfficeProperties.contentTypes(overrides)
    }

    /// `xl/workbook.xml`: the sheets by name, in tab order, `rId1` … `rIdN`.
    static func workbook(sheetNames: [String]) -> String {
        var xml = IndentedXML()
        xml.open("<workbook xmlns=\"\(namespace)\" xmlns:r=\"\(OfficeProperties.officeRelationship.dropLast())\">")
        xml.line("<bookViews><workbookView activeTab=\"0\"/></bookViews>")
        xml.open("<sheets>")
        for (index, name) in sheetNames.enumerated() {
            xml.line("<sheet name=\"\(OfficeXMLText.escaped(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>")
        }
        xml.close("</sheets>")
        xml.close("</workbook>")
        return xml.text
    }

    /// `xl/_rels/workbook.xml.rels`: each sheet, then the styles.
    static func workbookRelationships(sheetCount: Int) -> String {
        var xml = IndentedXML()
        xml.open("<Relationships xmlns=\"\(OfficeProperties.relationshipsNamespace)\">")
        for number in (0..<sheetCount).map({ $0 + 1 }) {
            xml.line("<Relationship Id=\"rId\(number)\" Type=\"\(OfficeProperties.officeRelationship)worksheet\" "
                + "Target=\"worksheets/sheet\(number).xml\"/>")
        }
        xml.line("<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(OfficeProperties.officeRelationship)styles\" "
            + "Target=\"styles.xml\"/>")
        xml.close("</Relationships>")
        return xml.text
    }

    /// `xl/styles.xml`: Calibri 11 and its bold, and the cell formats of `XLSXStyle` in order (plain; header: bold,
    /// wrapped, top; wrapped, top). No number format: numbers show as written, text as text.
    static func styles() -> String {
        var xml = IndentedXML()
        xml.open("<styleSheet xmlns=\"\(namespace)\">")
        xml.line("<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>")
        xml.line("<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>")
        xml.line("<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>")
        xml.line("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
        xml.open("<cellXfs count=\"\(XLSXStyle.allCases.count)\">")
        for style in XLSXStyle.allCases {
            switch style {
            case .plain:
                xml.line("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>")
            case .header:
                xml.line("<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" "
                    + "applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>")
            case .wrapped:
                xml.line("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
                    + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>")
            }
        }
        xml.close("</cellXfs>")
        xml.line("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
        xml.close("</styleSheet>")
        return xml.text
    }
}

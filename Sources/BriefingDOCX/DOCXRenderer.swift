import BriefingRenderers
import ComparisonKit
import OfficeOpenXML

/// Word (Office Open XML, `.docx`): the whole run as one briefing, `briefing.docx`.
///
/// The document is an A4 landscape page in the document's language: the title block (title, subtitle,
/// provenance), then per view a heading, the table with two repeated header rows (jurisdictions spanning their
/// initiatives, then the initiatives), its numbered sources and its legend. `DOCXDocumentXML` and
/// `DOCXTableXML` describe the layout; `WordprocessingText` says how values are escaped.
///
/// The package is zipped by `OfficeZip` in memory, its parts in a fixed order and every entry dated 1980-01-01 00:00
/// (the earliest date ZIP can hold), so the same document gives the same bytes. No part holds a time unless
/// `provenance.generatedAt` is set.
package struct DOCXRenderer: BriefingRenderer {
    /// Creates the renderer.
    package init() {}

    /// `docx`.
    package var formatName: String { "docx" }
    /// `word`.
    package var aliases: [String] { ["word"] }
    /// `docx`.
    package var fileExtension: String { "docx" }
    /// A DOCX file is a zip archive, not text.
    package var writesText: Bool { false }

    /// The name of the one file a run writes.
    static let fileName = "briefing.docx"

    /// `briefing.docx` holding every table, or no file if the package could not be assembled in memory.
    package func render(_ document: BriefingDocument) -> [RenderedFile] {
        guard let bytes = OfficeZip.archive(parts(document)) else { return [] }
        return [RenderedFile(relativePath: Self.fileName, contents: bytes)]
    }

    /// The package's parts as (path, XML text), in the order they are stored.
    func parts(_ document: BriefingDocument) -> [(path: String, text: String)] {
        let body = DOCXDocumentXML(document: document).build()
        return [
            ("[Content_Types].xml", DOCXParts.contentTypes()),
            ("_rels/.rels", OfficeProperties.packageRelationships(mainPart: "word/document.xml")),
            ("docProps/core.xml", OfficeProperties.core(title: document.title, subject: document.subtitle,
                                                        language: document.language,
                                                        generatedAt: document.provenance.generatedAt)),
            ("docProps/app.xml", OfficeProperties.app()),
            ("word/document.xml", body.text),
            ("word/styles.xml", DOCXStyles.part(languageTag: OfficeXMLText.languageTag(document.language))),
            ("word/settings.xml", DOCXParts.settings()),
            ("word/" + DOCXHeaderFooter.headerPart,
             DOCXHeaderFooter.header(title: document.title, marking: document.runningMarking)),
            ("word/" + DOCXHeaderFooter.footerPart, DOCXHeaderFooter.footer()),
            ("word/_rels/document.xml.rels", DOCXParts.documentRelationships(hyperlinks: body.hyperlinks)),
        ]
    }
}

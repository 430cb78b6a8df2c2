import BriefingDOCX
import BriefingRenderers
import ComparisonKit
import Foundation
import TestSupport
import Testing
import ZIPFoundation

/// The Word briefing: golden `word/document.xml` per language, byte-identical renders, no timestamp unless asked,
/// page and language settings, safe links, and an invariant check that does catch broken packages.
@Suite("DOCX renderer")
struct DOCXRendererTests {
    /// The sample tables as one briefing in `language` (the renderer's own words follow each table's language,
    /// so every table is put in it), with fictional provenance.
    static func sampleDocument(language: String, generatedAt: String? = nil) -> BriefingDocument {
        var tables = SampleTables.document.tables
        for index in tables.indices { tables[index].language = language }
        return BriefingDocument(
            title: SampleTables.document.title,
            subtitle: "3 example initiatives from 2 example countries (fictional sample data)",
            language: language, tables: tables,
            provenance: BriefingProvenance(newestSourceDate: SampleTables.date(2024, 9, 1), toolVersion: "0.0.0-sample",
                                           configurationDigest: String(repeating: "0123456789abcdef", count: 4),
                                           generatedAt: generatedAt))
    }

    /// The rendered package, unzipped.
    static func unzipped(_ document: BriefingDocument) throws -> DOCXReader {
        let files = DOCXRenderer().render(document)
        let file = try #require(files.first)
        #expect(files.count == 1 && file.relativePath == "briefing.docx")
        return try DOCXReader(file.contents)
    }

    /// One part as text.
    static func part(_ reader: DOCXReader, _ path: String) throws -> String {
        String(decoding: try #require(reader.data(path), "no \(path)"), as: UTF8.self)
    }

    @Test("word/document.xml matches the golden file", arguments: ["en", "nb", "da"])
    func goldenDocumentXML(language: String) throws {
        let reader = try Self.unzipped(Self.sampleDocument(language: language))
        let xml = try #require(reader.data("word/document.xml"))
        GoldenFiles.renderers.check(Array(xml), "docx/" + language + "/document.xml")
    }

    @Test("The title block opens with the marking and names who the briefing is from")
    func markingAndAuthorInTheTitleBlock() throws {
        var document = Self.sampleDocument(language: "nb")
        document.marking = "Utkast"
        document.author = "Digitaliseringsdepartementet"
        let xml = try Self.part(try Self.unzipped(document), "word/document.xml")
        let marking = try #require(xml.range(of: "<w:caps/></w:rPr><w:t xml:space=\"preserve\">Utkast</w:t>")
                                   ?? xml.range(of: ">Utkast<"), "no marking: \(xml.prefix(2000))")
        let title = try #require(xml.range(of: ">" + document.title + "<"))
        let author = try #require(xml.range(of: ">Digitaliseringsdepartementet<"))
        #expect(marking.lowerBound < title.lowerBound && title.lowerBound < author.lowerBound)
        // Without them, nothing is added.
        let plain = try Self.part(try Self.unzipped(Self.sampleDocument(language: "nb")), "word/document.xml")
        #expect(!plain.contains("<w:caps/>"))
    }

    @Test("Two renders give the same bytes; only a requested timestamp changes them")
    func rendersAreByteIdentical() {
        let document = Self.sampleDocument(language: "nb")
        let first = DOCXRenderer().render(document)
        #expect(!first.isEmpty)
        #expect(DOCXRenderer().render(document) == first)
        #expect(DOCXRenderer().render(Self.sampleDocument(language: "nb")) == first)
        #expect(DOCXRenderer().render(Self.sampleDocument(language: "nb", generatedAt: "2025-01-31T09:30:00Z")) != first)
    }

    @Test("No timestamp anywhere unless provenance.generatedAt is set")
    func timestampOnlyWhenAsked() throws {
        let plain = try Self.unzipped(Self.sampleDocument(language: "en"))
        #expect(!(try Self.part(plain, "docProps/core.xml")).contains("dcterms:"))
        #expect(!(try Self.part(plain, "word/document.xml")).contains("Generated"))
        #expect(plain.entries.allSatisfy { $0.modified == Date(timeIntervalSince1970: 315_532_800) })

        let stamped = try Self.unzipped(Self.sampleDocument(language: "en", generatedAt: "2025-01-31T09:30:00Z"))
        let core = try Self.part(stamped, "docProps/core.xml")
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-01-31T09:30:00Z</dcterms:created>"))
        #expect(core.contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2025-01-31T09:30:00Z</dcterms:modified>"))
        #expect(try Self.part(stamped, "word/document.xml").contains("Generated: 2025-01-31T09:30:00Z"))

        // A value that is not a date-time stays out of the metadata and is escaped in the text.
        let odd = try Self.unzipped(Self.sampleDocument(language: "en", generatedAt: "<now> & then"))
        #expect(!(try Self.part(odd, "docProps/core.xml")).contains("dcterms:"))
        #expect(try Self.part(odd, "word/document.xml").contains("Generated: &lt;now&gt; &amp; then"))
    }

    @Test("A4 landscape, the document's language, and a table in another language marked as such")
    func pageAndLanguage() throws {
        let reader = try Self.unzipped(Self.sampleDocument(language: "da"))
        let body = try Self.part(reader, "word/document.xml")
        #expect(body.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"))
        #expect(try Self.part(reader, "word/styles.xml").contains("<w:lang w:val=\"da-DK\"/>"))
        #expect(try Self.part(reader, "docProps/core.xml").contains("<dc:language>da-DK</dc:language>"))
        #expect(!body.contains("<w:lang "), "every table is in the document's language")

        // SampleTables.document is English with a Norwegian table: that table's runs carry nb-NO.
        let mixed = try Self.part(try Self.unzipped(SampleTables.document), "word/document.xml")
        #expect(mixed.contains("<w:t xml:space=\"preserve\">Budsjetter</w:t>"))
        #expect(mixed.contains("<w:r><w:rPr><w:lang w:val=\"nb-NO\"/></w:rPr><w:t xml:space=\"preserve\">Budsjetter</w:t></w:r>"))
        #expect(mixed.contains("kildene er uenige"), "the Norwegian table's disagreement marker is in Norwegian")
    }

    @Test("Plain http(s) URLs become links; anything else stays text")
    func onlyPlainWebURLsAreLinks() throws {
        let links = try Self.unzipped(SampleTables.document).relationships("word/_rels/document.xml.rels")
            .filter { $0["TargetMode"] == "External" }
        #expect(links.map { $0["Target"] ?? "" }.contains("https://example.org/no/eksempelforum-for-digitalisering"))
        #expect(links.allSatisfy { $0["Type"]?.hasSuffix("/hyperlink") == true })

        var table = SampleTables.overview
        for (index, url) in ["javascript:alert(1)", "https://example.org/a b", "https://example.org/\"><x>", "file:///etc/passwd"].enumerated() {
            table.footnotes[index].source.url = url
        }
        table.footnotes[4].source.url = "https://example.org/ok?a=1&b=2"
        let reader = try Self.unzipped(BriefingDocument(title: "t", language: "en", tables: [table]))
        let targets = try reader.relationships("word/_rels/document.xml.rels").compactMap { $0["TargetMode"] == nil ? nil : $0["Target"] }
        #expect(targets == ["https://example.org/ok?a=1&b=2"])
        #expect(FormatInvariants.docx(BriefingDocument(title: "t", language: "en", tables: [table]),
                                      DOCXRenderer().render(BriefingDocument(title: "t", language: "en", tables: [table]))).isEmpty)
    }

    @Test("Cells, header rows and spans read back as the model says")
    func sampleReadsBack() throws {
        let document = Self.sampleDocument(language: "nb")
        let blocks = try Self.unzipped(document).body()
        let tables = blocks.compactMap { block -> WordTable? in if case .table(let table) = block { table } else { nil } }
        #expect(tables.count == 2)
        let overview = try #require(tables.first)
        #expect(overview.rows[0].cells.map(\.gridSpan) == [1, 2, 1])
        #expect(overview.rows[0].cells.map(\.text) == ["Dimension", "Norway", "Denmark"])
        #expect(overview.rows[5 + 2].cells[3].text == "12 [3]\n13 [5]\nkildene er uenige")
        #expect(overview.rows[5 + 2].cells[2].text == "—")
        #expect(FormatInvariants.docx(document, DOCXRenderer().render(document)).isEmpty)
    }

    @Test("Characters XML 1.0 forbids become U+FFFD; breaks and tabs become Word breaks and tabs")
    func forbiddenCharactersAreReplaced() throws {
        var table = SampleTables.overview
        let value = "a\u{FFFE}b\u{FFFF}c\u{1}d\r\ne\tf\u{202E}g\u{85}h"
        table.rows[0].cells[0] = SampleTables.known(value, [1])
        table.rows[0].label = "<w:p>&amp;'\""
        let document = BriefingDocument(title: value, language: "en", tables: [table])
        let reader = try Self.unzipped(document)
        #expect(reader.entries.allSatisfy { DOCXReader.wellFormednessError($0.data) == nil })
        let blocks = try reader.body()
        guard case .paragraph(let title)? = blocks.first, case .table(let word)? = blocks.dropFirst(2).first else {
            Issue.record("unexpected body \(blocks.prefix(3))")
            return
        }
        #expect(title.text == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\ne\tf\u{FFFD}g\nh")
        #expect(word.rows[2].cells[1].text == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\ne\tf\u{FFFD}g\nh [1]")
        #expect(word.rows[2].cells[0].text == "<w:p>&amp;'\"")
        #expect(FormatInvariants.docx(document, DOCXRenderer().render(document)).isEmpty)
    }

    // MARK: The check itself can fail

    /// A renderer posing as `docx` that writes fixed bytes.
    struct FakeDOCX: BriefingRenderer {
        var bytes: [UInt8]
        var formatName: String { "docx" }
        var aliases: [String] { [] }
        var fileExtension: String { "docx" }
        func render(_ document: BriefingDocument) -> [RenderedFile] {
            [RenderedFile(relativePath: "briefing.docx", contents: bytes)]
        }
    }

    /// The real package with `word/document.xml` passed through `edit`.
    static func tampered(_ document: BriefingDocument, _ edit: (String) -> String) throws -> [UInt8] {
        let reader = try DOCXReader(try #require(DOCXRenderer().render(document).first).contents)
        let archive = try Archive(data: Data(), accessMode: .create)
        for entry in reader.entries {
            let data = entry.path == "word/document.xml" ? Data(edit(String(decoding: entry.data, as: UTF8.self)).utf8) : entry.data
            try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: Date(timeIntervalSince1970: 315_532_800)) { position, size in
                data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
            }
        }
        return Array(try #require(archive.data))
    }

    @Test("The DOCX check catches lost text, unescaped markup, missing header marks and non-ZIP output")
    func docxCheckCatchesBrokenOutput() throws {
        let document = Self.sampleDocument(language: "en")
        func problems(_ bytes: [UInt8]) -> [String] {
            FormatInvariants.problems(renderer: FakeDOCX(bytes: bytes), document: document)
        }
        #expect(problems(try Self.tampered(document) { $0 }).isEmpty)
        #expect(problems(try Self.tampered(document) { $0.replacingOccurrences(of: ">partnership </w:t>", with: ">partnershi </w:t>") })
            .contains { $0.contains("reads back as \"partnershi [3]\"") })
        #expect(problems(try Self.tampered(document) { $0.replacingOccurrences(of: "Box 1.2", with: "Box <1.2") })
            .contains { $0.contains("not well-formed") || $0.contains("cannot read") })
        #expect(problems(try Self.tampered(document) { $0.replacingOccurrences(of: "<w:tblHeader/>", with: "") })
            .contains { $0.contains("header rows marked") })
        #expect(problems(Array("not a zip\n".utf8)).contains { $0.contains("cannot read the package") })
    }
}

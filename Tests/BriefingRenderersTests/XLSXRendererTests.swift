import BriefingRenderers
import BriefingXLSX
import ComparisonKit
import Foundation
import TestSupport
import Testing
import ZIPFoundation

/// The Excel workbook: golden parts, byte-identical renders, no timestamp unless asked, typed numbers only where a
/// double keeps them, no formula for a value that starts like one, sheet names Excel accepts, and an invariant
/// check that does catch broken workbooks.
@Suite("XLSX renderer")
struct XLSXRendererTests {
    /// The sample tables as one workbook in Norwegian (so æ, ø and å are in the renderer's own words too), with the
    /// hostile corpus's data tables when asked.
    static func sampleDocument(generatedAt: String? = nil, corpus: Corpus? = nil) -> BriefingDocument {
        var document = DOCXRendererTests.sampleDocument(language: "nb", generatedAt: generatedAt)
        document.corpus = corpus
        return document
    }

    /// The rendered workbook, read back.
    static func read(_ document: BriefingDocument) throws -> XLSXReader {
        let files = XLSXRenderer().render(document)
        let file = try #require(files.first)
        #expect(files.count == 1 && file.relativePath == "briefing.xlsx")
        return try XLSXReader(file.contents)
    }

    @Test("Every part matches the golden files")
    func goldenParts() throws {
        let reader = try Self.read(Self.sampleDocument())
        for entry in reader.package.entries {
            GoldenFiles.renderers.check(Array(entry.data), "xlsx/" + entry.path)
        }
        if !GoldenFiles.isUpdating {
            #expect(GoldenFiles.renderers.names(in: "xlsx/xl/worksheets").count == reader.sheets.count,
                    "Golden/xlsx/xl/worksheets/ should hold exactly the sheets the renderer writes")
        }
    }

    @Test("Two renders give the same bytes; only a requested timestamp changes them")
    func rendersAreByteIdentical() throws {
        let first = XLSXRenderer().render(Self.sampleDocument(corpus: HostileCorpus.corpus))
        #expect(!first.isEmpty)
        #expect(XLSXRenderer().render(Self.sampleDocument(corpus: HostileCorpus.corpus)) == first)
        let stamped = XLSXRenderer().render(Self.sampleDocument(generatedAt: "2025-01-31T09:30:00Z", corpus: HostileCorpus.corpus))
        #expect(stamped != first)
        let stampedFile = try #require(stamped.first)
        let core = try XLSXReader(stampedFile.contents).package.data("docProps/core.xml") ?? Data()
        #expect(String(decoding: core, as: UTF8.self).contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-01-31T09:30:00Z"))
        let firstFile = try #require(first.first)
        let plain = try XLSXReader(firstFile.contents).package.data("docProps/core.xml") ?? Data()
        #expect(!String(decoding: plain, as: UTF8.self).contains("dcterms:"))
    }

    @Test("A value that starts like a formula is an inline string, never a formula", arguments: [
        "=1+1", "+47 22 00 00 00", "-2", "@SUM(A1:A2)", "=HYPERLINK(\"http://x\",\"y\")", "\t=1",
    ])
    func formulaLikeValuesStayText(value: String) throws {
        var document = Self.sampleDocument()
        document.tables[0].rows[0].label = value
        let reader = try Self.read(document)
        let cell = try #require(reader.sheets[0]["A2"])
        #expect(cell.type == "inlineStr")
        #expect(cell.value == value)
        #expect(reader.sheets.allSatisfy { !$0.elements.contains("f") })
    }

    @Test("A value longer than a cell holds is cut to 32 767 characters, ending with an ellipsis")
    func longValuesFitACell() throws {
        var document = Self.sampleDocument()
        let long = String(repeating: "æøå 🇳🇴 ", count: 5_000)
        document.tables[0].rows[0].label = long
        document.tables[0].rows[1].label = String(repeating: "x", count: 32_767)
        let reader = try Self.read(document)
        let cut = try #require(reader.sheets[0]["A2"]).value
        #expect(cut.utf16.count <= 32_767 && cut.utf16.count > 32_700)
        #expect(cut.hasSuffix("…") && long.hasPrefix(cut.dropLast()))
        #expect(try #require(reader.sheets[0]["A3"]).value == String(repeating: "x", count: 32_767))
        #expect(XLSXInvariant.problems(document, XLSXRenderer().render(document)).isEmpty)
    }

    @Test("Numbers are typed when a double keeps every digit; longer ones and dates stay text as written", arguments: [
        (DataValue.integer(8168), "8168", true), (.decimal(Decimal(string: "2.5")!), "2.5", true),
        (.decimal(Decimal(string: "-0.0025")!), "-0.0025", true),
        (.decimal(Decimal(string: "123456789012345")!), "123456789012345", true),
        (.decimal(Decimal(string: "1234567890123456")!), "1234567890123456", false),
        (.decimal(Decimal(string: "0.1234567890123456")!), "0.1234567890123456", false),
        (.date(try! PartialDate(year: 2024, month: 9)), "2024-09", false), (.text("-2"), "-2", false),
    ])
    func typedValues(value: DataValue, written: String, isNumber: Bool) {
        #expect(XLSXCell(value) == (isNumber ? .number(written) : .text(written, style: .plain)))
    }

    @Test("Sheet names are cut to 31 characters, lose what Excel forbids, and are unique ignoring case")
    func sheetNames() {
        let names = XLSXSheetNames.unique([
            "participants", "Participants", "Budsjett: 2024/2025 [utkast]?", "'quoted'", "",
            "Et meget langt navn på et ark som er for langt", "Et meget langt navn på et ark som er for langt!", "History",
        ])
        #expect(names == [
            "participants", "Participants (2)", "Budsjett_ 2024_2025 _utkast__", "_quoted_", "Sheet",
            "Et meget langt navn på et ark s", "Et meget langt navn på et a (2)", "History_",
        ])
    }

    @Test("The data tables are sheets of their own, named as the data package's files, typed as declared")
    func dataSheets() throws {
        let reader = try Self.read(Self.sampleDocument(corpus: HostileCorpus.corpus))
        let tables = Self.sampleDocument().tables.count
        #expect(Array(reader.sheetNames.suffix(DataTables.all.count)) == DataTables.all.map(\.name))
        #expect(reader.sheetNames[tables] == "Kilder til tabellene")
        let problems = XLSXInvariant.problems(Self.sampleDocument(corpus: HostileCorpus.corpus),
                                              XLSXRenderer().render(Self.sampleDocument(corpus: HostileCorpus.corpus)))
        #expect(problems.isEmpty, "\(problems.prefix(5))")
    }

    /// A renderer that hands over fixed bytes, to show that the invariant catches a broken workbook.
    struct FakeXLSX: BriefingRenderer {
        let bytes: [UInt8]
        var formatName: String { "xlsx" }
        var aliases: [String] { [] }
        var fileExtension: String { "xlsx" }
        func render(_ document: BriefingDocument) -> [RenderedFile] {
            [RenderedFile(relativePath: "briefing.xlsx", contents: bytes)]
        }
    }

    /// The real workbook with the first sheet passed through `edit`.
    static func tampered(_ document: BriefingDocument, _ edit: (String) -> String) throws -> [UInt8] {
        let file = try #require(XLSXRenderer().render(document).first)
        let reader = try DOCXReader(file.contents)
        let archive = try Archive(data: Data(), accessMode: .create)
        for entry in reader.entries {
            let data = entry.path == "xl/worksheets/sheet1.xml" ? Data(edit(String(decoding: entry.data, as: UTF8.self)).utf8) : entry.data
            try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: Date(timeIntervalSince1970: 315_532_800)) { position, size in
                data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
            }
        }
        return Array(try #require(archive.data))
    }

    @Test("The XLSX check catches lost text, a formula, a string typed as a number, a thawed header and non-ZIP output")
    func xlsxCheckCatchesBrokenOutput() throws {
        let document = Self.sampleDocument(corpus: HostileCorpus.corpus)
        func problems(_ bytes: [UInt8]) -> [String] {
            FormatInvariants.problems(renderer: FakeXLSX(bytes: bytes), document: document)
        }
        #expect(problems(try Self.tampered(document) { $0 }).isEmpty)
        #expect(!problems(try Self.tampered(document) { $0.replacingOccurrences(of: "partnership", with: "partnershi") }).isEmpty)
        #expect(problems(try Self.tampered(document) {
            $0.replacingOccurrences(of: "<c r=\"A2\" s=\"1\" t=\"inlineStr\">", with: "<c r=\"A2\" s=\"1\" t=\"inlineStr\"><f>1+1</f>")
        }).contains { $0.contains("formula") })
        #expect(problems(try Self.tampered(document) { $0.replacingOccurrences(of: "t=\"inlineStr\"", with: "t=\"str\"") })
            .contains { $0.contains("type str") })
        #expect(problems(try Self.tampered(document) { $0.replacingOccurrences(of: "state=\"frozen\"", with: "") })
            .contains { $0.contains("not frozen") })
        #expect(problems(Array("not a zip\n".utf8)).contains { $0.contains("cannot read the workbook") })
    }
}

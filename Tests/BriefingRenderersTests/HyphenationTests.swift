@testable import BriefingRenderers
import ComparisonKit
import Foundation
import Hyphenation
import Testing

/// Liang's patterns read from libhyphen's dictionary format, and the soft hyphens the HTML tables get from them.
@Suite("Hyphenation")
struct HyphenationTests {
    /// A dictionary of two patterns: a hyphen may go before every `ba` and every `na`.
    static let banana = Array("UTF-8\nLEFTHYPHENMIN 2\nRIGHTHYPHENMIN 2\n% a comment\n1ba\n1na\n".utf8)

    static func hyphenator(_ bytes: [UInt8] = banana) throws -> Hyphenator {
        Hyphenator(patterns: try HyphenationPatterns(dictionary: bytes))
    }

    @Test("Breaks go where an odd value falls, keeping the minimum letters at either end")
    func breaksFollowThePatterns() throws {
        let hyphenator = try Self.hyphenator()
        #expect(hyphenator.breakOffsets(in: "banana".unicodeScalars) == [2, 4])
        #expect(hyphenator.breakOffsets(in: "Bananas".unicodeScalars) == [2, 4], "matched in lower case")
        // No break before the first `ba` (no letter before it); the last `na` keeps two letters, as
        // RIGHTHYPHENMIN 2 allows.
        #expect(hyphenator.breakOffsets(in: "bananana".unicodeScalars) == [2, 4, 6])
        #expect(hyphenator.breakOffsets(in: "banan".unicodeScalars).isEmpty, "words under six letters stay whole")
    }

    @Test("A dictionary in ISO 8859-1 is read by its first line")
    func latinOneDictionary() throws {
        let hyphenator = try Self.hyphenator([UInt8]("ISO8859-1\n1b".utf8) + [0xE6] + [0x0A])
        #expect(hyphenator.breakOffsets(in: "bæbæbæ".unicodeScalars) == [2, 4])
    }

    @Test("An unknown encoding and a dictionary without patterns are refused")
    func badDictionaries() {
        #expect(throws: HyphenationPatterns.ReadError.unsupportedEncoding("KOI8-R")) {
            try HyphenationPatterns(dictionary: Array("KOI8-R\n1ba\n".utf8))
        }
        #expect(throws: HyphenationPatterns.ReadError.noPatterns) {
            try HyphenationPatterns(dictionary: Array("UTF-8\nLEFTHYPHENMIN 2\n".utf8))
        }
    }

    @Test("Soft hyphens go into words, never into URLs, amounts, dates or character references")
    func softHyphensInEscapedHTML() throws {
        let hyphenator = try Self.hyphenator()
        let escaped = "banana https://banana.example/banana bananas&amp;banana 9.\u{A0}banana\u{A0}2024 nanana:"
        #expect(HTMLHyphenation.apply(escaped, hyphenator: hyphenator)
                == "ba&shy;na&shy;na https://banana.example/banana ba&shy;na&shy;nas&amp;ba&shy;na&shy;na "
                + "9.\u{A0}banana\u{A0}2024 na&shy;na&shy;na:")
    }

    @Test("The HTML table's cells and headings are hyphenated in their language, from the folder's dictionary")
    func htmlTablesUseTheDictionary() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hyphen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.banana).write(to: folder.appendingPathComponent("hyph_en_GB.dic"))
        let dictionaries = HyphenationDictionaries(folders: [folder.path])
        #expect(dictionaries.dictionaryPath(for: "en-GB") == folder.path + "/hyph_en_GB.dic")
        #expect(dictionaries.hyphenator(for: "nb") == nil, "no Norwegian dictionary in the folder")

        let table = ComparisonTable(
            viewID: "fruit", title: "Fruit", language: "en", rowHeading: "Fruit",
            columnGroups: [ColumnGroup(jurisdiction: "NO", label: "Norway", columns: [
                TableColumn(initiativeID: "a", heading: "Bananas", jurisdiction: "NO"),
            ])],
            rows: [TableRow(id: "kind", label: "Kind", cells: [
                TableCell(state: .known, entries: [CellEntry(text: "banana", footnotes: [1])]),
            ])],
            footnotes: [], legend: "")
        let document = BriefingDocument(title: "Fruit", language: "en", tables: [table])
        let html = String(decoding: HTMLRenderer(hyphenation: dictionaries).render(document)[0].contents, as: UTF8.self)
        #expect(html.contains("<th scope=\"col\">Ba&shy;na&shy;nas</th>"))
        #expect(html.contains("ba&shy;na&shy;na"))
        let plain = String(decoding: HTMLRenderer().render(document)[0].contents, as: UTF8.self)
        #expect(!plain.contains("&shy;"), "without dictionaries nothing is hyphenated")
    }

    @Test("The system's Norwegian, Danish and English dictionaries are found and break long words",
          .enabled(if: FileManager.default.fileExists(atPath: "/usr/share/hyphen/hyph_nb_NO.dic"),
                   "needs Debian's hyphen-no, hyphen-da and hyphen-en-gb, which .ci/run installs"))
    func systemDictionaries() throws {
        let dictionaries = HyphenationDictionaries(folders: HyphenationDictionaries.defaultFolders)
        for (language, word) in [("nb", "digitaliseringsdirektoratet"), ("da", "digitaliseringspartnerskabet"),
                                 ("en", "digitalisation")] {
            let hyphenator = try #require(dictionaries.hyphenator(for: language), "no dictionary for \(language)")
            #expect(!hyphenator.breakOffsets(in: word.unicodeScalars).isEmpty, "\(language): \(word)")
        }
    }
}

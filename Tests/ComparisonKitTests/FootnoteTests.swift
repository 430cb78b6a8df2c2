import Testing
@testable import ComparisonKit

@Suite("TableBuilder: footnotes")
struct FootnoteTests {
    /// A Norwegian forum and a Danish partnership citing the same places several times.
    var corpus: Corpus {
        let noFile = TestCorpus.file(of: "no-forum", plugin: "norway")
        var forum = TestCorpus.initiative("no-forum", plugin: "norway", jurisdiction: "NO", language: "nb",
                                          source: "kdd-2024", kind: .forum)
        let firstParagraph = TestCorpus.cite("kdd-2024", plugin: "norway", locator: "første avsnitt", file: noFile, line: 8)
        forum.period = Fact([TestCorpus.known(Period(start: TestCorpus.date("2024-03"), end: .open), firstParagraph)])
        forum.lead = Fact([TestCorpus.known(Organisation(name: "Kommunal- og distriktsdepartementet"),
                                            TestCorpus.cite("kdd-2024", plugin: "norway", file: noFile, line: 9))])
        forum.budget = Fact([TestCorpus.unknown(nil, TestCorpus.cite("kdd-2024", plugin: "norway",
                                                                     locator: "første avsnitt", file: noFile, line: 30))])

        let dkFile = TestCorpus.file(of: "dk-partnership", plugin: "denmark")
        var partnership = TestCorpus.initiative("dk-partnership", plugin: "denmark", jurisdiction: "DK", language: "da",
                                                source: "fm-2021", kind: .partnership)
        partnership.period = Fact([TestCorpus.known(Period(start: TestCorpus.date("2021-03"), end: .date(TestCorpus.date("2021-10"))),
                                                    TestCorpus.cite("fm-2021", plugin: "denmark", file: dkFile, line: 8))])
        partnership.lead = Fact([TestCorpus.known(Organisation(name: "Finansministeriet"),
                                                  TestCorpus.cite("digst-en", plugin: "denmark", locator: "Box 1.2",
                                                                  file: dkFile, line: 9))])
        return TestCorpus.corpus([
            TestCorpus.Part(descriptor: TestCorpus.descriptor("norway", jurisdiction: "NO"),
                            sources: [TestCorpus.source("kdd-2024", plugin: "norway", language: "nb")],
                            initiatives: [forum]),
            TestCorpus.Part(descriptor: TestCorpus.descriptor("denmark", jurisdiction: "DK"),
                            sources: [TestCorpus.source("fm-2021", plugin: "denmark", language: "da"),
                                      TestCorpus.source("digst-en", plugin: "denmark")],
                            initiatives: [partnership]),
        ])
    }

    @Test func numberedInOrderOfFirstUseAndSharedBySourceAndLocator() {
        let table = TableBuilder(corpus: corpus, codebook: TestCorpus.codebook(), language: "en")
            .table(for: TestCorpus.view("v", rows: ["jurisdiction", "period", "lead", "budget"]))
        // Row by row, left to right: kdd-2024, fm-2021, kdd-2024 §1, (fm-2021), (kdd-2024), digst-en Box 1.2, (kdd-2024 §1).
        #expect(table.rows.map { $0.cells.map { $0.entries.flatMap(\.footnotes) } } == [
            [[1], [2]],
            [[3], [2]],
            [[1], [4]],
            [[3], []],
        ])
        #expect(table.footnotes.map(\.number) == [1, 2, 3, 4])
        #expect(table.footnotes.map(\.source.id) == ["kdd-2024", "fm-2021", "kdd-2024", "digst-en"])
        #expect(table.footnotes.map(\.locator) == [nil, nil, "første avsnitt", "Box 1.2"])
    }

    @Test func numberingStartsAgainInEachTable() {
        let builder = TableBuilder(corpus: corpus, codebook: TestCorpus.codebook(), language: "en")
        let first = builder.table(for: TestCorpus.view("a", rows: ["lead"]))
        let second = builder.table(for: TestCorpus.view("b", rows: ["lead"]))
        #expect(first.footnotes == second.footnotes)
        #expect(first.footnotes.map(\.source.id) == ["kdd-2024", "digst-en"])
    }

    @Test func theSameSourceIdInTwoPluginsIsTwoFootnotes() {
        func part(_ plugin: String, _ jurisdiction: String, publisher: String) -> TestCorpus.Part {
            TestCorpus.Part(descriptor: TestCorpus.descriptor(plugin, jurisdiction: jurisdiction),
                            sources: [TestCorpus.source("press", plugin: plugin, publisher: publisher)],
                            initiatives: [TestCorpus.initiative("\(plugin)-x", plugin: plugin, jurisdiction: jurisdiction,
                                                                source: "press")])
        }
        let corpus = TestCorpus.corpus([part("norway", "NO", publisher: "Regjeringen"),
                                        part("denmark", "DK", publisher: "Regeringen")])
        let table = TableBuilder(corpus: corpus, codebook: TestCorpus.codebook(), language: "en")
            .table(for: TestCorpus.view("v", rows: ["kind"]))
        #expect(table.rows[0].cells.map { $0.entries.flatMap(\.footnotes) } == [[1], [2]])
        #expect(table.footnotes.map(\.source.publisher) == ["Regjeringen", "Regeringen"])
    }

    @Test func anUndeclaredSourceGetsNoNumber() {
        var part = TestCorpus.swedishPart()
        part.initiatives[0].chair = Fact([TestCorpus.known("Carl-Henric Svanberg",
                                                           TestCorpus.cite("missing", plugin: "sweden", line: 3))])
        let table = TableBuilder(corpus: TestCorpus.corpus([part]), codebook: TestCorpus.codebook(), language: "en")
            .table(for: TestCorpus.view("v", rows: ["chair"]))
        #expect(table.rows[0].cells[0].entries == [CellEntry(text: "Carl-Henric Svanberg", footnotes: [])])
        #expect(table.footnotes.isEmpty)
    }

    /// An entry citing several sources lists their numbers in ascending order, also when the table is built in pieces
    /// whose own numbering differs from the table's ("[22, 13]" was written before).
    @Test(arguments: [1, 128])
    func severalNumbersInOneEntryAreSorted(columnsPerPiece: Int) {
        let corpus = TestCorpus.clean().corpus
        let first = TestCorpus.cite("prop-2023", plugin: "sweden")
        let second = TestCorpus.cite("press-2024", plugin: "sweden")
        let pieces = TablePieces(rowCount: 1, columnCount: 2, columnsPerPiece: columnsPerPiece, corpus: corpus) {
            _, columns, footnotes in
            columns.map { column in
                let numbers = column == 0 ? footnotes.numbers(for: [second]) : footnotes.numbers(for: [first, second])
                return TableCell(state: .known, entries: [CellEntry(text: "x", footnotes: numbers)])
            }
        }
        #expect(pieces.footnotes.map(\.source.id) == ["press-2024", "prop-2023"])
        #expect(pieces.rows[0].map { $0.entries[0].footnotes } == [[1], [1, 2]])
    }
}

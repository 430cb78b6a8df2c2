import Testing
@testable import ComparisonKit

@Suite("TableBuilder: history, disagreement, unknown and not recorded")
struct TableHistoryTests {
    let file = TestCorpus.euFile

    func cite(_ source: String, _ locator: String? = nil, line: Int) -> Citation {
        TestCorpus.cite(source, plugin: "eu-dep", locator: locator, file: file, line: line)
    }

    /// An EU-like programme whose budget was proposed, adopted and amended.
    var corpus: Corpus {
        var programme = TestCorpus.initiative("eu-digital-europe", plugin: "eu-dep", jurisdiction: "EU",
                                              source: "reg-2021-694", kind: .programme)
        programme.budget = Fact([
            TestCorpus.known(Budget(amount: .exact(TestCorpus.decimal("9.2")), currency: "EUR", scale: .billion),
                             cite("com-2018-434", line: 10), status: .proposed, asOf: "2018-06"),
            TestCorpus.known(Budget(amount: .exact(7588), currency: "EUR", scale: .million, basis: .current),
                             cite("reg-2021-694", "Article 9", line: 20), status: .adopted, asOf: "2021-04-29"),
            TestCorpus.known(Budget(amount: .exact(8168), currency: "EUR", scale: .million),
                             cite("reg-2023-1781", "Article 9 as amended", line: 30), status: .amended, asOf: "2023-09-13"),
        ])
        programme.memberCount = Fact([
            TestCorpus.known(26, cite("itb-2021", line: 40), asOf: "2021-03"),
            TestCorpus.known(27, cite("digst-en", "Box 1.2", line: 41), asOf: "2021-03"),
        ])
        programme.chair = Fact([TestCorpus.unknown("A funding programme has no chair.", cite("reg-2021-694", line: 50))])
        return TestCorpus.corpus([TestCorpus.Part(
            descriptor: TestCorpus.descriptor("eu-dep", jurisdiction: "EU"),
            sources: ["com-2018-434", "reg-2021-694", "reg-2023-1781", "itb-2021", "digst-en"].map {
                TestCorpus.source($0, plugin: "eu-dep")
            },
            initiatives: [programme])])
    }

    func cell(_ row: String, language: LanguageCode = "en", history: HistoryMode = .latest) -> (TableCell, [Footnote]) {
        let table = TableBuilder(corpus: corpus, codebook: TestCorpus.codebook(), language: language, history: history)
            .table(for: TestCorpus.view("v", rows: [row]))
        return (table.rows[0].cells[0], table.footnotes)
    }

    @Test func latestShowsOnlyTheAmendedBudget() {
        let (cell, footnotes) = cell("budget")
        #expect(cell.state == .known)
        let amended = MoneyValue(amount: 8168, scale: .million, currency: "EUR", status: .amended,
                                 asOf: try? PartialDate(parsing: "2023-09-13"))
        #expect(cell.entries == [CellEntry(text: "EUR\u{00A0}8\u{00A0}168\u{00A0}million",
                                           qualifier: "amended, 13\u{00A0}September\u{00A0}2023", footnotes: [1], data: .money(amended))])
        #expect(footnotes.map(\.source.id) == ["reg-2023-1781"])
        #expect(footnotes.map(\.locator) == ["Article 9 as amended"])
    }

    @Test func allShowsEveryStepOldestFirst() {
        let (cell, footnotes) = cell("budget", history: .all)
        #expect(cell.state == .known)
        #expect(cell.entries.map(\.text) == ["EUR\u{00A0}9.2\u{00A0}billion",
                                             "EUR\u{00A0}7\u{00A0}588\u{00A0}million, current prices",
                                             "EUR\u{00A0}8\u{00A0}168\u{00A0}million"])
        #expect(cell.entries.map(\.qualifier) == ["proposed, June\u{00A0}2018", "adopted, 29\u{00A0}April\u{00A0}2021", "amended, 13\u{00A0}September\u{00A0}2023"])
        #expect(cell.entries.map(\.footnotes) == [[1], [2], [3]])
        #expect(footnotes.map(\.source.id) == ["com-2018-434", "reg-2021-694", "reg-2023-1781"])
    }

    @Test func aViewsHistoryOverridesTheRuns() {
        let table = TableBuilder(corpus: corpus, codebook: TestCorpus.codebook(), language: "nb", history: .latest)
            .table(for: TestCorpus.view("v", rows: ["budget"], history: .all))
        #expect(table.rows[0].cells[0].entries.map(\.qualifier) == [
            "foreslått, juni\u{00A0}2018", "vedtatt, 29.\u{00A0}april\u{00A0}2021", "endret, 13.\u{00A0}september\u{00A0}2023",
        ])
        #expect(table.rows[0].cells[0].entries.last?.text == "8\u{00A0}168\u{00A0}mill.\u{00A0}euro")
    }

    @Test func aDisputedCellShowsEachValueWithItsOwnFootnote() {
        let (cell, footnotes) = cell("member-count")
        #expect(cell.state == .disputed)
        #expect(cell.entries == [CellEntry(text: "26", qualifier: "March\u{00A0}2021", footnotes: [1]),
                                 CellEntry(text: "27", qualifier: "March\u{00A0}2021", footnotes: [2])])
        #expect(footnotes.map(\.source.id) == ["itb-2021", "digst-en"])
        #expect(footnotes.map(\.locator) == [nil, "Box 1.2"])
    }

    @Test(arguments: [("en", "not stated in the sources", "not recorded"),
                      ("nb", "ikke oppgitt i kildene", "ikke registrert"),
                      ("da", "ikke oplyst i kilderne", "ikke registreret")])
    func unknownIsNotTheSameAsNotRecorded(_ language: String, _ notStated: String, _ notRecorded: String) {
        let (unknown, _) = cell("chair", language: language)
        #expect(unknown.state == .unknown)
        #expect(unknown.entries == [CellEntry(text: notStated, qualifier: nil, footnotes: [1])])
        let (missing, footnotes) = cell("period", language: language)
        #expect(missing.state == .notRecorded)
        #expect(missing.entries == [CellEntry(text: notRecorded, footnotes: [])])
        #expect(footnotes.isEmpty)
    }

    @Test func aBudgetBreakdownListsEachComponentWithTheClaimsStanding() {
        let context = TestCorpus.clean()
        let table = TableBuilder(corpus: context.corpus, codebook: context.codebook, language: "en")
            .table(for: TestCorpus.view("v", rows: ["budget-breakdown"]))
        let (swedish, eu) = (table.rows[0].cells[0], table.rows[0].cells[1])
        // The Swedish budget is known but not split: the split is not stated.
        #expect(swedish.state == .unknown)
        #expect(swedish.entries.map(\.text) == ["not stated in the sources"])
        #expect(eu.state == .known)
        #expect(eu.entries.map(\.text) == [
            "High-performance computing: EUR\u{00A0}2\u{00A0}226.914\u{00A0}million, current prices",
            "Artificial intelligence: EUR\u{00A0}2\u{00A0}061.956\u{00A0}million, current prices",
            "Cybersecurity and trust: EUR\u{00A0}1\u{00A0}649.566\u{00A0}million, current prices",
            "Advanced digital skills: EUR\u{00A0}577.347\u{00A0}million, current prices",
            "Deployment and interoperability: EUR\u{00A0}1\u{00A0}072.217\u{00A0}million, current prices",
        ])
        #expect(Set(eu.entries.map(\.qualifier)) == ["adopted, 29\u{00A0}April\u{00A0}2021"])
        #expect(Set(eu.entries.map(\.footnotes)).count == 1)
    }

    /// A footnote no cell cites is noise in the source list.
    @Test
    func everyFootnoteIsCitedByACell() {
        let context = TestCorpus.clean()
        let table = TableBuilder(corpus: context.corpus, codebook: context.codebook, language: "en")
            .table(for: TestCorpus.view("v", rows: ["budget-breakdown"]))
        let cited = Set(table.rows.flatMap { $0.cells.flatMap { $0.entries.flatMap(\.footnotes) } })
        #expect(Set(table.footnotes.map(\.number)) == cited)
        #expect(table.footnotes.map(\.source.id) == ["reg-2021-694"])
    }

    /// The current claims disagree and so did older ones; the cell must be disputed every time.
    @Test
    func aCurrentDisagreementIsDisputedEvenWhenAnOlderOneExists() {
        for _ in 0..<100 {
            var programme = TestCorpus.initiative("eu-digital-europe", plugin: "eu-dep", jurisdiction: "EU",
                                                  source: "itb-2021")
            programme.memberCount = Fact([
                TestCorpus.known(20, cite("itb-2021", line: 1), asOf: "2020"),
                TestCorpus.known(21, cite("digst-en", line: 2), asOf: "2020"),
                TestCorpus.known(26, cite("itb-2021", line: 3), asOf: "2021-03"),
                TestCorpus.known(27, cite("digst-en", line: 4), asOf: "2021-03"),
            ])
            let corpus = TestCorpus.corpus([TestCorpus.Part(
                descriptor: TestCorpus.descriptor("eu-dep", jurisdiction: "EU"),
                sources: [TestCorpus.source("itb-2021", plugin: "eu-dep"), TestCorpus.source("digst-en", plugin: "eu-dep")],
                initiatives: [programme])])
            let table = TableBuilder(corpus: corpus, codebook: TestCorpus.codebook(), language: "en")
                .table(for: TestCorpus.view("v", rows: ["member-count"]))
            #expect(table.rows[0].cells[0].state == .disputed)
        }
    }
}

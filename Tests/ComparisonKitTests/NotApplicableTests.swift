import Testing
@testable import ComparisonKit

/// A fact that does not apply (a strategy has no chair) is its own state: never "not stated in the sources", never a
/// disagreement with another source that says the same.
@Suite("Claims that a fact does not apply")
struct NotApplicableTests {
    let file = TestCorpus.swedishFile

    func cite(_ source: String, line: Int) -> Citation {
        TestCorpus.cite(source, plugin: "sweden", file: file, line: line)
    }

    /// The clean Swedish initiative with its chair (and, when asked, its budget) edited.
    func table(language: LanguageCode = "en", rows: [String] = ["chair"], history: HistoryMode = .latest,
               _ edit: (inout Initiative) -> Void) -> ComparisonTable {
        let context = TestCorpus.cleanEditingSwedish(edit)
        return TableBuilder(corpus: context.corpus, codebook: context.codebook, language: language, history: history)
            .table(for: TestCorpus.view("v", rows: rows))
    }

    @Test("Not applicable in each reader language", arguments: [
        ("en", "not applicable"), ("nb", "ikke relevant"), ("da", "ikke relevant"),
    ])
    func words(_ language: LanguageCode, _ expected: String) {
        #expect(Vocabulary(language).notApplicable == expected)
        let table = table(language: language) { initiative in
            initiative.chair = Fact([TestCorpus.notApplicable("A commission of this kind has no chair.", cite("prop-2023", line: 13))])
        }
        let cell = table.rows[0].cells[0]
        #expect(cell == TableCell(state: .notApplicable, entries: [CellEntry(text: expected, footnotes: [1])]))
        #expect(cell.entries[0].text != Vocabulary(language).notStated)
    }

    @Test func theDetailTableGivesTheReason() {
        let context = TestCorpus.cleanEditingSwedish { initiative in
            initiative.chair = Fact([TestCorpus.notApplicable("A commission of this kind has no chair.",
                                                              cite("prop-2023", line: 13), asOf: "2024-03")])
        }
        let detail = TableBuilder(corpus: context.corpus, codebook: context.codebook, language: "nb")
            .detailTable(for: context.corpus.initiatives[0])
        let chair = detail.rows.first { $0.id == "chair" }?.cells.first
        #expect(chair?.state == .notApplicable)
        #expect(chair?.entries.map(\.text) == ["ikke relevant"])
        #expect(chair?.entries.map(\.qualifier) == ["mars\u{00A0}2024, A commission of this kind has no chair."])
    }

    @Test func aHistoryShowsWhenAFactStoppedApplying() {
        let table = table(history: .all) { initiative in
            initiative.chair = Fact([
                TestCorpus.notApplicable(nil, cite("press-2024", line: 14), asOf: "2024-06"),
                TestCorpus.known("Anna Exempel", cite("prop-2023", line: 13), asOf: "2023-12"),
            ])
        }
        let cell = table.rows[0].cells[0]
        #expect(cell.state == .known)
        #expect(cell.entries.map(\.text) == ["Anna Exempel", "not applicable"])
        #expect(cell.entries.map(\.qualifier) == ["December\u{00A0}2023", "June\u{00A0}2024"])
    }

    @Test func theLatestClaimDecidesTheState() {
        let table = table { initiative in
            initiative.chair = Fact([
                TestCorpus.known("Anna Exempel", cite("prop-2023", line: 13), asOf: "2023-12"),
                TestCorpus.notApplicable(nil, cite("press-2024", line: 14), asOf: "2024-06"),
            ])
        }
        #expect(table.rows[0].cells[0] == TableCell(state: .notApplicable,
                                                    entries: [CellEntry(text: "not applicable", qualifier: "June\u{00A0}2024", footnotes: [1])]))
    }

    @Test func twoSourcesThatSayItDoesNotApplyAgreeWhateverTheirReasons() {
        let fact = Fact<String>([
            TestCorpus.notApplicable("No chair in the terms of reference.", cite("prop-2023", line: 13)),
            TestCorpus.notApplicable("The commission is led by its secretariat.", cite("press-2024", line: 14)),
        ])
        #expect(fact.disagreements.isEmpty)
        let table = table { $0.chair = fact }
        #expect(table.rows[0].cells[0].state == .notApplicable)
        #expect(table.rows[0].cells[0].entries.map(\.text) == ["not applicable", "not applicable"])
        let context = TestCorpus.cleanEditingSwedish { $0.chair = fact }
        #expect(DisagreementRule().validate(context).isEmpty)
    }

    @Test func notApplicableAgainstAValueDisagrees() {
        let fact = Fact<String>([
            TestCorpus.notApplicable(nil, cite("prop-2023", line: 13)),
            TestCorpus.known("Anna Exempel", cite("press-2024", line: 14)),
        ])
        #expect(fact.disagreement?.count == 2)
        let table = table { $0.chair = fact }
        #expect(table.rows[0].cells[0].state == .disputed)
        #expect(table.rows[0].cells[0].entries.map(\.text) == ["not applicable", "Anna Exempel"])
    }

    @Test func notApplicableAgainstNotStatedDisagrees() {
        let fact = Fact<String>([
            TestCorpus.notApplicable(nil, cite("prop-2023", line: 13)),
            TestCorpus.unknown(nil, cite("press-2024", line: 14)),
        ])
        #expect(fact.disagreement?.count == 2)
    }

    @Test func oneSourceSayingItTwiceIsNoDisagreement() {
        let fact = Fact<String>([
            TestCorpus.notApplicable("a", cite("prop-2023", line: 13)),
            TestCorpus.notApplicable("b", cite("prop-2023", line: 14)),
        ])
        #expect(fact.disagreements.isEmpty)
    }

    @Test func aBudgetThatDoesNotApplyHasNoSplitEither() {
        let table = table(rows: ["budget", "budget-breakdown"]) { initiative in
            initiative.budget = Fact([TestCorpus.notApplicable("A commission has no budget of its own.",
                                                               cite("prop-2023", line: 12))])
        }
        let expected = TableCell(state: .notApplicable, entries: [CellEntry(text: "not applicable", footnotes: [1])])
        #expect(table.rows[0].cells[0] == expected)
        #expect(table.rows[1].cells[0] == expected)
    }

    @Test func notApplicableIsNeverWrittenAsNotStated() {
        for language in Vocabulary.supportedLanguages {
            for history in [HistoryMode.latest, .all] {
                let table = table(language: language, rows: ["chair", "budget", "budget-breakdown", "member-count"],
                                  history: history) { initiative in
                    initiative.chair = Fact([TestCorpus.notApplicable(nil, cite("prop-2023", line: 13))])
                    initiative.budget = Fact([TestCorpus.notApplicable(nil, cite("prop-2023", line: 12))])
                    initiative.memberCount = Fact([TestCorpus.notApplicable(nil, cite("prop-2023", line: 14), asOf: "2024")])
                }
                for row in table.rows {
                    let cell = row.cells[0]
                    #expect(cell.state == .notApplicable, "\(language) \(history) \(row.id)")
                    #expect(!cell.entries.contains { $0.text == Vocabulary(language).notStated }, "\(language) \(row.id)")
                }
            }
        }
    }
}

import Testing
@testable import ComparisonKit

@Suite("TableBuilder: detail table")
struct DetailTableTests {
    let file = TestCorpus.swedishFile

    /// The Swedish initiative with an unknown chair, a note on its members, and a goal with a note.
    var context: ValidationContext {
        TestCorpus.cleanEditingSwedish { initiative in
            initiative.chair = Fact([TestCorpus.unknown("The terms of reference name no chair.",
                                                        TestCorpus.cite("prop-2023", plugin: "sweden", file: file, line: 13))])
            initiative.memberCount = Fact([TestCorpus.known(8, TestCorpus.cite("press-2024", plugin: "sweden", file: file, line: 14),
                                                            asOf: "2024-01", note: "Counted from the list of members.")])
            initiative.goals = [Goal(text: TestCorpus.text(("en", "A roadmap for AI")), target: "one report",
                                     deadline: TestCorpus.date("2024-11"), note: "Deadline from the terms of reference.",
                                     citation: TestCorpus.cite("prop-2023", plugin: "sweden", file: file, line: 16))]
        }
    }

    func row(_ table: ComparisonTable, _ id: String) -> [CellEntry] {
        table.rows.first { $0.id == id }?.cells.first?.entries ?? []
    }

    var detail: ComparisonTable {
        let context = context
        let builder = TableBuilder(corpus: context.corpus, codebook: context.codebook, language: "en")
        return builder.detailTable(for: context.corpus.initiatives[0])
    }

    var overview: ComparisonTable {
        let context = context
        return TableBuilder(corpus: context.corpus, codebook: context.codebook, language: "en")
            .table(for: TestCorpus.view("overview", rows: ["chair", "member-count", "goals"]))
    }

    @Test func detailShowsOneInitiativeWithEveryDimensionAndItsHistory() {
        let detail = detail
        #expect(detail.columns.map(\.initiativeID) == ["se-ai-commission"])
        #expect(detail.rows.map(\.id) == ["summary"] + KnownDimension.allCases.map(\.rawValue))
        #expect(detail.title == "AI Commission")
        #expect(detail.viewID == "se-ai-commission")
        #expect(detail.legend.hasPrefix("Every dated value"))
    }

    @Test("A component's one-line description follows its title, in the reader's language", arguments: [
        ("en", "Track 1: Skills — One line on the track."), ("nb", "Track 1: Kompetanse — Én linje om sporet."),
        // No Danish, and the initiative's original (Swedish) not given: English, marked.
        ("da", "Track 1: Skills ‹en› — One line on the track. ‹en›"),
    ])
    func componentsShowTheirDescription(_ language: LanguageCode, _ expected: String) {
        let context = TestCorpus.cleanEditingSwedish { initiative in
            initiative.components[0].label = "Track 1"
            initiative.components[0].title = TestCorpus.text(("en", "Skills"), ("nb", "Kompetanse"))
            initiative.components[0].description = TestCorpus.text(("en", "One line on the track."),
                                                                   ("nb", "Én linje om sporet."))
        }
        let table = TableBuilder(corpus: context.corpus, codebook: context.codebook, language: language)
            .table(for: TestCorpus.view("v", rows: ["components"]))
        #expect(table.rows[0].cells[0].entries.map(\.text) == [expected])
        // Without a description the title stands alone, as before.
        #expect(row(detail, "components").map(\.text) == ["Skills"])
    }

    @Test func detailShowsReasonsAndNotes() {
        let detail = detail
        #expect(row(detail, "chair").map(\.qualifier) == ["The terms of reference name no chair."])
        #expect(row(detail, "member-count").map(\.qualifier) == ["January\u{00A0}2024, Counted from the list of members."])
        #expect(row(detail, "goals").map(\.text)
                    == ["A roadmap for AI (target: one report; by November\u{00A0}2024; Deadline from the terms of reference.)"])
    }

    @Test func comparisonTablesKeepCellsShort() {
        let overview = overview
        #expect(row(overview, "chair") == [CellEntry(text: "not stated in the sources", qualifier: nil, footnotes: [1])])
        #expect(row(overview, "member-count").map(\.qualifier) == ["January\u{00A0}2024"])
        #expect(row(overview, "goals").map(\.text) == ["A roadmap for AI (target: one report; by November\u{00A0}2024)"])
    }

    @Test func relatedInitiativesAreNamedInTheReadersLanguage() {
        let table = TableBuilder(corpus: context.corpus, codebook: context.codebook, language: "da")
            .table(for: TestCorpus.view("v", rows: ["related"]))
        #expect(table.rows[0].cells[0].entries.map(\.text) == ["Programmet for et digitalt Europa"])
        #expect(table.rows[0].cells[1].state == .notRecorded)
    }

    @Test
    func theDateComesBeforeTheReason() {
        let context = TestCorpus.cleanEditingSwedish { initiative in
            initiative.chair = Fact([TestCorpus.unknown("No chair named.", TestCorpus.cite("prop-2023", plugin: "sweden", line: 13),
                                                        asOf: "2024-03")])
        }
        let detail = TableBuilder(corpus: context.corpus, codebook: context.codebook, language: "en")
            .detailTable(for: context.corpus.initiatives[0])
        #expect(row(detail, "chair").map(\.qualifier) == ["March\u{00A0}2024, No chair named."])
    }

    @Test
    func themesAreNamedInTheReadersLanguage() {
        let table = TableBuilder(corpus: context.corpus, codebook: context.codebook, language: "nb")
            .table(for: TestCorpus.view("v", rows: ["themes"]))
        #expect(table.rows[0].cells[0].entries.map(\.text) == ["Tema ai", "Tema digital-skills-inclusion"])
    }
}

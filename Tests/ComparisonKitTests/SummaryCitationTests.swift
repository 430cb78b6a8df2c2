import Testing
@testable import ComparisonKit

/// An initiative's summary can cite a source of its own; the detail table (what `show` prints) gives it first, cited.
@Suite("Summary and its citation")
struct SummaryCitationTests {
    let file = TestCorpus.swedishFile

    /// The clean Swedish initiative with a summary, citing `citation` when given.
    func context(summaryCitation: Citation?) -> ValidationContext {
        TestCorpus.cleanEditingSwedish { initiative in
            initiative.summary = TestCorpus.text(("sv", "En kommission om AI."), ("en", "A commission on AI."))
            initiative.summaryCitation = summaryCitation
        }
    }

    func detail(_ context: ValidationContext, language: LanguageCode = "en") -> ComparisonTable {
        TableBuilder(corpus: context.corpus, codebook: context.codebook, language: language)
            .detailTable(for: context.corpus.initiatives[0])
    }

    @Test func theDetailTableOpensWithTheSummaryCitedToItsOwnSource() throws {
        let citation = TestCorpus.cite("press-2024", plugin: "sweden", locator: "first paragraph", file: file, line: 9)
        let detail = detail(context(summaryCitation: citation))
        let row = try #require(detail.rows.first)
        #expect(row.id == TableBuilder.summaryRowID)
        #expect(row.label == "Summary")
        #expect(row.cells == [TableCell(state: .known, entries: [CellEntry(text: "A commission on AI.", footnotes: [1])])])
        #expect(detail.footnotes.first?.source.id == "press-2024")
        #expect(detail.footnotes.first?.locator == "first paragraph")
    }

    @Test func withoutACitationOfItsOwnTheSummaryCitesTheInitiativesDefault() throws {
        let detail = detail(context(summaryCitation: nil))
        let row = try #require(detail.rows.first)
        #expect(row.cells.first?.entries.first?.text == "A commission on AI.")
        #expect(detail.footnotes.first?.source.id == "prop-2023")
        #expect(detail.footnotes.first?.locator == nil)
    }

    @Test("The summary row is named in the reader's language", arguments: [
        ("en", "Summary"), ("nb", "Sammendrag"), ("da", "Resumé"),
    ])
    func label(_ language: LanguageCode, _ expected: String) {
        #expect(Vocabulary(language).summary == expected)
        #expect(detail(context(summaryCitation: nil), language: language).rows.first?.label == expected)
    }

    @Test func anInitiativeWithoutASummarySaysSoInTheDetailTable() {
        let context = TestCorpus.clean()
        let detail = TableBuilder(corpus: context.corpus, codebook: context.codebook, language: "en")
            .detailTable(for: context.corpus.initiatives[0])
        #expect(detail.rows.first?.cells.first?.state == .notRecorded)
    }

    @Test func comparisonTablesHaveNoSummaryRow() {
        let context = context(summaryCitation: nil)
        let table = TableBuilder(corpus: context.corpus, codebook: context.codebook, language: "en")
            .table(for: TestCorpus.view("v", rows: ["kind"]))
        #expect(table.rows.map(\.id) == ["kind"])
    }

    @Test func theSummarysCitationIsOneOfTheInitiativesCitationsAndChecked() throws {
        let undeclared = TestCorpus.cite("press-2042", plugin: "sweden", file: file, line: 9)
        let context = context(summaryCitation: undeclared)
        #expect(context.corpus.initiatives[0].allCitations.prefix(2).map(\.sourceID) == ["prop-2023", "press-2042"])
        let diagnostics = UndeclaredSourceRule().validate(context)
        #expect(diagnostics.map(\.location) == [undeclared.location])
    }

    @Test func theSummarysCitationIsPartOfTheValue() {
        let original = TestCorpus.initiative("x", plugin: "sweden", jurisdiction: "SE", source: "s")
        var copy = original
        copy.summaryCitation = TestCorpus.cite("t", plugin: "sweden", line: 3)
        #expect(original.summaryCitation == nil)
        #expect(copy != original)
        copy.summaryCitation = nil
        #expect(copy == original)
        let built = Initiative(id: "x", pluginID: "sweden", jurisdiction: "SE", kind: .agency, originalLanguage: "sv",
                               name: TestCorpus.text(("sv", "Verket")), defaultCitation: original.defaultCitation,
                               summaryCitation: TestCorpus.cite("t", plugin: "sweden", line: 3),
                               location: original.location)
        #expect(built.summaryCitation?.sourceID == "t")
    }
}

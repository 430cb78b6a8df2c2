import Testing
@testable import ComparisonKit

@Suite("Participation matrix")
struct ParticipationMatrixTests {
    static func table(language: LanguageCode = "en", selection: [String] = []) throws -> ComparisonTable {
        let view = ViewDefinition(id: "participation", title: TestCorpus.text(("en", "Who takes part")),
                                  layout: .participationMatrix, selection: try InitiativeSelection(parsing: selection),
                                  location: SourceLocation(file: "config/nordic-compare.yaml", line: 30, column: 5))
        return TableBuilder(corpus: AnalysisCorpus.corpus(), codebook: AnalysisCorpus.codebook, language: language)
            .table(for: view)
    }

    @Test("one row per category that takes part anywhere, in the categories' declared order")
    func rows() throws {
        let table = try Self.table()
        #expect(table.rows.map(\.id) == ["employers-organisation", "trade-union", "social-partners", "municipal-sector",
                                         "academia"])
        #expect(table.rowHeading == "Category")
    }

    @Test("cells hold the organisations with their citation and structured data; nobody recorded is 'not recorded'")
    func cells() throws {
        let table = try Self.table()
        let columns = table.columns.map(\.initiativeID)
        let union = try #require(table.rows.first { $0.id == "trade-union" })
        let forum = try #require(columns.firstIndex(of: "no-forum"))
        #expect(union.cells[forum].entries.map(\.text) == ["LO"])
        #expect(union.cells[forum].entries.first?.footnotes.isEmpty == false)
        guard case .participant(let value)? = union.cells[forum].entries.first?.data else {
            Issue.record("no participant data")
            return
        }
        #expect(value.category == .tradeUnion)
        let partnership = try #require(columns.firstIndex(of: "dk-partnership"))
        #expect(union.cells[partnership].entries.isEmpty)
        #expect(union.cells[partnership].state == .known)
        let strategy = try #require(columns.firstIndex(of: "no-strategy"))
        #expect(union.cells[strategy].state == .notRecorded)
    }

    @Test("a view's selection limits the columns")
    func selection() throws {
        let table = try Self.table(selection: ["participant=trade-union,social-partners"])
        #expect(table.columns.map(\.initiativeID) == ["no-forum", "dk-partnership"])
    }

    @Test("the lead body takes part, with its role in the reader's language")
    func leadBody() throws {
        var corpus = AnalysisCorpus.corpus().initiatives
        corpus[0].lead = Fact([TestCorpus.known(Organisation(name: "Departementet", englishName: "The Ministry",
                                                            category: .ministry),
                                                TestCorpus.cite("s1", plugin: "norway"))])
        let rebuilt = TestCorpus.corpus([TestCorpus.Part(
            descriptor: TestCorpus.descriptor("norway", jurisdiction: "NO"),
            sources: [TestCorpus.source("s1", plugin: "norway"), TestCorpus.source("s2", plugin: "norway")],
            initiatives: [corpus[0]])])
        let view = ViewDefinition(id: "p", title: TestCorpus.text(("en", "P")), layout: .participationMatrix,
                                  location: SourceLocation(file: "c.yaml", line: 1, column: 1))
        let table = TableBuilder(corpus: rebuilt, codebook: AnalysisCorpus.codebook, language: "nb").table(for: view)
        #expect(table.rows.map(\.label) == ["departement"])
        #expect(table.rows[0].cells[0].entries.map(\.text) == ["Departementet"])
        #expect(table.rows[0].cells[0].entries.first?.qualifier == "ansvarlig organ")
    }
}

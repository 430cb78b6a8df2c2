import Testing
@testable import ComparisonKit

/// A stakeholder's position on an initiative is cited like any fact and read in a positions row: who, stance, date,
/// and what it asks for, in the reader's language.
@Suite("Stakeholders' positions")
struct PositionTests {
    let file = TestCorpus.swedishFile

    func position(source: String = "prop-2023", line: Int = 20) -> Position {
        Position(
            organisation: Organisation(name: "Unionen", category: .tradeUnion),
            stance: .supportsWithDemands,
            demands: [TestCorpus.text(("sv", "tidigare dialog"), ("en", "earlier dialogue")),
                      TestCorpus.text(("sv", "mer utbildning"), ("en", "more training"))],
            date: TestCorpus.date("2024-03"),
            citation: TestCorpus.cite(source, plugin: "sweden", locator: "statement", file: file, line: line))
    }

    func table(_ context: ValidationContext, language: LanguageCode) -> ComparisonTable {
        TableBuilder(corpus: context.corpus, codebook: context.codebook, language: language)
            .table(for: TestCorpus.view("positions", rows: ["positions"]))
    }

    @Test("The row names who, the stance, the date and the demands, cited", arguments: [
        ("en", "Unionen, trade union: supports, with demands (March 2024); asks for earlier dialogue; more training"),
        // Demands the plugin gives in Swedish and English: a Norwegian reader gets the original, marked.
        ("nb", "Unionen, fagforening: støtter, med krav (mars 2024); ber om tidigare dialog ‹sv›; mer utbildning ‹sv›"),
    ])
    func row(_ language: LanguageCode, _ expected: String) throws {
        let context = TestCorpus.cleanEditingSwedish { $0.positions = [position()] }
        let cell = try #require(table(context, language: language).rows.first?.cells.first)
        #expect(cell.state == .known)
        // Dates keep their day, month and year together with no-break spaces.
        #expect(cell.entries.map { $0.text.replacingOccurrences(of: "\u{00A0}", with: " ") } == [expected])
        #expect(cell.entries.first?.footnotes == [1])
    }

    @Test func anInitiativeWithoutPositionsSaysTheyAreNotRecorded() throws {
        let context = TestCorpus.clean()
        #expect(table(context, language: "en").rows.first?.cells.first?.state == .notRecorded)
    }

    @Test func aPositionCitingAnUndeclaredSourceIsAnErrorAtItsLine() throws {
        let context = TestCorpus.cleanEditingSwedish { $0.positions = [position(source: "unionen-2024", line: 31)] }
        let diagnostics = UndeclaredSourceRule().validate(context)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location.line == 31)
        #expect(diagnostics.first?.message.contains("'unionen-2024'") == true)
    }
}

import Testing
@testable import ComparisonKit

@Suite("InitiativeKind: agency")
struct AgencyKindTests {
    @Test("An agency is named in each reader language", arguments: [("en", "agency"), ("nb", "etat"), ("da", "styrelse")])
    func words(_ language: LanguageCode, _ expected: String) {
        #expect(Vocabulary(language).kind(.agency) == expected)
    }

    @Test func itsWrittenFormIsAgency() {
        #expect(InitiativeKind(rawValue: "agency") == .agency)
        #expect(InitiativeKind.allCases.contains(.agency))
    }

    @Test("The kind row of a table names an agency in the reader's language", arguments: [
        ("en", "agency"), ("nb", "etat"), ("da", "styrelse"),
    ])
    func kindCell(_ language: LanguageCode, _ expected: String) {
        let agency = TestCorpus.initiative("se-agency", plugin: "sweden", jurisdiction: "SE", source: "s", kind: .agency)
        let corpus = TestCorpus.corpus([TestCorpus.Part(descriptor: TestCorpus.descriptor("sweden", jurisdiction: "SE"),
                                                        sources: [TestCorpus.source("s", plugin: "sweden")],
                                                        initiatives: [agency])])
        let table = TableBuilder(corpus: corpus, codebook: TestCorpus.codebook(), language: language)
            .table(for: TestCorpus.view("v", rows: ["kind"]))
        #expect(table.rows[0].cells[0] == TableCell(state: .known, entries: [CellEntry(text: expected, footnotes: [1])]))
    }
}

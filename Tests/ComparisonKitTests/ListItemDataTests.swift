import Testing
@testable import ComparisonKit

/// Participants, components and goals reach a table as data beside their sentence, so a machine-readable format can
/// write them as objects (issue 20): a script filters participants by category instead of parsing text.
@Suite("TableBuilder: participants, components and goals as data")
struct ListItemDataTests {
    static let file = TestCorpus.swedishFile

    /// The Swedish initiative with two participants, a labelled and described component, and a goal.
    static var context: ValidationContext {
        TestCorpus.cleanEditingSwedish { initiative in
            initiative.participants = [
                Participant(organisation: Organisation(name: "Sveriges Kommuner och Regioner",
                                                       englishName: "Swedish Association of Local Authorities and Regions",
                                                       category: .municipalSector),
                            role: TestCorpus.text(("en", "member"), ("nb", "medlem")), since: TestCorpus.date("2024-03"),
                            citation: TestCorpus.cite("prop-2023", plugin: "sweden", file: file, line: 30)),
                Participant(organisation: Organisation(name: "Unionen", category: .tradeUnion),
                            citation: TestCorpus.cite("press-2024", plugin: "sweden", file: file, line: 31)),
            ]
            initiative.components[0].label = "Spår 1"
            initiative.components[0].description = TestCorpus.text(("en", "One line on the track."),
                                                                   ("nb", "Én linje om sporet."))
            initiative.goals = [Goal(text: TestCorpus.text(("en", "A roadmap for AI"), ("nb", "Et veikart for KI")),
                                     target: "one report", deadline: TestCorpus.date("2024-11"),
                                     citation: TestCorpus.cite("prop-2023", plugin: "sweden", file: file, line: 16))]
        }
    }

    static func entries(_ language: LanguageCode, _ dimension: String) -> [CellEntry] {
        let context = context
        let table = TableBuilder(corpus: context.corpus, codebook: context.codebook, language: language)
            .table(for: TestCorpus.view("v", rows: [dimension]))
        return table.rows[0].cells[0].entries
    }

    @Test("Each participant carries name, English name, category, role and since, in the reader's language",
          arguments: [("en", "member"), ("nb", "medlem")])
    func participants(_ language: LanguageCode, _ role: String) {
        let entries = Self.entries(language, "participants")
        #expect(entries.map(\.data) == [
            .participant(ParticipantValue(name: "Sveriges Kommuner och Regioner",
                                          englishName: "Swedish Association of Local Authorities and Regions",
                                          category: .municipalSector, role: role, since: TestCorpus.date("2024-03"))),
            .participant(ParticipantValue(name: "Unionen", category: .tradeUnion)),
        ])
        // The sentence stays, and each entry keeps its own citation.
        #expect(entries[1].text.hasPrefix("Unionen"))
        #expect(entries.map(\.footnotes.count) == [1, 1])
        let unions = entries.compactMap { entry -> String? in
            guard case .participant(let participant)? = entry.data, participant.category == .tradeUnion else { return nil }
            return participant.name
        }
        #expect(unions == ["Unionen"])
    }

    @Test("Each component carries id, label, title and description; each goal its text, target and deadline")
    func componentsAndGoals() {
        #expect(Self.entries("nb", "components").map(\.data) == [
            .component(ComponentValue(id: "skills", label: "Spår 1", title: "Kompetens", description: "Én linje om sporet.")),
        ])
        #expect(Self.entries("nb", "goals").map(\.data) == [
            .goal(GoalValue(text: "Et veikart for KI", target: "one report", deadline: TestCorpus.date("2024-11"))),
        ])
        #expect(Self.entries("en", "goals").first?.text.hasPrefix("A roadmap for AI (target: one report") == true)
    }

    @Test("Other lists and an empty list carry no such data")
    func othersCarryNone() {
        #expect(Self.entries("en", "related").allSatisfy { $0.data == nil })
        let context = TestCorpus.cleanEditingSwedish { $0.participants = [] }
        let table = TableBuilder(corpus: context.corpus, codebook: context.codebook, language: "en")
            .table(for: TestCorpus.view("v", rows: ["participants"]))
        #expect(table.rows[0].cells[0].state == .notRecorded)
        #expect(table.rows[0].cells[0].entries.allSatisfy { $0.data == nil })
    }
}

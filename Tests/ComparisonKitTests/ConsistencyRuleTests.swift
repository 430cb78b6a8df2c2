import Testing
@testable import ComparisonKit

@Suite("Facts that contradict each other")
struct ConsistencyRuleTests {
    static func context(_ initiatives: [Initiative], views: [ViewDefinition] = []) -> ValidationContext {
        ValidationContext(corpus: TestCorpus.corpus([TestCorpus.Part(
            descriptor: TestCorpus.descriptor("norway", jurisdiction: "NO"),
            sources: [TestCorpus.source("s1", plugin: "norway")], initiatives: initiatives)]),
            codebook: AnalysisCorpus.codebook, views: views)
    }

    static func forum() -> Initiative {
        TestCorpus.initiative("no-forum", plugin: "norway", jurisdiction: "NO", source: "s1", kind: .forum)
    }

    @Test("a trade union or employers' organisation among the participants, but no social-partners theme")
    func participantsWithoutTheTheme() {
        var forum = Self.forum()
        forum.participants = [Participant(organisation: Organisation(name: "NHO", category: .employersOrganisation),
                                          citation: TestCorpus.cite("s1", plugin: "norway", line: 40, column: 7))]
        let diagnostics = InvolvementThemeRule().validate(Self.context([forum]))
        #expect(diagnostics.map(\.description) == [
            "plugins/norway/initiatives/facts.yaml:40:7: warning: 'no-forum' lists NHO among its participants but is not "
                + "coded as covering theme 'social-partners' (Theme social-partners); code the theme on the initiative or "
                + "the component that involves them, or correct the participant's category",
        ])
        forum.themes = [TestCorpus.theme("social-partners", .secondary)]
        #expect(InvolvementThemeRule().validate(Self.context([forum])).isEmpty)
    }

    @Test("the social-partners theme with no union or employers' organisation among the participants")
    func themeWithoutParticipants() {
        var forum = Self.forum()
        forum.themes = [TestCorpus.theme("social-partners", file: "plugins/norway/initiatives/no-forum.yaml", line: 50)]
        forum.participants = [Participant(organisation: Organisation(name: "KS", category: .municipalSector),
                                          citation: TestCorpus.cite("s1", plugin: "norway"))]
        let diagnostics = InvolvementThemeRule().validate(Self.context([forum]))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == SourceLocation(file: "plugins/norway/initiatives/no-forum.yaml", line: 50, column: 5))
        forum.participants.append(Participant(organisation: Organisation(name: "Arbejdsmarkedets parter",
                                                                         category: .socialPartners),
                                              citation: TestCorpus.cite("s1", plugin: "norway")))
        #expect(InvolvementThemeRule().validate(Self.context([forum])).isEmpty)
    }

    @Test("concluded or superseded with an open end is a contradiction; an unstated end is not")
    func endedWithAnOpenEnd() {
        var forum = Self.forum()
        forum.status = Fact([TestCorpus.known(InitiativeStatus.active, TestCorpus.cite("s1", plugin: "norway"), asOf: "2020"),
                             TestCorpus.known(InitiativeStatus.concluded, TestCorpus.cite("s1", plugin: "norway"), asOf: "2023")])
        forum.period = Fact([TestCorpus.known(Period(start: TestCorpus.date("2020"), end: .open),
                                              TestCorpus.cite("s1", plugin: "norway", line: 12, column: 3))])
        #expect(EndedStatusRule().validate(Self.context([forum])).map(\.description) == [
            "plugins/norway/initiatives/facts.yaml:12:3: warning: 'no-forum' is concluded but its period has an open end; "
                + "give the end date, or 'end' left out when the sources do not state it",
        ])
        forum.period = Fact([TestCorpus.known(Period(start: TestCorpus.date("2020"), end: .unstated),
                                              TestCorpus.cite("s1", plugin: "norway"))])
        #expect(EndedStatusRule().validate(Self.context([forum])).isEmpty)
        forum.status = Fact([TestCorpus.known(InitiativeStatus.active, TestCorpus.cite("s1", plugin: "norway"))])
        forum.period = Fact([TestCorpus.known(Period(start: TestCorpus.date("2020"), end: .open),
                                              TestCorpus.cite("s1", plugin: "norway"))])
        #expect(EndedStatusRule().validate(Self.context([forum])).isEmpty)
    }

    @Test("a view whose selection matches nothing is an error at the view, naming the condition")
    func viewSelectingNothing() throws {
        let view = ViewDefinition(id: "danish", title: TestCorpus.text(("en", "Danish")), layout: .themeMatrix,
                                  selection: try InitiativeSelection(parsing: ["jurisdiction=DK"]),
                                  location: SourceLocation(file: "config/nordic-compare.yaml", line: 30, column: 5))
        #expect(ViewSelectionRule().validate(Self.context([Self.forum()], views: [view])).map(\.description) == [
            "config/nordic-compare.yaml:30:5: error: view 'danish' selects nothing: no initiative matches "
                + "'jurisdiction=DK'; list the ids and codes with 'nordic-compare list initiatives' and 'list plugins'",
        ])
    }
}

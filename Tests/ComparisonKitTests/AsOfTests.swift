import Testing
@testable import ComparisonKit

/// `Corpus.state(asOf:)`: what was on the record on a date. A programme proposed in a 2018 paper, adopted by a 2021
/// act and amended in 2023, with a few sources undated or dated by year only.
@Suite("State as of a date")
struct AsOfTests {
    typealias T = TestCorpus
    let plugin = "eu"

    /// The sources: a proposal of 2018-06-06, an act of 2021-04-29, an amendment of 2023-09-13, a report dated only
    /// "2021", and a note with no date at all.
    var sources: [Source] {
        [T.source("proposal", plugin: plugin, published: "2018-06-06", line: 10),
         T.source("act", plugin: plugin, published: "2021-04-29", line: 11),
         T.source("amendment", plugin: plugin, published: "2023-09-13", line: 12),
         T.source("report", plugin: plugin, published: "2021", line: 13),
         T.source("undated", plugin: plugin, line: 14)]
    }

    func cite(_ source: String, line: Int = 20) -> Citation { T.cite(source, plugin: plugin, line: line) }

    func budget(_ amount: String) -> Budget { Budget(amount: .exact(T.decimal(amount)), currency: "EUR", scale: .million) }

    /// The programme, citing the act by default.
    var programme: Initiative {
        var initiative = T.initiative("programme", plugin: plugin, jurisdiction: "EU", source: "act")
        initiative.budget = Fact([
            T.known(budget("9200"), cite("proposal", line: 21), status: .proposed, asOf: "2018-06"),
            T.known(budget("7588"), cite("act", line: 22), status: .adopted, asOf: "2021-04-29"),
            T.known(budget("8168"), cite("amendment", line: 23), status: .amended, asOf: "2023-09-13"),
        ])
        initiative.status = Fact([T.known(InitiativeStatus.planned, cite("proposal", line: 24), asOf: "2018-06"),
                                  T.known(InitiativeStatus.active, cite("act", line: 25), asOf: "2021-04-29")])
        initiative.period = Fact([T.known(Period(start: T.date("2021"), end: .date(T.date("2027"))), cite("proposal", line: 26))])
        initiative.themes = [T.theme("ai")]
        return initiative
    }

    func corpus(_ initiatives: [Initiative]) -> Corpus {
        T.corpus([T.Part(descriptor: T.descriptor(plugin, jurisdiction: "EU"), sources: sources, initiatives: initiatives)])
    }

    func state(_ initiative: Initiative, asOf date: String) -> Initiative? {
        corpus([initiative]).state(asOf: T.date(date)).initiative(initiative.id)
    }

    @Test("Claims dated on or before the date are kept, later ones are not", arguments: [
        ("2018-05-31", nil), ("2018-06-30", "9200"), ("2021-04-28", "9200"), ("2021-04-29", "7588"),
        ("2023-09-12", "7588"), ("2023-09-13", "8168"), ("2030", "8168"),
    ] as [(String, String?)])
    func latestBudget(_ date: String, _ expected: String?) {
        let state = state(programme, asOf: date)
        #expect(state?.budget.latestValue?.amount == expected.map { .exact(T.decimal($0)) })
    }

    @Test func aClaimDatedByMonthCountsFromTheMonthsLastDay() {
        // The proposal's claims are dated 2018-06; as of 2018-06-15 they are not yet on the record, as of 2018-06-30
        // they are (the source itself is dated 2018-06-06).
        #expect(state(programme, asOf: "2018-06-15")?.budget.isRecorded != true)
        #expect(state(programme, asOf: "2018-06-30")?.budget.claims.count == 1)
    }

    @Test("An undated claim takes its source's date, a partial one counting from its last day", arguments: [
        ("2021-06-30", false), ("2021-12-31", true), ("2022", true),
    ])
    func undatedClaimTakesItsSourcesDate(_ date: String, _ kept: Bool) {
        var initiative = programme
        initiative.chair = Fact([T.known("A chair", cite("report", line: 30))])
        #expect(state(initiative, asOf: date)?.chair.isRecorded == kept)
    }

    @Test func aClaimDatedEarlierButCitingALaterSourceIsLeftOut() {
        var initiative = programme
        // The amendment (2023) tells what the act of 2021 said: not on the record in 2022.
        initiative.memberCount = Fact([T.known(27, cite("amendment", line: 31), asOf: "2021-04-29")])
        #expect(state(initiative, asOf: "2022-12-31")?.memberCount.isRecorded == false)
        #expect(state(initiative, asOf: "2023-09-13")?.memberCount.latestValue == 27)
    }

    @Test func anUndatedClaimOfAnUndatedSourceIsKept() {
        var initiative = programme
        initiative.lead = Fact([T.known(Organisation(name: "Commission"), cite("undated", line: 32))])
        #expect(state(initiative, asOf: "2018-06-30")?.lead.latestValue?.name == "Commission")
    }

    @Test func participantsPositionsComponentsAndGoalsFollowTheSameRule() throws {
        var initiative = programme
        initiative.participants = [
            Participant(organisation: Organisation(name: "Norway"), since: T.date("2021-09-24"), citation: cite("act", line: 40)),
            Participant(organisation: Organisation(name: "Iceland"), citation: cite("act", line: 41)),
        ]
        initiative.positions = [
            Position(organisation: Organisation(name: "Union"), stance: .supports, date: T.date("2020-05"),
                     citation: cite("undated", line: 42)),
            Position(organisation: Organisation(name: "Industry"), stance: .mixed, citation: cite("report", line: 43)),
        ]
        initiative.components = [
            Component(id: "hpc", title: T.text(("en", "HPC")), themes: [], citation: cite("proposal", line: 44)),
            Component(id: "chips", title: T.text(("en", "Chips")), themes: [], citation: cite("amendment", line: 45)),
        ]
        initiative.goals = [Goal(text: T.text(("en", "Skills")), citation: cite("report", line: 46))]
        let in2021 = try #require(state(initiative, asOf: "2021-06-30"))
        #expect(in2021.participants.map(\.organisation.name) == ["Iceland"])
        #expect(in2021.positions.map(\.organisation.name) == ["Union"])
        #expect(in2021.components.map(\.id) == ["hpc"])
        #expect(in2021.goals.isEmpty)
        let in2022 = try #require(state(initiative, asOf: "2022-01-01"))
        #expect(in2022.participants.map(\.organisation.name) == ["Norway", "Iceland"])
        #expect(in2022.positions.map(\.organisation.name) == ["Union", "Industry"])
        #expect(in2022.goals.count == 1)
    }

    @Test func anInitiativeNothingOfWhichWasOnTheRecordIsLeftOut() {
        var later = T.initiative("later", plugin: plugin, jurisdiction: "EU", source: "amendment", line: 50)
        later.status = Fact([T.known(InitiativeStatus.active, cite("amendment", line: 51))])
        let state = corpus([programme, later]).state(asOf: T.date("2022-12-31"))
        #expect(state.initiatives.map(\.id) == ["programme"])
        #expect(state.initiative("later") == nil)
    }

    @Test func whenTheDefaultSourceCameLaterTheOldestSourceStillCitedTakesItsPlace() throws {
        var initiative = programme
        initiative.summary = T.text(("en", "A programme."))
        let state = try #require(self.state(initiative, asOf: "2020-12-31"))
        #expect(state.defaultCitation.sourceID == "proposal")
        #expect(state.defaultCitation.location == initiative.defaultCitation.location)
        // The summary and the initiative's own themes cite the default source, the act: not on the record yet.
        #expect(state.summary == nil)
        #expect(state.themes.isEmpty)
        // Kind and name cite the proposal, and no cell of any row cites a later source.
        let corpus = corpus([initiative]).state(asOf: T.date("2020-12-31"))
        let table = TableBuilder(corpus: corpus, codebook: T.codebook(), language: "en").detailTable(for: state)
        #expect(table.footnotes.map(\.source.id) == ["proposal"])
    }

    @Test func sourcesPublishedLaterLeaveTheCorpus() {
        let state = corpus([programme]).state(asOf: T.date("2021-06-30"))
        #expect(state.sources(ofPlugin: plugin).map(\.id) == ["proposal", "act", "undated"])
        #expect(state.source(for: cite("amendment")) == nil)
        #expect(state.asOf == T.date("2021-06-30"))
        #expect(corpus([programme]).asOf == nil)
    }

    @Test func theWholeCorpusIsNotChanged() {
        let whole = corpus([programme])
        _ = whole.state(asOf: T.date("2019"))
        #expect(whole.initiatives == [programme])
        #expect(whole.sources(ofPlugin: plugin).count == 5)
    }

    @Test("An initiative has started when its period's start is on or before the date", arguments: [
        ("2020-12-31", false), ("2021-01-01", true), ("2021", true),
    ])
    func hasStarted(_ date: String, _ started: Bool) throws {
        let state = try #require(self.state(programme, asOf: date))
        #expect(state.hasStarted(by: T.date(date)) == started)
    }

    @Test func anInitiativeWithoutAPeriodCountsAsStarted() {
        let initiative = T.initiative("plain", plugin: plugin, jurisdiction: "EU", source: "proposal")
        #expect(initiative.hasStarted(by: T.date("1990")))
    }

    @Test("A table of the state on a date says so, marks what had not started, and what no source said yet",
          arguments: [
        ("en", "As of 31\u{00A0}December\u{00A0}2020. Latest value", "Initiative programme (not yet started)",
         "no source as of 31\u{00A0}December\u{00A0}2020"),
        ("nb", "Per 31.\u{00A0}desember\u{00A0}2020. Siste verdi", "Initiative programme (ikke startet ennå)",
         "ingen kilde per 31.\u{00A0}desember\u{00A0}2020"),
        ("da", "Pr. 31.\u{00A0}december\u{00A0}2020. Seneste værdi", "Initiative programme (endnu ikke startet)",
         "ingen kilde pr. 31.\u{00A0}december\u{00A0}2020"),
    ])
    func tableSaysAsOf(_ language: LanguageCode, _ legend: String, _ heading: String, _ noSource: String) throws {
        let corpus = corpus([programme]).state(asOf: T.date("2020-12-31"))
        let table = TableBuilder(corpus: corpus, codebook: T.codebook(), language: language)
            .table(for: T.view("v", rows: ["budget", "chair"]))
        #expect(table.legend.hasPrefix(legend))
        #expect(table.columns.map(\.heading) == [heading])
        guard case .money(let money)? = table.rows[0].cells[0].entries.first?.data else {
            Issue.record("the budget row holds no amount")
            return
        }
        #expect(money.amount == T.decimal("9200") && money.status == .proposed)
        #expect(table.rows[1].cells[0].state == .notRecorded)
        #expect(table.rows[1].cells[0].entries.map(\.text) == [noSource])
    }

    @Test func aTableOfEverythingRecordedSaysNothingOfADate() {
        let table = TableBuilder(corpus: corpus([programme]), codebook: T.codebook(), language: "en")
            .table(for: T.view("v", rows: ["chair"]))
        #expect(table.legend.hasPrefix("Latest value"))
        #expect(table.columns.map(\.heading) == ["Initiative programme"])
        #expect(table.rows[0].cells[0].entries.map(\.text) == ["not recorded"])
    }
}

import Testing
@testable import ComparisonKit

/// `Corpus.differences(from:)`: every kind of difference between two states, and the table that shows them.
@Suite("Differences between two states")
struct DifferenceTests {
    typealias T = TestCorpus
    let plugin = "se"

    var sources: [Source] {
        [T.source("proposal", plugin: plugin, published: "2020-03-01", line: 10),
         T.source("register", plugin: plugin, published: "2020-06", line: 11)]
    }

    func cite(_ source: String, line: Int) -> Citation { T.cite(source, plugin: plugin, line: line) }

    func budget(_ amount: String, line: Int = 40) -> Budget {
        Budget(amount: .exact(T.decimal(amount)), currency: "SEK", scale: .million,
               breakdown: [BudgetLine(componentID: "a", amount: T.decimal(amount),
                                      location: SourceLocation(file: "x.yaml", line: line, column: 1))])
    }

    /// An initiative with a budget, a chair and a theme.
    func alpha(_ edit: (inout Initiative) -> Void = { _ in }) -> Initiative {
        var initiative = T.initiative("se-alpha", plugin: plugin, jurisdiction: "SE", source: "proposal")
        initiative.budget = Fact([T.known(budget("100"), cite("proposal", line: 20), status: .proposed, asOf: "2020-03")])
        initiative.chair = Fact([T.known("Anna Berg", cite("proposal", line: 21))])
        initiative.themes = [T.theme("ai")]
        edit(&initiative)
        return initiative
    }

    func corpus(_ initiatives: [Initiative], sources extra: [Source] = [], plugins: [String] = ["se"]) -> Corpus {
        T.corpus(plugins.map { id in
            T.Part(descriptor: T.descriptor(id, jurisdiction: "SE"), sources: sources + extra,
                   initiatives: id == plugins[0] ? initiatives : [])
        })
    }

    func differences(_ old: [Initiative], _ new: [Initiative]) -> [String] {
        corpus(new).differences(from: corpus(old)).map(DifferenceTable.rowID)
    }

    @Test func twoEqualStatesDifferInNothingEvenWhenWrittenElsewhere() {
        // The same values, written on other lines, with other notes and locators: no difference.
        let moved = alpha { initiative in
            initiative.budget = Fact([T.known(budget("100", line: 99), T.cite("proposal", plugin: plugin, locator: "p. 2",
                                                                             line: 80), status: .proposed, asOf: "2020-03",
                                              note: "moved")])
            initiative.chair = Fact([T.unknown("not said", cite("proposal", line: 81))])
        }
        let unknown = alpha { $0.chair = Fact([T.unknown("other reason", cite("proposal", line: 90))]) }
        #expect(differences([alpha()], [alpha()]) == [])
        #expect(differences([moved], [unknown]) == [])
    }

    @Test func initiativesAddedAndRemoved() {
        let beta = T.initiative("se-beta", plugin: plugin, jurisdiction: "SE", source: "proposal", line: 30)
        let gamma = T.initiative("se-gamma", plugin: plugin, jurisdiction: "SE", source: "register", line: 50)
        #expect(differences([alpha(), beta], [alpha(), gamma]) == ["added-initiative/se-gamma", "removed-initiative/se-beta"])
    }

    @Test func aLatestValueThatChanged() {
        let adopted = alpha { initiative in
            initiative.budget.claims.append(T.known(budget("120"), cite("register", line: 22), status: .adopted, asOf: "2020-06"))
        }
        #expect(differences([alpha()], [adopted]) == ["changed-value/se-alpha/budget"])
    }

    @Test func aChangedKindOrOriginalNameButNotANewTranslation() throws {
        let renamed = alpha { initiative in
            initiative.kind = .programme
            initiative.name = LocalizedText([("sv", "Alfa 2.0"), ("en", "Alpha 2.0")])
        }
        let translated = alpha { $0.name = LocalizedText($0.name.translations + [("nb", "Alfa på norsk")]) }
        #expect(differences([alpha()], [renamed]) == ["changed-value/se-alpha/kind", "changed-value/se-alpha/name"])
        #expect(differences([alpha()], [translated]) == [])
        // The table shows both kinds.
        let older = corpus([alpha()]), newer = corpus([renamed])
        let table = DifferenceTable(from: older, to: newer, codebook: T.codebook(), language: "en")
            .table(newer.differences(from: older), title: "Changes")
        let kindRow = try #require(table.rows.first)
        #expect(kindRow.cells.map { $0.entries.map(\.text) } == [["initiative"], ["programme"]])
    }

    @Test func newClaimsThatLeaveTheLatestValueAsItWas() {
        let earlier = alpha { initiative in
            initiative.budget.claims.insert(T.known(budget("90"), cite("proposal", line: 23), status: .proposed,
                                                    asOf: "2019"), at: 0)
        }
        #expect(differences([alpha()], [earlier]) == ["new-claims/se-alpha/budget"])
    }

    @Test func aDisagreementThatAppearsAndOneThatIsResolved() {
        let disputed = alpha { $0.chair.claims.append(T.known("Bo Ek", cite("register", line: 24))) }
        #expect(differences([alpha()], [disputed]) == ["new-disagreement/se-alpha/chair"])
        let settled = alpha { initiative in
            initiative.chair = disputed.chair
            initiative.chair.claims.append(T.known("Bo Ek", cite("register", line: 25), asOf: "2020-06"))
        }
        #expect(differences([disputed], [settled]) == ["resolved-disagreement/se-alpha/chair"])
    }

    @Test func aNewSourceOnceEvenWhenTwoPluginsDeclareIt() {
        let act = T.source("act", plugin: plugin, published: "2021-05-20", line: 12)
        let older = corpus([alpha()], plugins: ["se", "se2"])
        let newer = corpus([alpha()], sources: [act], plugins: ["se", "se2"])
        #expect(newer.differences(from: older).map(DifferenceTable.rowID) == ["new-source/se/act"])
    }

    @Test func changedThemeCoverage() {
        let wider = alpha { $0.themes.append(T.theme("cybersecurity-trust", .secondary)) }
        #expect(differences([alpha()], [wider]) == ["changed-themes/se-alpha/themes"])
        let weaker = alpha { $0.themes = [T.theme("ai", .secondary)] }
        #expect(differences([alpha()], [weaker]) == ["changed-themes/se-alpha/themes"])
    }

    @Test func twoDatesOfOneCorpus() {
        let whole = corpus([alpha { initiative in
            initiative.budget.claims.append(T.known(budget("120"), cite("register", line: 22), status: .adopted, asOf: "2020-06"))
        }])
        let before = whole.state(asOf: T.date("2020-03-31")), after = whole.state(asOf: T.date("2020-12-31"))
        #expect(after.differences(from: before).map(DifferenceTable.rowID) == ["changed-value/se-alpha/budget", "new-source/se/register"])
        #expect(whole.state(asOf: T.date("2020-03-31")).differences(from: T.corpus([])).map(DifferenceTable.rowID)
                == ["added-initiative/se-alpha", "new-source/se/proposal"])
    }

    @Test func theTableShowsBothStatesCitedInOneListOfSources() throws {
        let adopted = alpha { initiative in
            initiative.budget.claims.append(T.known(budget("120"), cite("register", line: 22), status: .adopted, asOf: "2020-06"))
        }
        let older = corpus([alpha()]), newer = corpus([adopted])
        let table = DifferenceTable(from: older, to: newer, codebook: T.codebook(), language: "nb")
            .table(newer.differences(from: older), title: "Endringer")
        #expect(table.columns.map(\.heading) == ["Før", "Etter"])
        let row = try #require(table.rows.first)
        #expect(row.id == "changed-value/se-alpha/budget")
        #expect(row.label == "Initiative se-alpha: Budsjett — siste verdi endret")
        #expect(row.cells.map { $0.entries.flatMap(\.footnotes) } == [[1], [2]])
        #expect(table.footnotes.map(\.source.id) == ["proposal", "register"])
        #expect(table.legend.hasPrefix("Én rad per forskjell"))
        let none = DifferenceTable(from: older, to: older, codebook: T.codebook(), language: "en")
            .table([], title: "Changes")
        #expect(none.rows.isEmpty && none.legend == "No differences between the two states.")
    }
}

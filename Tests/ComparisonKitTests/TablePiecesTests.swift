import Testing
@testable import ComparisonKit

/// Tables are built on all cores in pieces (one row over a range of columns), each numbering its citations from 1,
/// and then renumbered. Whatever the size of the pieces, the table must be the one a single pass row by row, left to
/// right, gives.
@Suite("TableBuilder: tables built in pieces")
struct TablePiecesTests {
    /// Three plugins of seven initiatives whose citations repeat across initiatives and rows (five locators shared
    /// round-robin, two sources per plugin, one undeclared source), so that pieces meet the same footnotes in
    /// different orders.
    static let corpus: Corpus = {
        let plugins = [("norway", "NO", "nb"), ("denmark", "DK", "da"), ("eu", "EU", "en")]
        return TestCorpus.corpus(plugins.map { plugin, jurisdiction, language in
            let initiatives = (0..<7).map { number -> Initiative in
                let id = "\(plugin)-\(number)"
                let file = TestCorpus.file(of: id, plugin: plugin)
                func cite(_ offset: Int, source: String = "main") -> Citation {
                    let locator = (number + offset) % 6 == 5 ? nil : "§\((number + offset) % 5)"
                    return TestCorpus.cite(source, plugin: plugin, locator: locator, file: file, line: 10 + offset)
                }
                var initiative = TestCorpus.initiative(id, plugin: plugin, jurisdiction: jurisdiction,
                                                       language: language, source: number % 2 == 0 ? "main" : "other")
                initiative.period = Fact([TestCorpus.known(Period(start: TestCorpus.date("202\(number)"), end: .open),
                                                           cite(1))])
                initiative.lead = Fact([TestCorpus.known(Organisation(name: "Lead \(number % 3)"), cite(2, source: "other"))])
                initiative.memberCount = Fact([TestCorpus.known(10 + number, cite(3)),
                                               TestCorpus.known(12 + number, cite(4, source: "other"))])
                initiative.chair = Fact([TestCorpus.known("Chair", cite(5, source: number == 3 ? "undeclared" : "main"))])
                initiative.participants = (0..<(number % 4)).map { index in
                    Participant(organisation: Organisation(name: "Body \(index)"), citation: cite(index))
                }
                initiative.components = (0..<(1 + number % 3)).map { index in
                    Component(id: "c\(index)", title: TestCorpus.text(("en", "Track \(index)")),
                              themes: [TestCorpus.theme(TestCorpus.themeIDs[(number + index) % 5],
                                                        index == 0 ? .primary : .secondary)],
                              citation: cite(index + 2))
                }
                initiative.goals = [Goal(text: TestCorpus.text(("en", "Goal")), citation: cite(6, source: "other"))]
                initiative.themes = [TestCorpus.theme(TestCorpus.themeIDs[number % 5], .secondary)]
                initiative.related = ["\(plugin)-\((number + 1) % 7)", "missing-\(number)"]
                return initiative
            }
            return TestCorpus.Part(descriptor: TestCorpus.descriptor(plugin, jurisdiction: jurisdiction),
                                   sources: [TestCorpus.source("main", plugin: plugin),
                                             TestCorpus.source("other", plugin: plugin)],
                                   initiatives: initiatives)
        })
    }()

    static let views = [
        TestCorpus.view("all", rows: KnownDimension.allCases.map(\.rawValue)),
        TestCorpus.view("history", rows: ["period", "lead", "memberCount", "chair"], history: .all),
        ViewDefinition(id: "themes", title: TestCorpus.text(("en", "Themes")), layout: .themeMatrix,
                       location: SourceLocation(file: "config/nordic-compare.yaml", line: 9, column: 5)),
    ]

    /// A table built with pieces of the given width.
    static func table(_ view: ViewDefinition, columnsPerPiece: Int) -> ComparisonTable {
        var builder = TableBuilder(corpus: corpus, codebook: TestCorpus.codebook(), language: "en")
        builder.columnsPerPiece = columnsPerPiece
        return builder.table(for: view)
    }

    @Test(arguments: views)
    func theSameTableWhateverThePieceWidth(_ view: ViewDefinition) {
        let whole = Self.table(view, columnsPerPiece: 1_000)
        #expect(whole.columns.count == 21)
        for width in [1, 2, 3, 5, 8, 20] {
            #expect(Self.table(view, columnsPerPiece: width) == whole, "pieces of \(width) columns")
        }
    }

    @Test(arguments: views)
    func footnotesAreNumberedInOrderOfFirstUseRowByRow(_ view: ViewDefinition) {
        let table = Self.table(view, columnsPerPiece: 2)
        var highest = 0
        for number in table.rows.flatMap(\.cells).flatMap(\.entries).flatMap(\.footnotes) {
            #expect(number <= highest + 1, "footnote \(number) is used before footnote \(highest + 1)")
            highest = max(highest, number)
        }
        #expect(highest == table.footnotes.count)
        #expect(table.footnotes.map(\.number) == (0..<table.footnotes.count).map { $0 + 1 })
        let places = table.footnotes.map { "\($0.source.location) \($0.source.id) \($0.locator ?? "-")" }
        #expect(Set(places).count == places.count, "one footnote per source and locator")
        #expect(places.count > 5)
    }
}

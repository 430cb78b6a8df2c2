import Testing
@testable import ComparisonKit

/// Lists that are a handful long in real plugins but that input can make long: past `ShortList.limit` they are
/// searched by hashing instead of a look along them, and every answer must stay the one the look along gives.
@Suite("Tables: long lists")
struct LongListTests {
    /// A plugin declaring `count` sources, `s0`, `s1`, …
    func corpus(sources count: Int, initiatives: [Initiative] = []) -> Corpus {
        TestCorpus.corpus([TestCorpus.Part(
            descriptor: TestCorpus.descriptor("norway", jurisdiction: "NO"),
            sources: (0..<count).map { TestCorpus.source("s\($0)", plugin: "norway") },
            initiatives: initiatives)])
    }

    /// Numbered in order of first use, listed in ascending order ("[13, 22]", as a reader looks them up).
    @Test func aThemeCitingManySourcesListsEachNumberOnceInAscendingOrder() {
        let citations = (0..<90).map { TestCorpus.cite("s\(($0 * 7) % 37)", plugin: "norway") }
        // Some sources numbered before, so that the numbers are not simply 1, 2, 3, …
        let earlier = [5, 30, 2, 11].map { TestCorpus.cite("s\($0)", plugin: "norway") }
        var collector = FootnoteCollector(corpus: corpus(sources: 40))
        for citation in earlier { _ = collector.number(for: citation) }
        var reference = FootnoteCollector(corpus: corpus(sources: 40))
        for citation in earlier { _ = reference.number(for: citation) }
        var expected: [Int] = []
        for citation in citations {
            if let number = reference.number(for: citation), !expected.contains(number) { expected.append(number) }
        }
        #expect(expected.count == 37)
        // Numbered in order of first use; listed ascending, as a reader looks them up.
        #expect(collector.numbers(for: citations) == expected.sorted())
    }

    @Test func anInitiativeCoveringManyThemesKeepsTheOrderAndTheRuleForTheStrength() {
        var initiative = TestCorpus.initiative("no-many", plugin: "norway", jurisdiction: "NO", source: "s0")
        initiative.themes = [TestCorpus.theme("theme-29", .secondary)]
        initiative.components = (0..<60).map { number in
            Component(id: "c\(number)", title: TestCorpus.text(("en", "Component \(number)")),
                      themes: [TestCorpus.theme("theme-\(number % 30)", number < 30 ? .secondary : .primary)],
                      citation: TestCorpus.cite("s0", plugin: "norway"))
        }
        let coverage = ThemeCoverage(of: initiative)
        #expect(coverage.themes.map(\.id) == ["theme-29"] + (0..<29).map { "theme-\($0)" })
        // The initiative's own strength holds for the theme it names; the others take their strongest component's.
        #expect(coverage.themes[0].strength == .secondary)
        #expect(coverage.themes.dropFirst().allSatisfy { $0.strength == .primary })
        #expect(coverage.themes.allSatisfy { $0.componentNames.count == 2 })
        #expect(coverage.themes[1].componentNames.map { $0.resolved(in: "en") } == ["Component 0", "Component 30"])
    }

    @Test func theFirstThemeOfARowIsTheSameFoundEitherWay() {
        // Rows of 40 covered themes, some themes shown in several rows and some rows shown by several themes.
        let rows = (0..<40).map { theme in [theme % 25, (theme * 3) % 50] }
        let hashed = ThemeCoverage.firstThemeByRow(rows)
        #expect(hashed != nil)
        #expect(ThemeCoverage.firstThemeByRow(Array(rows.prefix(ShortList.limit))) == nil)
        for row in 0..<55 {
            #expect(ThemeCoverage.theme(inRow: row, rows: rows, firstByRow: hashed)
                        == rows.firstIndex { $0.contains(row) }, "row \(row)")
        }
    }

    @Test func aThemeMatrixOfManyThemesShowsEachOnItsOwnRow() {
        let ids = (0..<40).map { "theme-\($0)" }
        var initiative = TestCorpus.initiative("no-many", plugin: "norway", jurisdiction: "NO", source: "s0")
        initiative.themes = ids.enumerated().map { TestCorpus.theme($1, $0 % 3 == 0 ? .primary : .secondary) }
        let view = ViewDefinition(id: "themes", title: TestCorpus.text(("en", "Themes")), layout: .themeMatrix,
                                  location: .synthetic("run"))
        let table = TableBuilder(corpus: corpus(sources: 1, initiatives: [initiative]),
                                 codebook: TestCorpus.codebook(themes: ids.reversed()), language: "en").table(for: view)
        #expect(table.rows.map(\.id) == ids.reversed())
        for row in table.rows {
            let number = Int(row.id.dropFirst("theme-".count)) ?? -1
            #expect(row.cells.first?.entries.first?.text == (number % 3 == 0 ? "primary" : "secondary"), "\(row.id)")
        }
    }

    @Test func aFactWithManyClaimsIsDisputedOnlyWhereTheShownClaimsDisagree() {
        func table(_ claims: [Claim<Int>], history: HistoryMode) -> TableCell? {
            var initiative = TestCorpus.initiative("no-many", plugin: "norway", jurisdiction: "NO", source: "s0")
            initiative.memberCount = Fact(claims)
            return TableBuilder(corpus: corpus(sources: 40, initiatives: [initiative]), codebook: TestCorpus.codebook(),
                                language: "en", history: history)
                .table(for: TestCorpus.view("v", rows: ["member-count"])).rows.first?.cells.first
        }
        // Twenty sources disagree about 2020; twenty agree about 2024.
        let old = (0..<20).map { TestCorpus.known($0, TestCorpus.cite("s\($0)", plugin: "norway"), asOf: "2020") }
        let new = (20..<40).map { TestCorpus.known(7, TestCorpus.cite("s\($0)", plugin: "norway"), asOf: "2024") }
        #expect(table(old + new, history: .latest)?.state == .known)
        #expect(table(old + new, history: .all)?.state == .disputed)
        #expect(table(new + old, history: .latest)?.state == .known)
        #expect(table(old, history: .latest)?.state == .disputed)
    }
}

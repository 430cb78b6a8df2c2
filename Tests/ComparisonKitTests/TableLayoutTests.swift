import Testing
@testable import ComparisonKit

@Suite("TableBuilder: columns and rows")
struct TableLayoutTests {
    /// Five initiatives from four plugins; Norway appears in two plugins with the EU between them.
    var corpus: Corpus {
        func part(_ plugin: String, _ jurisdiction: String, _ ids: [String]) -> TestCorpus.Part {
            TestCorpus.Part(
                descriptor: TestCorpus.descriptor(plugin, jurisdiction: jurisdiction),
                sources: [TestCorpus.source("doc", plugin: plugin)],
                initiatives: ids.map { TestCorpus.initiative($0, plugin: plugin, jurisdiction: jurisdiction, source: "doc") })
        }
        return TestCorpus.corpus([
            part("norway", "NO", ["no-a", "no-b"]), part("eu-dep", "EU", ["eu-c"]),
            part("kommune", "NO", ["no-d"]), part("denmark", "DK", ["dk-e"]),
        ])
    }

    @Test func columnsAreGroupedByJurisdictionInFirstAppearanceOrder() {
        let table = TableBuilder(corpus: corpus, codebook: TestCorpus.codebook(), language: "en")
            .table(for: TestCorpus.view("overview", rows: ["jurisdiction"]))
        #expect(table.columnGroups.map(\.jurisdiction) == ["NO", "EU", "DK"])
        #expect(table.columnGroups.map(\.label) == ["Norway", "European Union", "Denmark"])
        #expect(table.columnGroups.map { $0.columns.map(\.initiativeID) } == [["no-a", "no-b", "no-d"], ["eu-c"], ["dk-e"]])
        #expect(table.columns.map(\.jurisdiction) == ["NO", "NO", "NO", "EU", "DK"])
        #expect(table.rows[0].cells.map { $0.entries.map(\.text) } == [
            ["Norway (NO)"], ["Norway (NO)"], ["Norway (NO)"], ["European Union (EU)"], ["Denmark (DK)"],
        ])
    }

    /// A grouping's jurisdiction cell names its members, in the codebook's order; its column group is its name.
    @Test func aGroupingsCellListsItsMembers() {
        let nordic = TestCorpus.Part(
            descriptor: TestCorpus.descriptor("nordic", jurisdiction: "NORDIC"),
            sources: [TestCorpus.source("doc", plugin: "nordic")],
            initiatives: [TestCorpus.initiative("nordic-x", plugin: "nordic", jurisdiction: "NORDIC", source: "doc")])
        for (language, expected) in [("en", "Nordic countries (NORDIC; members: NO, DK, SE)"),
                                     ("nb", "Norden (NORDIC; medlemmer: NO, DK, SE)")] {
            let table = TableBuilder(corpus: TestCorpus.corpus([nordic]), codebook: TestCorpus.codebook(), language: language)
                .table(for: TestCorpus.view("overview", rows: ["jurisdiction"]))
            #expect(table.rows[0].cells.map { $0.entries.map(\.text) } == [[expected]])
            #expect(table.columnGroups.map(\.label) == [language == "en" ? "Nordic countries" : "Norden"])
        }
    }

    /// Inside a sentence a name reads as the codebook says for that language, else as the name itself.
    @Test func aNameInTextFallsBackToTheNameNotToEnglish() {
        let codebook = TestCorpus.codebook()
        #expect(codebook.jurisdictionNameInText("EU", in: "en") == "the European Union")
        #expect(codebook.jurisdictionNameInText("EU", in: "nb") == "Den europeiske union")
        #expect(codebook.jurisdictionNameInText("NO", in: "en") == "Norway")
        #expect(codebook.jurisdictionNameInText("XX", in: "en") == "XX")
    }

    @Test func groupLabelsAreInTheReadersLanguage() {
        let table = TableBuilder(corpus: corpus, codebook: TestCorpus.codebook(), language: "nb")
            .table(for: TestCorpus.view("overview", rows: ["jurisdiction"]))
        #expect(table.columnGroups.map(\.label) == ["Norge", "Den europeiske union", "Danmark"])
        #expect(table.language == "nb")
    }

    @Test func aDimensionViewHasOneRowPerDimensionInViewOrder() {
        let table = TableBuilder(corpus: corpus, codebook: TestCorpus.codebook(), language: "nb")
            .table(for: TestCorpus.view("overview", rows: ["member-count", "kind", "budget"]))
        #expect(table.rows.map(\.id) == ["member-count", "kind", "budget"])
        #expect(table.rows.map(\.label) == ["Medlemmer utenom leder", "Type", "Budsjett"])
        #expect(table.rows.allSatisfy { $0.cells.count == 5 })
        #expect(table.rowHeading == "Dimensjon")
        #expect(table.title == "Visning overview")
        #expect(table.viewID == "overview")
        #expect(table.rows[1].cells[3].entries.map(\.text) == ["initiativ"])
    }

    @Test func rowsForUndeclaredDimensionsAreLeftOut() {
        let table = TableBuilder(corpus: corpus, codebook: TestCorpus.codebook(), language: "en")
            .table(for: TestCorpus.view("overview", rows: ["kind", "budgte"]))
        #expect(table.rows.map(\.id) == ["kind"])
    }

    @Test func headingsPreferTheReadersLanguageThenTheOriginalName() {
        let norwegian = TestCorpus.initiative("no-forum", plugin: "norway", jurisdiction: "NO", language: "nb",
                                              name: TestCorpus.text(("nb", "Digitaliseringsforum")), source: "doc")
        let danish = TestCorpus.initiative("dk-partnership", plugin: "norway", jurisdiction: "DK", language: "da",
                                           name: TestCorpus.text(("da", "Digitaliseringspartnerskabet"),
                                                                 ("en", "Digitalisation Partnership")), source: "doc")
        let corpus = TestCorpus.corpus([TestCorpus.Part(descriptor: TestCorpus.descriptor("norway", jurisdiction: "NO"),
                                                        sources: [TestCorpus.source("doc", plugin: "norway")],
                                                        initiatives: [norwegian, danish])])
        let table = TableBuilder(corpus: corpus, codebook: TestCorpus.codebook(), language: "en")
            .table(for: TestCorpus.view("overview", rows: ["name"]))
        #expect(table.columns.map(\.heading) == ["Digitaliseringsforum", "Digitalisation Partnership"])
        // The name row always shows the original name.
        #expect(table.rows[0].cells.map { $0.entries.map(\.text) } == [["Digitaliseringsforum"],
                                                                       ["Digitaliseringspartnerskabet"]])
    }

    @Test func theLegendSaysWhichHistoryIsShown() {
        let builder = TableBuilder(corpus: corpus, codebook: TestCorpus.codebook(), language: "en")
        #expect(builder.table(for: TestCorpus.view("v", rows: ["kind"])).legend.hasPrefix("Latest value of each fact"))
        #expect(builder.table(for: TestCorpus.view("v", rows: ["kind"], history: .all)).legend
                    .hasPrefix("Every dated value of each fact, oldest first"))
    }
}

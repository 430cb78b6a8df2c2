import Testing
@testable import ComparisonKit

@Suite("TableBuilder: theme matrix")
struct ThemeMatrixTests {
    let themesView = ViewDefinition(id: "themes", title: TestCorpus.text(("en", "Themes"), ("nb", "Temaer")),
                                    layout: .themeMatrix, location: .synthetic("run"))

    func table(_ context: ValidationContext, language: LanguageCode = "en") -> ComparisonTable {
        TableBuilder(corpus: context.corpus, codebook: context.codebook, language: language).table(for: themesView)
    }

    /// (text, qualifier) per cell of a row; nil for an empty cell.
    func row(_ table: ComparisonTable, _ id: String) -> [[String?]] {
        let row = table.rows.first { $0.id == id }
        return row?.cells.map { cell in cell.entries.flatMap { [$0.text, $0.qualifier] } } ?? []
    }

    @Test func rowsFollowTheCodebookOrder() {
        var context = TestCorpus.clean()
        context.codebook = TestCorpus.codebook(themes: TestCorpus.themeIDs.reversed())
        let table = table(context)
        #expect(table.rows.map(\.id) == TestCorpus.themeIDs.reversed())
        #expect(table.rows.first?.label == "Theme interoperability")
        #expect(table.rowHeading == "Theme")
        #expect(table.columns.map(\.initiativeID) == ["se-ai-commission", "eu-digital-europe"])
    }

    @Test func cellsGiveTheStrengthAndTheContributingComponents() {
        let table = table(TestCorpus.clean())
        // The Swedish initiative serves AI as a whole; the EU programme through its second objective.
        #expect(row(table, "ai") == [["primary", nil], ["primary", "Specific objective 2"]])
        #expect(row(table, "computing-infrastructure") == [[], ["primary", "Specific objective 1"]])
        // A component without a label is named by its title.
        #expect(row(table, "digital-skills-inclusion") == [["primary", "Skills"], ["secondary", "Specific objective 4"]])
    }

    @Test func wordsAreInTheReadersLanguage() {
        let table = table(TestCorpus.clean(), language: "nb")
        // A title the plugin does not give in Norwegian is shown in the initiative's original language, marked.
        #expect(row(table, "digital-skills-inclusion") == [["primær", "Kompetens ‹sv›"], ["sekundær", "Specific objective 4"]])
        #expect(table.rows.first?.label == "Tema ai")
        #expect(table.rowHeading == "Tema")
    }

    @Test func withoutTheInitiativesOwnStrengthTheStrongestComponentWinsAndEveryComponentIsListed() {
        let context = TestCorpus.cleanEditingEU { initiative in
            initiative.components[0].themes.append(TestCorpus.theme("digital-skills-inclusion", .secondary))
        }
        let table = table(context)
        #expect(row(table, "digital-skills-inclusion")[1] == ["secondary", "Specific objective 1, Specific objective 4"])
        // Objective 3 is primary for cybersecurity and the initiative names no strength of its own.
        #expect(row(table, "cybersecurity-trust")[1] == ["primary", "Specific objective 3"])
    }

    /// Issue 17: the Digital Europe Programme declared interoperability and skills secondary as a whole, but the
    /// matrix showed them primary because an objective was primary. The initiative's own strength now wins.
    @Test func theInitiativesOwnStrengthWinsOverItsComponents() {
        let context = TestCorpus.cleanEditingEU { initiative in
            initiative.themes = [TestCorpus.theme("cybersecurity-trust", .secondary),
                                 TestCorpus.theme("digital-skills-inclusion", .primary)]
        }
        let table = table(context)
        // Objective 3 is primary for cybersecurity, but the initiative as a whole says secondary: secondary, with the
        // objective still listed and cited as where the coverage comes from.
        #expect(row(table, "cybersecurity-trust")[1] == ["secondary", "Specific objective 3"])
        #expect(table.rows.first { $0.id == "cybersecurity-trust" }?.cells[1].entries.flatMap(\.footnotes).isEmpty == false)
        // The other way round: the initiative's primary outranks objective 4's secondary.
        #expect(row(table, "digital-skills-inclusion")[1] == ["primary", "Specific objective 4"])
        // Themes only components name keep the strongest component's strength.
        #expect(row(table, "interoperability")[1] == ["primary", "Specific objective 5"])
    }

    @Test func theThemesRowOfShowFollowsTheSameRule() {
        let context = TestCorpus.cleanEditingEU { initiative in
            initiative.themes = [TestCorpus.theme("interoperability", .secondary)]
        }
        let detail = TableBuilder(corpus: context.corpus, codebook: context.codebook, language: "en")
            .detailTable(for: context.corpus.initiatives[1])
        let themes = detail.rows.first { $0.id == "themes" }?.cells.first
        let interoperability = themes?.entries.first { $0.text.contains("interoperability") }
        #expect(interoperability?.qualifier == "secondary")
    }

    @Test func cellsCiteTheComponentsAndTheInitiative() {
        let table = table(TestCorpus.clean())
        let ai = table.rows[0].cells
        #expect(ai.map(\.state) == [.known, .known])
        // Swedish default citation, then the EU components' Article 9.
        #expect(ai.map { $0.entries.flatMap(\.footnotes) } == [[1], [2]])
        #expect(table.footnotes.map(\.source.id) == ["prop-2023", "reg-2021-694"])
        #expect(table.footnotes.map(\.locator) == [nil, "Article 9"])
    }

    @Test func theThemesDimensionListsEachThemeOnceWithItsStrength() {
        let context = TestCorpus.cleanEditingSwedish { initiative in
            initiative.components[0].themes.append(TestCorpus.theme("ai", .secondary))
        }
        let table = TableBuilder(corpus: context.corpus, codebook: context.codebook, language: "en")
            .table(for: TestCorpus.view("v", rows: ["themes"]))
        let swedish = table.rows[0].cells[0]
        #expect(swedish.state == .known)
        // In the order first named; the initiative's own primary outranks the component's secondary.
        #expect(swedish.entries.map(\.qualifier) == ["primary", "primary"])
        #expect(swedish.entries.count == 2)
        #expect(table.rows[0].cells[1].entries.map(\.qualifier)
                    == ["primary", "primary", "primary", "secondary", "primary"])
    }
}

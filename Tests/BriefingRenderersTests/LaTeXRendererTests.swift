import BriefingRenderers
import ComparisonKit
import Foundation
import StandardRenderers
import TestSupport
import Testing

/// The LaTeX renderers: golden files per language, the merged footnote numbering, the escape rule, and proof
/// that the LaTeX invariant catches broken output.
@Suite("LaTeX renderer")
struct LaTeXRendererTests {
    /// The sample tables with every text in one language's slots: the renderer's own words (babel language,
    /// "Sources", "sources disagree", "continued …", title-block labels) follow the language.
    static func sampleDocument(language: String) -> BriefingDocument {
        var tables = SampleTables.document.tables
        for index in tables.indices { tables[index].language = language }
        return BriefingDocument(
            title: SampleTables.document.title, subtitle: "3 example initiatives (fictional)", language: language,
            tables: tables,
            provenance: BriefingProvenance(newestSourceDate: SampleTables.date(2024, 9), toolVersion: "0.0.0-sample",
                                           configurationDigest: String(repeating: "0123456789abcdef", count: 4)))
    }

    @Test("The sample tables match the golden files in each language", arguments: ["en", "nb", "da"])
    func goldenPerLanguage(language: String) {
        let document = Self.sampleDocument(language: language)
        for renderer in [LaTeXRenderer(), LaTeXRenderer(fragment: true)] {
            let folder = "latex-by-language/\(language)/\(renderer.formatName)"
            let files = renderer.render(document)
            for file in files { GoldenFiles.renderers.check(file.contents, folder + "/" + file.relativePath) }
            if !GoldenFiles.isUpdating {
                #expect(GoldenFiles.renderers.names(in: folder) == files.map(\.relativePath).sorted(), "\(folder)")
            }
        }
    }

    @Test("The per-language samples keep the LaTeX invariants", arguments: ["en", "nb", "da"])
    func samplesKeepInvariants(language: String) {
        let document = Self.sampleDocument(language: language)
        #expect(FormatInvariants.latex(document, LaTeXRenderer().render(document)) == [])
        #expect(FormatInvariants.latexFragment(document, LaTeXRenderer(fragment: true).render(document)) == [])
    }

    @Test("Names, files and babel languages")
    func namesAndFiles() {
        #expect(RendererRegistry.standard.renderer(named: "tex")?.formatName == "latex")
        #expect(RendererRegistry.standard.renderer(named: "LaTeX-Fragment")?.formatName == "latex-fragment")
        #expect(LaTeXRenderer().render(SampleTables.document).map(\.relativePath) == ["briefing.tex"])
        #expect(LaTeXRenderer(fragment: true).render(SampleTables.document).map(\.relativePath) == ["overview.tex", "budgets.tex"])
        var briefing = SampleTables.overview
        briefing.viewID = "briefing"
        let both = BriefingDocument(title: "", language: "en", tables: [briefing])
        #expect(LaTeXRenderer(fragment: true).render(both).map(\.relativePath) == ["view-briefing.tex"],
                "a view named briefing must not overwrite the standalone document")
        #expect(["en", "nb", "nb-NO", "no", "nn", "da", "sv"].map(LaTeXRenderer.babelLanguage(for:))
                == ["english", "norsk", "norsk", "norsk", "norsk", "danish", "swedish"])
    }

    @Test("A timestamp appears only when the run asks for one")
    func timestampOnlyOnRequest() {
        var document = Self.sampleDocument(language: "en")
        let plain = String(decoding: LaTeXRenderer().render(document)[0].contents, as: UTF8.self)
        #expect(!plain.contains("Generated"))
        document.provenance.generatedAt = "2025-01-02T03:04:05Z"
        let stamped = String(decoding: LaTeXRenderer().render(document)[0].contents, as: UTF8.self)
        #expect(stamped.contains("Generated: 2025-01-02T03:04:05Z"))
    }

    @Test("Footnotes merge into one numbering, deduplicated by source and locator, and markers follow")
    func footnotesMerge() throws {
        // Overview cites exampleArticle (no locator) as 3; budgets cites it as 2: one item, number 3 in both.
        // exampleStrategy is cited at "kapittel 1" and at "kapittel 9": two items.
        let text = String(decoding: LaTeXRenderer().render(SampleTables.document)[0].contents, as: UTF8.self)
        let items = text.split(separator: "\n").filter { $0.hasPrefix("\\item[") }
        #expect(items.count == 8, "5 overview footnotes + 5 budget footnotes − 2 shared (article; ministry notice at første afsnit)")
        #expect(items.map { $0.prefix(11) }.allSatisfy { $0.hasPrefix("\\item[{[") })
        #expect(items.filter { $0.contains("Et eksempelpartnerskab går i gang") }.count == 1)
        #expect(items.filter { $0.contains("Eksempelstrategi 2030") }.count == 2)
        let budgetRow = try #require(text.split(separator: "\n").first { $0.hasPrefix("\\addlinespace[3pt]") == false && $0.hasPrefix("Budsjett &") })
        // budgets' [1] (strategy, kapittel 9) is new: 6; [2] (article) is overview's 3; [3] (ministry, første afsnit) is overview's 4.
        #expect(budgetRow.contains("\\textsuperscript{[6]}"))
        #expect(budgetRow.contains("10 millioner DKK (oppgitt, 2021-03)\\nobreak\\hspace{0pt}\\textsuperscript{[3]}"))
        #expect(budgetRow.contains("12 millioner DKK (oppgitt, 2021-03)\\nobreak\\hspace{0pt}\\textsuperscript{[4]}"))
    }

    @Test("Every special character is escaped as documented")
    func escapeRule() {
        let table = ComparisonTable(
            viewID: "x", title: "T", language: "en", rowHeading: "R",
            columnGroups: [ColumnGroup(jurisdiction: "NO", label: "", columns: [TableColumn(initiativeID: "a", heading: "A", jurisdiction: "NO")])],
            rows: [TableRow(id: "r", label: "L", cells: [SampleTables.known(
                "\\ { } $ & # ^ _ ~ % < > | \" ` [*] -- '' ,, a\u{A0}b \u{2013} e\u{301} Ħ 😀 \u{202E}x", [])])],
            footnotes: [], legend: "")
        let text = LaTeXRenderer(fragment: true).renderFragment(table)
        let expected = "\\textbackslash{} \\{ \\} \\$ \\& \\# \\textasciicircum{} \\_ \\textasciitilde{} \\% \\textless{} "
            + "\\textgreater{} \\textbar{} \\textquotedbl{} \\textasciigrave{} {[}{*}{]} -{}- '{}' ,{}, a~b \\textendash{} é "
            + "\\textsubscript{[U+0126]} \\textsubscript{[U+1F600]} \\textsubscript{[U+202E]}x"
        #expect(text.contains("L & " + expected + "\\\\"), "\(text)")
    }

    // MARK: The check itself catches broken output

    /// A fragment renderer that writes values raw, as a naive one would.
    struct NaiveFragments: BriefingRenderer {
        var formatName: String { "latex-fragment" }
        var aliases: [String] { [] }
        var fileExtension: String { "tex" }
        func render(_ document: BriefingDocument) -> [RenderedFile] {
            document.tables.map { table in
                let good = LaTeXRenderer(fragment: true).renderFragment(table)
                // Put the first row's label back in raw.
                let raw = good.replacingOccurrences(of: "\\endlastfoot\n", with: "\\endlastfoot\n" + table.rows[0].label + " & ")
                return RenderedFile(relativePath: table.viewID + ".tex", text: raw)
            }
        }
    }

    @Test("The LaTeX check catches raw specials, broken rows and unsettable characters")
    func checkCatchesNaiveOutput() {
        let hostile = ComparisonTable(
            viewID: "t", title: "T", language: "en", rowHeading: "Row",
            columnGroups: [ColumnGroup(jurisdiction: "NO", label: "Norway", columns: [
                TableColumn(initiativeID: "a", heading: "A", jurisdiction: "NO")])],
            rows: [TableRow(id: "r", label: "50% & $x^2$ #1 😀", cells: [SampleTables.known("x", [])])],
            footnotes: [], legend: "")
        let document = BriefingDocument(title: "", language: "en", tables: [hostile])
        let problems = FormatInvariants.problems(renderer: NaiveFragments(), document: document)
        for expected in ["raw %", "raw $", "raw ^", "raw #", "unsettable character U+1F600", "row \"r\" reads"] {
            #expect(problems.contains { $0.contains(expected) }, "\(expected) not caught in \(problems)")
        }
        let unknown = LaTeXReader.read("\\input{/etc/passwd} \\\\ {")
        #expect(unknown.problems.contains("unknown command \\input"))
        #expect(unknown.problems.contains("unbalanced {"))
    }
}

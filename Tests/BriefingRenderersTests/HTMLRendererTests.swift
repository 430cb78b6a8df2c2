@testable import BriefingRenderers
import ComparisonKit
import Foundation
import TestSupport
import Testing

/// The HTML briefing: golden files in each language, the merged source list, the charts' figures and the title block.
@Suite("HTML renderer")
struct HTMLRendererTests {
    static func page(_ document: BriefingDocument) -> String {
        String(decoding: HTMLRenderer().render(document).first?.contents ?? [], as: UTF8.self)
    }

    @Test("The fictional briefing matches its golden file", arguments: HTMLSampleDocuments.languages)
    func goldenPerLanguage(language: String) {
        let files = HTMLRenderer().render(HTMLSampleDocuments.document(language))
        #expect(files.map(\.relativePath) == ["briefing.html"])
        for file in files {
            GoldenFiles.renderers.check(file.contents, "html-languages/briefing-\(language).html")
        }
    }

    @Test("The fictional briefing keeps the HTML invariant", arguments: HTMLSampleDocuments.languages)
    func invariantPerLanguage(language: String) {
        let problems = FormatInvariants.problems(renderer: HTMLRenderer(), document: HTMLSampleDocuments.document(language))
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
    }

    @Test("Each language gets its own words and lang attribute")
    func languages() {
        #expect(Self.page(HTMLSampleDocuments.document("nb")).contains("<html lang=\"nb\">"))
        #expect(Self.page(HTMLSampleDocuments.document("nb")).contains("Initiativenes perioder"))
        #expect(Self.page(HTMLSampleDocuments.document("da")).contains("Initiativernes perioder"))
        #expect(Self.page(HTMLSampleDocuments.document("en")).contains("Periods of the initiatives"))
        let odd = BriefingDocument(title: "t", language: "\"><x y=\"", tables: [])
        #expect(Self.page(odd).contains("<html lang=\"und\">"))
    }

    @Test("Footnotes merge into one numbering: same source and locator once, markers renumbered")
    func mergedSources() {
        // Both sample tables cite the example strategy (at different chapters), the article (without a locator)
        // and the ministry notice (at the same paragraph): the article and the notice are shared.
        let list = HTMLSourceList(tables: SampleTables.document.tables)
        #expect(list.footnotes.map(\.number) == Array(1...list.footnotes.count))
        #expect(list.footnotes.count == 8)
        #expect(list.number(table: 1, footnote: 2) == 3)   // the article: table 1's [3], table 2's [2]
        #expect(list.number(table: 1, footnote: 3) == 4)   // the notice: table 1's [4], table 2's [3]
        #expect(list.number(table: 1, footnote: 1) == 6)   // the strategy at "kapittel 9": new
        #expect(list.number(table: 0, footnote: 9) == nil)
        #expect(list.markers([2, 2, 9], table: 1) == "\u{2060}<sup class=\"fn\"><a href=\"#src-3\">3</a>, <span class=\"fn-missing\">?9</span></sup>")
        #expect(list.markers([], table: 0) == "")
        let page = Self.page(SampleTables.document)
        #expect(page.components(separatedBy: "<li id=\"src-").count - 1 == 8)
    }

    @Test("Budget figures in billions and millions are compared exactly, in the smallest scale")
    func budgetScales() throws {
        let table = HTMLSampleDocuments.budgets(.init(language: "en"))
        let data = try #require(BudgetChartData.all(in: table).first)
        #expect(BudgetChartData.all(in: table).count == 1)
        #expect(data.scale == .million)
        #expect(data.series.map(\.status) == [.proposed, .adopted])
        #expect(data.components.map(\.title) == ["Example area A", "Example area B"])
        #expect(data.components[0].amounts == [1200, Decimal(string: "1052.5")])
        #expect(data.components[1].amounts == [800, 700])
        #expect(data.ticks == [0, 200, 400, 600, 800, 1000, 1200])
        let chart = try #require(BudgetBarChart(data: data, language: "en", id: "c").chart())
        #expect(chart.svg.contains("EUR\u{A0}million"))
        #expect(chart.svg.contains(">1 052.5<") || chart.svg.contains(">1\u{A0}052.5<"))
    }

    @Test("Charts appear only when their data is in the tables")
    func chartsOnlyWithData() {
        #expect(!Self.page(SampleTables.document).contains("<svg"))
        let page = Self.page(HTMLSampleDocuments.document("en"))
        #expect(page.components(separatedBy: "<svg class=\"chart\"").count - 1 == 3)
        for id in ["chart-1", "chart-2", "chart-3"] {
            #expect(page.contains("<title id=\"\(id)-title\">") && page.contains("<desc id=\"\(id)-desc\">"))
        }
    }

    @Test("The title block: newest source, version, short digest with the full one in a title; time only when set")
    func titleBlock() {
        var document = HTMLSampleDocuments.document("en")
        var page = Self.page(document)
        let digest = document.provenance.configurationDigest
        #expect(page.contains("<code title=\"\(digest)\">0123456789ab</code>"))
        #expect(page.contains("<time datetime=\"2024-03-16\">16\u{A0}March\u{A0}2024</time>"))
        #expect(page.contains("nordic-compare 0.0.0-example"))
        #expect(!page.contains("Generated"))
        document.provenance.generatedAt = "2025-01-02T03:04:05Z"
        page = Self.page(document)
        #expect(page.contains("<dt>Generated</dt><dd>2025-01-02T03:04:05Z</dd>"))
    }

    @Test("Coordinates are written the same everywhere")
    func numbers() {
        #expect(SVGWriter.number(12) == "12")
        #expect(SVGWriter.number(12.25) == "12.3")
        #expect(SVGWriter.number(-0.01) == "0")
        #expect(SVGWriter.number(-3.24) == "-3.2")
        #expect(SVGWriter.number(.nan) == "0")
    }

    @Test("Labels wrap on spaces and end in an ellipsis when they do not fit")
    func wrapping() {
        #expect(SVGWriter.wrap("short", width: 200, fontSize: 10, maxLines: 2) == ["short"])
        let lines = SVGWriter.wrap("one two three four five six seven eight nine ten", width: 60, fontSize: 10, maxLines: 2)
        #expect(lines.count == 2)
        #expect(lines.last?.hasSuffix("…") == true)
        #expect(SVGWriter.wrap("a\nb\u{202E}c", width: 200, fontSize: 10, maxLines: 1) == ["a b\u{FFFD}c"])
    }

    @Test("Escaping: five characters as references, hidden characters as U+FFFD, only plain web URLs as links")
    func escaping() {
        #expect(HTMLEscaping.text("<a href='x'>&\"</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;")
        #expect(HTMLEscaping.text("a\r\nb\u{0}") == "a<br>b\u{FFFD}")
        #expect(HTMLEscaping.attribute("a\nb") == "a b")
        #expect(HTMLEscaping.webURL("https://example.org/a?b=1&c=2") == "https://example.org/a?b=1&amp;c=2")
        #expect(HTMLEscaping.webURL("javascript:alert(1)") == nil)
        #expect(HTMLEscaping.webURL("https://example.org/\"onmouseover=x") == nil)
        #expect(HTMLEscaping.languageTag("nb_NO") == "nb-NO")
        #expect(HTMLEscaping.languageTag("en\"") == nil)
    }

    @Test("The HTML check catches injected markup, unbalanced tags and wrong table shapes")
    func invariantCatchesBrokenOutput() {
        let document = BriefingDocument(title: "", language: "en", tables: [HostileStringTests.plainTable])
        func fake(_ body: String) -> [String] {
            FormatInvariants.html(document, [RenderedFile(relativePath: "briefing.html", text: body)])
        }
        let good = String(decoding: HTMLRenderer().render(document)[0].contents, as: UTF8.self)
        #expect(fake(good).isEmpty, "\(fake(good))")
        #expect(fake(good.replacingOccurrences(of: "</tbody>", with: "<script>x</script></tbody>")).contains { $0.contains("script") })
        #expect(fake(good.replacingOccurrences(of: "</td>", with: "")).contains { $0.contains("closes") || $0.contains("never closed") })
        #expect(fake(good.replacingOccurrences(of: "<td class=\"known\">", with: "<td class=\"known\"></td><td>")).contains { $0.contains("body rows") })
        #expect(fake(good.replacingOccurrences(of: "x | y | w<br>z", with: "x | y | w\nz & more")).contains { $0.contains("raw &") })
    }
}

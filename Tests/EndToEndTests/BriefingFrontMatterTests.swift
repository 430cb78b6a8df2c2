import Foundation
import TestSupport
import Testing

/// The configuration's `briefing:` section (title, author or office, marking) in the title blocks the real
/// executable writes, in the reader's language, and the marking in the running header of every page.
@Suite struct BriefingFrontMatterTests {
    static let section = """
        briefing:
          title: { en: Digitalisation in the Nordics, nb: Digitalisering i Norden, da: Digitalisering i Norden }
          author: { en: "Ministry of Digitalisation, Analysis Unit", nb: "Digitaliseringsdepartementet, analyseenheten" }
          marking: { en: Draft, nb: Utkast, da: Udkast }

        """

    @Test func theTitleBlocksCarryTheMarkingTitleAndAuthorInTheReadersLanguage() throws {
        let folder = try TemporaryFolder()
        try folder.copyShippedProject()
        let path = folder.url.appendingPathComponent("config/nordic-compare.yaml")
        let text = try String(contentsOf: path, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "formats: [markdown, csv, json]\n",
                                               with: Self.section + "formats: [markdown, csv, json]\n")
        try #require(edited != text)
        try Data(edited.utf8).write(to: path)
        for (language, marking, author) in [("nb", "Utkast", "Digitaliseringsdepartementet, analyseenheten"),
                                            ("da", "Udkast", "Ministry of Digitalisation, Analysis Unit")] {
            let result = try CommandRunner.run(["run", "--lang", language, "--format", "html,latex", "--output", "out",
                                                "-q"], in: folder.url)
            try #require(result.status == 0, "\(result.standardError)")
            let html = try String(contentsOf: folder.url.appendingPathComponent("out/briefing.html"), encoding: .utf8)
            #expect(html.contains("<p class=\"marking\">\(marking)</p>\n<h1>Digitalisering i Norden</h1>"))
            #expect(html.contains("<p class=\"author\">\(author)</p>"))
            // The running header of every printed page carries the marking too.
            #expect(html.contains("@top-right { content: \"\(marking)\";"))
            let latex = try String(contentsOf: folder.url.appendingPathComponent("out/briefing.tex"), encoding: .utf8)
            #expect(latex.contains("\\MakeUppercase{\(marking)}"))
            #expect(latex.contains("{\\LARGE\\bfseries Digitalisering i Norden\\par}"))
            #expect(latex.contains(author))
            #expect(latex.contains("\\markright{Digitalisering i Norden\\hfill{\\upshape\\bfseries\\MakeUppercase{\(marking)}}\\quad}"))
        }
    }
}

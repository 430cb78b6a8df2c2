import ComparisonKit
import Foundation
import PluginFormat
import Testing

/// The reader puts each declared key where the model keeps it: the not-applicable form, a summary's own citation,
/// and a source's reading date, archived copy and identifier.
@Suite struct ModelFieldReadingTests {
    let scratch: ScratchPlugins

    init() throws { scratch = try ScratchPlugins() }

    /// The one initiative of a plugin whose initiative file holds `extra`, and every problem found.
    private func initiative(_ extra: String, sources: String = "") throws -> (Initiative?, [PluginContribution?], [String]) {
        try scratch.manifest("sweden")
        if !sources.isEmpty {
            let path = scratch.root.appendingPathComponent("sweden/plugin.yaml")
            let text = try String(contentsOf: path, encoding: .utf8)
                .replacingOccurrences(of: "sources:\n", with: "sources:\n" + sources)
            try scratch.write("sweden/plugin.yaml", text)
        }
        try scratch.write("sweden/initiatives/a.yaml", initiativeYAML(extra))
        let (contribution, diagnostics) = scratch.load("sweden")
        return (contribution?.initiatives.first, [contribution], diagnostics.map(\.message))
    }

    @Test func notApplicableIsItsOwnContent() throws {
        let (read, _, problems) = try initiative("chair:\n  not-applicable: A strategy has no chair.\nmeetings:\n  not-applicable:\n")
        #expect(problems.isEmpty, "\(problems)")
        let initiative = try #require(read)
        #expect(initiative.chair.claims.map(\.content) == [.notApplicable(reason: "A strategy has no chair.")])
        #expect(initiative.meetings.claims.map(\.content) == [.notApplicable(reason: nil)])
    }

    @Test func aSummaryMayCiteItsOwnSource() throws {
        let sources = "  other: { title: Another, publisher: P, language: sv }\n"
        let (read, _, problems) = try initiative("summary:\n  text: { en: Short. }\n  source: other\n  locator: page 2\n",
                                                 sources: sources)
        #expect(problems.isEmpty, "\(problems)")
        let cited = try #require(read)
        #expect(cited.summary?.resolved(in: "en") == "Short.")
        #expect(cited.summaryCitation?.sourceID == "other")
        #expect(cited.summaryCitation?.locator == "page 2")
        let (plain, _, _) = try initiative("summary: { en: Short. }\n")
        #expect(try #require(plain).summaryCitation == nil)
    }

    @Test func aComponentKeepsItsOneLineDescription() throws {
        let components = """
            components:
              - id: spor-1
                title: { sv: Spår 1, en: Track 1 }
                description: { sv: En rad om spåret., en: One line on the track. }
              - id: spor-2
                title: Track 2

            """
        let (read, _, problems) = try initiative(components)
        #expect(problems.isEmpty, "\(problems)")
        let initiative = try #require(read)
        #expect(initiative.components.map { $0.description?.resolved(in: "en") } == ["One line on the track.", nil])
        #expect(initiative.components.first?.description?.resolved(in: "sv") == "En rad om spåret.")
    }

    @Test func aSourceKeepsWhenItWasReadItsArchivedCopyAndItsIdentifier() throws {
        let sources = """
              reg:
                title: Regulation (EU) 2021/694
                publisher: European Union
                language: en
                accessed: 2025-01-10
                archived: https://web.archive.org/web/2025/https://eur-lex.europa.eu/eli/reg/2021/694/oj
                identifier: CELEX:32021R0694

            """
        let (_, contributions, problems) = try initiative("", sources: sources)
        #expect(problems.isEmpty, "\(problems)")
        let source = try #require(contributions.first??.sources.first { $0.id == "reg" })
        #expect(source.accessed == (try PartialDate(parsing: "2025-01-10")))
        #expect(source.archived?.hasPrefix("https://web.archive.org/") == true)
        #expect(source.identifier == "CELEX:32021R0694")
    }

    @Test func anIdentifierMustNameItsScheme() throws {
        let sources = "  reg: { title: R, publisher: P, language: en, identifier: 32021R0694 }\n"
        let (_, _, problems) = try initiative("", sources: sources)
        #expect(problems.contains { $0.hasPrefix("identifier '32021R0694' does not name its scheme") }, "\(problems)")
    }
}

import Foundation
@testable import ComparisonKit

/// A small corpus that every standard rule accepts: two plugins (Sweden, the EU), every citation declared, every
/// theme of the test taxonomy covered, names in the original language and English. Rule tests break one thing in it.
extension TestCorpus {
    static let swedishFile = file(of: "se-ai-commission", plugin: "sweden")
    static let euFile = file(of: "eu-digital-europe", plugin: "eu-dep")

    /// The Swedish plugin's part.
    static func swedishPart() -> Part {
        let file = swedishFile
        var commission = initiative("se-ai-commission", plugin: "sweden", jurisdiction: "SE", language: "sv",
                                    name: text(("sv", "AI-kommissionen"), ("en", "AI Commission")),
                                    source: "prop-2023", kind: .forum)
        commission.period = Fact([known(Period(start: date("2023-12"), end: .date(date("2024-11"))),
                                        cite("prop-2023", plugin: "sweden", file: file, line: 8))])
        commission.budget = Fact([known(Budget(amount: .exact(10), currency: "SEK", scale: .million),
                                        cite("prop-2023", plugin: "sweden", locator: "p. 4", file: file, line: 12))])
        commission.memberCount = Fact([known(8, cite("press-2024", plugin: "sweden", file: file, line: 14))])
        commission.components = [
            Component(id: "skills", title: text(("sv", "Kompetens"), ("en", "Skills")),
                      themes: [theme("digital-skills-inclusion", file: file, line: 20)],
                      citation: cite("prop-2023", plugin: "sweden", file: file, line: 19)),
        ]
        commission.themes = [theme("ai", .primary, file: file, line: 24)]
        commission.related = ["eu-digital-europe"]
        return Part(descriptor: descriptor("sweden", jurisdiction: "SE"),
                    sources: [source("prop-2023", plugin: "sweden", language: "sv", line: 10),
                              source("press-2024", plugin: "sweden", language: "sv", line: 16)],
                    initiatives: [commission])
    }

    /// The 2021 split of the Digital Europe Programme's budget by specific objective, in EUR million.
    static let split2021 = [("hpc", "2226.914"), ("ai", "2061.956"), ("cybersecurity", "1649.566"),
                            ("skills", "577.347"), ("deployment", "1072.217")]

    /// The EU plugin's part.
    static func euPart() -> Part {
        let file = euFile
        var programme = initiative("eu-digital-europe", plugin: "eu-dep", jurisdiction: "EU", language: "en",
                                   name: text(("en", "Digital Europe Programme"),
                                              ("da", "Programmet for et digitalt Europa")),
                                   source: "reg-2021-694", kind: .programme)
        let breakdown = split2021.enumerated().map { offset, line in
            BudgetLine(componentID: line.0, amount: decimal(line.1),
                       location: SourceLocation(file: file, line: 40 + offset, column: 11))
        }
        programme.budget = Fact([known(Budget(amount: .exact(7588), currency: "EUR", scale: .million,
                                              basis: .current, breakdown: breakdown),
                                       cite("reg-2021-694", plugin: "eu-dep", locator: "Article 9", file: file, line: 38),
                                       status: .adopted, asOf: "2021-04-29")])
        let components: [(String, String, String, ThemeStrength)] = [
            ("hpc", "High-performance computing", "computing-infrastructure", .primary),
            ("ai", "Artificial intelligence", "ai", .primary),
            ("cybersecurity", "Cybersecurity and trust", "cybersecurity-trust", .primary),
            ("skills", "Advanced digital skills", "digital-skills-inclusion", .secondary),
            ("deployment", "Deployment and interoperability", "interoperability", .primary),
        ]
        programme.components = components.enumerated().map { offset, entry in
            Component(id: entry.0, label: LocalizedText(universal: "Specific objective \(offset + 1)"), title: text(("en", entry.1)),
                      themes: [theme(entry.2, entry.3, file: file, line: 61 + 4 * offset)],
                      citation: cite("reg-2021-694", plugin: "eu-dep", locator: "Article 9", file: file,
                                     line: 60 + 4 * offset))
        }
        return Part(descriptor: descriptor("eu-dep", jurisdiction: "EU", name: "Digital Europe"),
                    sources: [source("reg-2021-694", plugin: "eu-dep", title: "Regulation (EU) 2021/694",
                                     published: "2021-04-29", line: 10)],
                    initiatives: [programme])
    }

    /// The views of the clean run.
    static let cleanViews = [
        view("overview", rows: ["jurisdiction", "kind", "name", "period", "budget", "member-count"]),
        ViewDefinition(id: "themes", title: text(("en", "Themes"), ("nb", "Temaer"), ("da", "Temaer")), layout: .themeMatrix,
                       location: SourceLocation(file: "config/nordic-compare.yaml", line: 12, column: 5)),
    ]

    /// The briefing languages of the clean context: its texts are written in English (and some in Swedish), so it
    /// asks for English only; `TranslationCoverageRuleTests` asks for more.
    static let cleanLanguages: [LanguageCode] = ["en"]

    /// The clean corpus with the test codebook and views, ready to validate.
    static func clean() -> ValidationContext {
        ValidationContext(corpus: corpus([swedishPart(), euPart()]), codebook: codebook(), views: cleanViews, languages: cleanLanguages)
    }

    /// The clean context with the Swedish initiative edited: the usual way a rule test breaks one thing.
    static func cleanEditingSwedish(_ edit: (inout Initiative) -> Void) -> ValidationContext {
        var part = swedishPart()
        edit(&part.initiatives[0])
        return ValidationContext(corpus: corpus([part, euPart()]), codebook: codebook(), views: cleanViews, languages: cleanLanguages)
    }

    /// The clean context with the EU initiative edited.
    static func cleanEditingEU(_ edit: (inout Initiative) -> Void) -> ValidationContext {
        var part = euPart()
        edit(&part.initiatives[0])
        return ValidationContext(corpus: corpus([swedishPart(), part]), codebook: codebook(), views: cleanViews, languages: cleanLanguages)
    }
}

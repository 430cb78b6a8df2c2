import Foundation
@testable import ComparisonKit

/// Concise builders for the corpora the tests need: real model values with distinct locations, so a diagnostic
/// can be traced to the line that caused it.
///
/// Sample data for tests: shaped like real entries, but not a source of facts.
enum TestCorpus {
    // MARK: Values

    /// A partial date from its ISO text; the tests only write valid ones.
    static func date(_ text: String) -> PartialDate {
        try! PartialDate(parsing: text)
    }

    /// An exact decimal from its text, never through binary floating point.
    static func decimal(_ text: String) -> Decimal {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!
    }

    /// Text in several languages, in the order given.
    static func text(_ translations: (LanguageCode, String)...) -> LocalizedText {
        LocalizedText(translations.map { (language: $0.0, text: $0.1) })
    }

    // MARK: Locations and citations

    /// The file an initiative is written in.
    static func file(of initiativeID: String, plugin: String) -> String {
        "plugins/\(plugin)/initiatives/\(initiativeID).yaml"
    }

    /// A line in a plugin's manifest.
    static func manifest(_ plugin: String, line: Int = 1) -> SourceLocation {
        SourceLocation(file: "plugins/\(plugin)/plugin.yaml", line: line, column: 1)
    }

    /// A citation of a plugin's source, written at `line` of `file`.
    static func cite(_ sourceID: String, plugin: String, locator: String? = nil,
                     file: String? = nil, line: Int = 1, column: Int = 3) -> Citation {
        Citation(pluginID: plugin, sourceID: sourceID, locator: locator,
                 location: SourceLocation(file: file ?? "plugins/\(plugin)/initiatives/facts.yaml", line: line,
                                          column: column))
    }

    /// A source declared in a plugin's manifest.
    static func source(_ id: String, plugin: String, title: String? = nil, publisher: String = "Publisher",
                       published: String? = nil, language: LanguageCode = "en", line: Int = 10) -> Source {
        Source(id: id, title: title ?? "Document \(id)", publisher: publisher, published: published.map(date),
               language: language, location: manifest(plugin, line: line))
    }

    // MARK: Claims

    /// A claim that a source states a value.
    static func known<Value>(_ value: Value, _ citation: Citation, status: ClaimStatus = .stated,
                             asOf: String? = nil, note: String? = nil) -> Claim<Value> {
        Claim(.known(value), citation: citation, status: status, asOf: asOf.map(date), note: note.map(LocalizedText.init(universal:)))
    }

    /// A claim that the sources were read and state no value.
    static func unknown<Value>(_ reason: String?, _ citation: Citation, asOf: String? = nil,
                               note: String? = nil) -> Claim<Value> {
        Claim(.unknown(reason: reason.map(LocalizedText.init(universal:))), citation: citation, asOf: asOf.map(date), note: note.map(LocalizedText.init(universal:)))
    }

    /// A claim that the fact does not apply to the initiative.
    static func notApplicable<Value>(_ reason: String?, _ citation: Citation, asOf: String? = nil,
                                     note: String? = nil) -> Claim<Value> {
        Claim(.notApplicable(reason: reason.map(LocalizedText.init(universal:))), citation: citation, asOf: asOf.map(date), note: note.map(LocalizedText.init(universal:)))
    }

    // MARK: Initiatives and plugins

    /// A minimal initiative: named in its original language and English, citing `source` by default; facts not
    /// recorded. Tests fill in what they need.
    static func initiative(_ id: String, plugin: String, jurisdiction: String, language: LanguageCode = "en",
                           name: LocalizedText? = nil, source: String, kind: InitiativeKind = .initiative,
                           line: Int = 1) -> Initiative {
        let file = file(of: id, plugin: plugin)
        let defaultName = language == "en" ? text(("en", "Initiative \(id)"))
                                           : text((language, "Initiativ \(id)"), ("en", "Initiative \(id)"))
        return Initiative(id: id, pluginID: plugin, jurisdiction: jurisdiction, kind: kind,
                          originalLanguage: language, name: name ?? defaultName,
                          defaultCitation: cite(source, plugin: plugin, file: file, line: line + 1),
                          location: SourceLocation(file: file, line: line, column: 1))
    }

    /// A plugin descriptor at the plugin's manifest.
    static func descriptor(_ id: String, jurisdiction: String, name: String? = nil) -> PluginDescriptor {
        PluginDescriptor(id: id, name: text(("en", name ?? id.capitalized)), jurisdiction: jurisdiction,
                         version: "1.0.0", location: manifest(id))
    }

    /// One plugin's part of a corpus.
    struct Part {
        var descriptor: PluginDescriptor
        var sources: [Source]
        var initiatives: [Initiative]
    }

    /// A corpus from plugin parts, in the order given (as if enabled in that order).
    static func corpus(_ parts: [Part]) -> Corpus {
        Corpus(parts.map { (descriptor: $0.descriptor,
                            contribution: PluginContribution(sources: $0.sources, initiatives: $0.initiatives)) })
    }

    // MARK: Codebook and views

    /// Dimension labels as the shipped codebook writes them (English, Norwegian Bokmål, Danish).
    static let dimensionLabels: [KnownDimension: LocalizedText] = [
        .jurisdiction: text(("en", "Jurisdiction"), ("nb", "Jurisdiksjon"), ("da", "Jurisdiktion")),
        .kind: text(("en", "Kind"), ("nb", "Type"), ("da", "Type")),
        .name: text(("en", "Name (original)"), ("nb", "Navn (original)"), ("da", "Navn (original)")),
        .period: text(("en", "Period"), ("nb", "Periode"), ("da", "Periode")),
        .budget: text(("en", "Budget"), ("nb", "Budsjett"), ("da", "Budget")),
        .memberCount: text(("en", "Members besides the chair"), ("nb", "Medlemmer utenom leder"),
                           ("da", "Medlemmer ud over formanden")),
    ]

    /// The theme ids of the test taxonomy, in declared order.
    static let themeIDs = ["ai", "computing-infrastructure", "cybersecurity-trust", "digital-skills-inclusion",
                           "interoperability"]

    /// The jurisdictions of the test codebook: the countries and the grouping the tests name, with the shipped names,
    /// and a Nordic grouping of three of them.
    static let jurisdictions: [Jurisdiction] = {
        let countries: [(String, String, String, String)] = [
            ("NO", "Norway", "Norge", "Norge"), ("DK", "Denmark", "Danmark", "Danmark"), ("SE", "Sweden", "Sverige", "Sverige"),
            ("FI", "Finland", "Finland", "Finland"), ("IS", "Iceland", "Island", "Island"),
        ]
        var declared = countries.enumerated().map { offset, country in
            Jurisdiction(id: country.0, name: text(("en", country.1), ("nb", country.2), ("da", country.3)),
                         location: SourceLocation(file: "config/jurisdictions.yaml", line: 20 + 2 * offset, column: 9))
        }
        declared.append(Jurisdiction(id: "EU", name: text(("en", "European Union"), ("nb", "Den europeiske union"),
                                                          ("da", "Den Europæiske Union")),
                                     nameInText: text(("en", "the European Union")),
                                     location: SourceLocation(file: "config/jurisdictions.yaml", line: 4, column: 9)))
        declared.append(Jurisdiction(id: "NORDIC", name: text(("en", "Nordic countries"), ("nb", "Norden"), ("da", "Norden")),
                                     members: ["NO", "DK", "SE"],
                                     location: SourceLocation(file: "config/jurisdictions.yaml", line: 10, column: 9)))
        return declared
    }()

    /// A codebook with every known dimension (in the engine's order) and the test themes.
    static func codebook(themes: [String] = themeIDs) -> Codebook {
        let dimensions = KnownDimension.allCases.enumerated().map { offset, known in
            Dimension(known: known, label: dimensionLabels[known]
                          ?? text(("en", known.rawValue.capitalized), ("nb", known.rawValue), ("da", known.rawValue)),
                      location: SourceLocation(file: "config/dimensions.yaml", line: 4 + 3 * offset, column: 5))
        }
        let declared = themes.enumerated().map { offset, id in
            Theme(id: id, label: text(("en", "Theme \(id)"), ("nb", "Tema \(id)"), ("da", "Tema \(id)")),
                  location: SourceLocation(file: "config/themes.yaml", line: 4 + 2 * offset, column: 5))
        }
        return Codebook(dimensions: dimensions, themes: declared, jurisdictions: jurisdictions)
    }

    /// A view of the given dimension rows.
    static func view(_ id: String, rows: [String], history: HistoryMode? = nil) -> ViewDefinition {
        ViewDefinition(id: id, title: text(("en", "View \(id)"), ("nb", "Visning \(id)"), ("da", "Visning \(id)")),
                       layout: .dimensions(rows), history: history,
                       location: SourceLocation(file: "config/nordic-compare.yaml", line: 7, column: 5))
    }

    /// A theme reference written at a line of a file.
    static func theme(_ id: String, _ strength: ThemeStrength = .primary,
                      file: String = "plugins/test/initiatives/themes.yaml", line: Int = 30) -> ThemeReference {
        ThemeReference(themeID: id, strength: strength, location: SourceLocation(file: file, line: line, column: 5))
    }
}

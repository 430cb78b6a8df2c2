import Foundation
import Testing
@testable import ComparisonKit

/// Indicators: values with the year they measure, in a view of indicators by jurisdiction, and their checks.
@Suite("Indicators")
struct IndicatorTests {
    typealias T = TestCorpus

    static let online = Indicator(id: "online-use", label: T.text(("en", "Online use"), ("nb", "Nettbruk"), ("da", "Netbrug")),
                                  unit: .percent, measure: T.text(("en", "Share who used")),
                                  population: T.text(("en", "people aged 16–79")),
                                  location: SourceLocation(file: "config/indicators.yaml", line: 4, column: 9))
    static let skills = Indicator(id: "weak-skills", label: T.text(("en", "Weak skills")), unit: .count,
                                  measure: T.text(("en", "People with weak skills")), population: T.text(("en", "people")),
                                  location: SourceLocation(file: "config/indicators.yaml", line: 10, column: 9))

    static func value(_ indicator: String, _ jurisdiction: String, _ figure: String, unit: IndicatorUnit = .percent,
                      measured: String?, accuracy: ValueAccuracy = .exact, source: String = "survey",
                      plugin: String = "nordics", line: Int) -> IndicatorValue {
        IndicatorValue(indicatorID: indicator, jurisdiction: jurisdiction, value: T.decimal(figure), unit: unit,
                       accuracy: accuracy, measured: measured.map(T.date),
                       citation: T.cite(source, plugin: plugin, line: line),
                       location: SourceLocation(file: "plugins/\(plugin)/plugin.yaml", line: line, column: 5))
    }

    static let values = [
        value("online-use", "NO", "72", measured: "2009", line: 30),
        value("online-use", "NO", "88", measured: "2018", line: 31),
        value("online-use", "NO", "83", measured: "2017", line: 32),
        value("online-use", "DK", "91", measured: "2017", source: "report", line: 33),
        value("weak-skills", "NO", "850000", unit: .count, measured: nil, accuracy: .approximate, source: "report",
              line: 34),
    ]

    func corpus(_ values: [IndicatorValue] = IndicatorTests.values) -> Corpus {
        let sources = [T.source("survey", plugin: "nordics", published: "2019", line: 10),
                       T.source("report", plugin: "nordics", published: "2024-12-05", line: 11)]
        return Corpus([(descriptor: T.descriptor("nordics", jurisdiction: "NO"),
                        contribution: PluginContribution(sources: sources, initiatives: [], indicatorValues: values))])
    }

    var codebook: Codebook {
        Codebook(dimensions: [], themes: [], jurisdictions: T.jurisdictions, indicators: [Self.online, Self.skills])
    }

    func table(_ corpus: Corpus, history: HistoryMode = .latest, language: LanguageCode = "en",
               rows: [String] = []) -> ComparisonTable {
        let view = ViewDefinition(id: "indicators", title: T.text(("en", "Indicators")), layout: .indicators(rows),
                                  location: SourceLocation(file: "config/nordic-compare.yaml", line: 20, column: 5))
        return TableBuilder(corpus: corpus, codebook: codebook, language: language, history: history).table(for: view)
    }

    @Test func eachCellIsTheLatestValueWithItsYearAndAJurisdictionIsAColumn() throws {
        let table = table(corpus())
        #expect(table.rowHeading == "Indicator")
        #expect(table.columnGroups.map(\.label) == ["Norway", "Denmark"])
        #expect(table.columns.map(\.initiativeID) == ["NO", "DK"] && table.columns.allSatisfy { $0.heading.isEmpty })
        let online = try #require(table.rows.first)
        #expect(online.cells.map { $0.entries.map(\.text) } == [["88\u{00A0}%"], ["91\u{00A0}%"]])
        #expect(online.cells.map { $0.entries.map(\.qualifier) } == [["2018"], ["2017"]])
        // Norway's 2018 figure and Denmark's 2017 one are not of one year, and the row says so.
        #expect(online.label == "Online use (years differ)")
        #expect(table.footnotes.map(\.source.id) == ["survey", "report"])
    }

    @Test func aRoundedValueSaysAboutAndAValueWithoutItsYearSaysSo() throws {
        let skills = try #require(table(corpus()).rows.last)
        #expect(skills.cells[0].entries.map(\.text) == ["about 850\u{00A0}000"])
        #expect(skills.cells[0].entries.map(\.qualifier) == ["year not stated"])
        #expect(skills.cells[1].state == .notRecorded)
        #expect(skills.label == "Weak skills")
        let norwegian = try #require(table(corpus(), language: "nb").rows.last)
        #expect(norwegian.cells[0].entries.map(\.text) == ["om lag 850\u{00A0}000"])
        #expect(norwegian.cells[0].entries.map(\.qualifier) == ["år ikke oppgitt"])
    }

    @Test func theWholeHistoryShowsTheSeriesOldestFirstAndMarksNoRow() throws {
        let table = table(corpus(), history: .all)
        let online = try #require(table.rows.first)
        #expect(online.cells[0].entries.map(\.text) == ["72\u{00A0}%", "83\u{00A0}%", "88\u{00A0}%"])
        #expect(online.cells[0].entries.map(\.qualifier) == ["2009", "2017", "2018"])
        #expect(online.label == "Online use")
    }

    @Test func valuesOfOneYearLeaveTheRowUnmarked() throws {
        let values = [Self.value("online-use", "NO", "83", measured: "2017", line: 40),
                      Self.value("online-use", "DK", "91", measured: "2017", line: 41)]
        #expect(table(corpus(values)).rows.first?.label == "Online use")
    }

    @Test func aViewCanListItsIndicators() {
        #expect(table(corpus(), rows: ["weak-skills"]).rows.map(\.id) == ["weak-skills"])
        #expect(table(corpus()).rows.map(\.id) == ["online-use", "weak-skills"])
    }

    @Test func asOfADateOnlyValuesPublishedByThenAreShown() throws {
        let table = table(corpus().state(asOf: T.date("2020-12-31")))
        #expect(table.columns.map(\.initiativeID) == ["NO"])
        #expect(table.rows.first?.cells.first?.entries.map(\.text) == ["88\u{00A0}%"])
        #expect(table.rows.last?.cells.first?.entries.map(\.text) == ["no source as of 31\u{00A0}December\u{00A0}2020"])
    }

    @Test func everyValueIsCheckedAndEveryProblemIsReportedAtItsValue() {
        let values = [
            Self.value("onlin-use", "NO", "50", measured: "2020", line: 50),
            Self.value("online-use", "NO", "12", unit: .count, measured: "2020", line: 51),
            Self.value("online-use", "NO", "101", measured: "2020", line: 52),
            Self.value("weak-skills", "NO", "-1", unit: .count, measured: "2020", line: 53),
            Self.value("online-use", "NOO", "50", measured: "2020", line: 54),
            Self.value("online-use", "NO", "50", measured: "2020", source: "nowhere", line: 55),
        ]
        let problems = Validator().validate(ValidationContext(corpus: corpus(values), codebook: codebook, views: []))
        let errors = problems.filter { $0.severity == .error }.map(\.description)
        #expect(errors.count == 6, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("plugins/nordics/plugin.yaml:50:5: error: unknown indicator 'onlin-use'; did you mean 'online-use'?") })
        #expect(errors.contains { $0.hasPrefix("plugins/nordics/plugin.yaml:51:5: error: indicator 'online-use' is measured in percent") })
        #expect(errors.contains { $0.hasPrefix("plugins/nordics/plugin.yaml:52:5: error: a share of 101 % is not between 0 and 100") })
        #expect(errors.contains { $0.hasPrefix("plugins/nordics/plugin.yaml:53:5: error: a count of -1 is negative") })
        #expect(errors.contains { $0.hasPrefix("plugins/nordics/plugin.yaml:54:5: error: unknown jurisdiction 'NOO'") })
        #expect(errors.contains { $0.contains(":55:3: error: source 'nowhere' is not declared in plugin 'nordics'") })
    }

    @Test func aViewNamingAnUnknownIndicatorIsAnError() {
        let view = ViewDefinition(id: "indicators", title: T.text(("en", "Indicators")), layout: .indicators(["weak-skils"]),
                                  location: SourceLocation(file: "config/nordic-compare.yaml", line: 20, column: 5))
        let problems = Validator().validate(ValidationContext(corpus: corpus(), codebook: codebook, views: [view]))
        #expect(problems.map(\.description).contains {
            $0.hasPrefix("config/nordic-compare.yaml:20:5: error: view 'indicators' names unknown indicator 'weak-skils'; did you mean 'weak-skills'?")
        })
    }
}

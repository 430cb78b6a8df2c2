import ComparisonKit
import Foundation

/// A corpus with a hostile value in every text of every normalised table, and every kind of claim (a value of each
/// fact, unknown, not applicable, an exact amount, a range and a magnitude), for the formats that write the corpus's
/// data (the data package, the SQLite database).
enum HostileCorpus {
    static func value(_ index: Int) -> String { HostileStringTests.value(index) }

    static let corpus: Corpus = {
        var counter = 0
        func next() -> String {
            counter += 1
            return value(counter)
        }
        let location = SourceLocation.synthetic("hostile")
        let plugin = PluginDescriptor(id: "p", name: LocalizedText([("en", next())]), jurisdiction: "NO",
                                      version: next(), location: location)
        let sources = (0..<3).map { n in
            Source(id: "s\(n)\(next())", title: next(), publisher: next(),
                   published: n == 0 ? nil : try? PartialDate(year: 2021, month: n == 1 ? nil : 3),
                   language: "nb", kind: next(), url: next(), confidence: SourceConfidence.allCases[n], note: next(),
                   location: location, accessed: try? PartialDate(year: 2024, month: 5, day: 2), archived: next(),
                   identifier: next())
        }
        func cite(_ n: Int) -> Citation {
            Citation(pluginID: "p", sourceID: sources[n % sources.count].id, locator: n % 2 == 0 ? nil : next(),
                     location: location)
        }
        func text() -> LocalizedText { LocalizedText([("en", next()), ("nb", next())]) }
        func claims<Value>(_ known: Value) -> Fact<Value> {
            Fact([
                Claim(.known(known), citation: cite(0), status: .adopted, asOf: try? PartialDate(year: 2020), note: LocalizedText(universal: next())),
                Claim(.unknown(reason: LocalizedText(universal: next())), citation: cite(1), asOf: try? PartialDate(year: 2021, month: 2)),
                Claim(.notApplicable(reason: LocalizedText(universal: next())), citation: cite(2), status: .estimated),
            ])
        }
        let initiatives = (0..<2).map { n in
            let organisation = Organisation(name: next(), englishName: next(), category: .tradeUnion)
            let componentID = "c\(next())"
            let breakdown = [BudgetLine(componentID: componentID, amount: Decimal(string: "0.125")!, location: location),
                             BudgetLine(componentID: componentID, amount: 7, location: location)]
            let budgets: [Claim<Budget>] = [
                Claim(.known(Budget(amount: .exact(Decimal(string: "8168.125")!), currency: "EUR", scale: .million,
                                    basis: .constant(year: 2018), breakdown: breakdown)), citation: cite(0), status: .amended),
                Claim(.known(Budget(amount: .range(min: 1, max: Decimal(string: "2.5")!), currency: "NOK",
                                    basis: .notStated)), citation: cite(1)),
                Claim(.known(Budget(amount: .magnitude(.billion), currency: "DKK")), citation: cite(2)),
                Claim(.unknown(reason: nil), citation: cite(0)),
            ]
            return Initiative(
                id: "i\(n)\(next())", pluginID: "p", jurisdiction: "NO", kind: .forum, originalLanguage: "nb",
                name: text(), summary: text(), defaultCitation: cite(n),
                period: claims(Period(start: try? PartialDate(year: 2019), end: n == 0 ? .open : .date(try! PartialDate(year: 2025, month: 12, day: 31)))),
                status: claims(.active), lead: claims(organisation), chair: claims(next()), memberCount: claims(12),
                meetings: claims(text()), budget: Fact(budgets),
                participants: [Participant(organisation: organisation, role: text(), since: try? PartialDate(year: 2024),
                                           note: LocalizedText(universal: next()), citation: cite(1))],
                components: [Component(id: componentID, label: LocalizedText(universal: next()), title: text(), description: text(),
                                       themes: [ThemeReference(themeID: next(), strength: .primary, location: location)],
                                       citation: cite(2))],
                goals: [Goal(text: text(), target: LocalizedText(universal: next()), deadline: try? PartialDate(year: 2030), note: LocalizedText(universal: next()),
                             citation: cite(0))],
                positions: [Position(organisation: organisation, stance: .supportsWithDemands, demands: [text(), text()],
                                     date: try? PartialDate(year: 2024, month: 2), note: LocalizedText(universal: next()), citation: cite(1))],
                themes: [ThemeReference(themeID: next(), strength: .secondary, location: location)],
                related: [next(), "i\(1 - n)"], location: location)
        }
        return Corpus([(plugin, PluginContribution(sources: sources, initiatives: initiatives))])
    }()
}

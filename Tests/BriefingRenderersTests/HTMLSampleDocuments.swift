import BriefingRenderers
import ComparisonKit
import Foundation

/// A fictional briefing in English, Norwegian Bokmål or Danish with everything the HTML charts draw from: periods
/// (closed, open, with an unstated end), a theme matrix with strengths, and a budget breakdown given in billions
/// when proposed and in millions when adopted and amended.
///
/// Everything here is invented: initiatives, bodies, people, titles, dates and amounts are fictional and every
/// URL is under example.org or example.com. Texts are made with `ValueFormatter` and `Vocabulary`, as the core
/// makes them, so each language reads as a real run would.
enum HTMLSampleDocuments {
    /// The languages with a golden file.
    static let languages = ["en", "nb", "da"]

    /// The briefing in a language.
    static func document(_ language: String) -> BriefingDocument {
        let words = Words(language: language)
        return BriefingDocument(
            title: words.pick("Example initiatives compared (fictional)", "Eksempelinitiativer sammenlignet (oppdiktet)",
                              "Eksempelinitiativer sammenlignet (opdigtet)"),
            subtitle: words.vocabulary.comparedSubtitle(
                initiatives: 3, jurisdictions: [words.norway, words.denmark,
                                                words.pick("the European Union", "Den europeiske union", "Den Europæiske Union")]),
            language: language,
            tables: [overview(words), themes(words), budgets(words)],
            provenance: BriefingProvenance(newestSourceDate: SampleTables.date(2024, 3, 16), toolVersion: "0.0.0-example",
                                           configurationDigest: String(repeating: "0123456789abcdef", count: 4)))
    }

    /// The words of a language.
    struct Words {
        let language: String
        var vocabulary: Vocabulary { Vocabulary(language) }
        var formatter: ValueFormatter { ValueFormatter(language: language) }
        func pick(_ en: String, _ nb: String, _ da: String) -> String {
            language == "nb" ? nb : (language == "da" ? da : en)
        }
        /// The jurisdictions' names, as the shipped codebook gives them.
        var norway: String { pick("Norway", "Norge", "Norge") }
        var denmark: String { pick("Denmark", "Danmark", "Danmark") }
        var europeanUnion: String { pick("European Union", "Den europeiske union", "Den Europæiske Union") }
    }

    static func groups(_ words: Words) -> [ColumnGroup] {
        [
            ColumnGroup(jurisdiction: "NO", label: words.norway, columns: [
                TableColumn(initiativeID: "no-example-forum", heading: "Eksempelforum for digitalisering", jurisdiction: "NO"),
                TableColumn(initiativeID: "no-example-strategy", heading: "Eksempelstrategi 2030 – en oppdiktet strategi",
                            jurisdiction: "NO"),
            ]),
            ColumnGroup(jurisdiction: "DK", label: words.denmark, columns: [
                TableColumn(initiativeID: "dk-example-partnership", heading: "Et eksempelpartnerskab", jurisdiction: "DK"),
            ]),
            ColumnGroup(jurisdiction: "EU", label: words.europeanUnion, columns: [
                TableColumn(initiativeID: "eu-example-programme",
                            heading: words.pick("Example Programme", "Eksempelprogrammet", "Eksempelprogrammet"),
                            jurisdiction: "EU"),
            ]),
        ]
    }

    static let footnotes = [
        Footnote(number: 1, source: SampleTables.exampleForumNotice, locator: "første avsnitt"),
        Footnote(number: 2, source: SampleTables.exampleStrategy, locator: "kapittel 1"),
        Footnote(number: 3, source: SampleTables.exampleArticle, locator: nil),
        Footnote(number: 4, source: SampleTables.exampleProposal, locator: nil),
        Footnote(number: 5, source: SampleTables.exampleDecision, locator: "Article 9"),
    ]

    static func period(_ words: Words, _ start: PartialDate?, _ end: Period.End, _ notes: [Int]) -> TableCell {
        let value = Period(start: start, end: end)
        return TableCell(state: .known, entries: [CellEntry(text: words.formatter.period(value), footnotes: notes,
                                                            data: .period(value))])
    }

    static func overview(_ words: Words) -> ComparisonTable {
        let v = words.vocabulary
        let d = SampleTables.date
        return ComparisonTable(
            viewID: "overview", title: words.pick("Overview", "Oversikt", "Oversigt"), language: words.language,
            rowHeading: v.dimensionHeading, columnGroups: groups(words),
            rows: [
                TableRow(id: "kind", label: words.pick("Kind", "Type", "Type"), cells: [
                    SampleTables.known(v.kind(.forum), [1]), SampleTables.known(v.kind(.strategy), [2]),
                    SampleTables.known(v.kind(.partnership), [3]), SampleTables.known(v.kind(.programme), [5]),
                ]),
                TableRow(id: "period", label: words.pick("Period", "Periode", "Periode"), cells: [
                    period(words, d(2024, 3, nil), .open, [1]), period(words, d(2024, nil, nil), .date(d(2030, nil, nil)), [2]),
                    period(words, d(2021, 3, nil), .unstated, [3]), period(words, d(2021, nil, nil), .date(d(2027, nil, nil)), [5]),
                ]),
                TableRow(id: "chair", label: words.pick("Chair", "Leder", "Formand"), cells: [
                    TableCell(state: .unknown, entries: [CellEntry(text: v.notStated, footnotes: [1])]),
                    TableCell(state: .notRecorded, entries: [CellEntry(text: v.notRecorded, footnotes: [])]),
                    TableCell(state: .disputed, entries: [
                        CellEntry(text: "Eva Eksempel", qualifier: words.formatter.date(d(2021, 3, nil)), footnotes: [3]),
                        CellEntry(text: "Ola Eksempel", qualifier: words.formatter.date(d(2021, 3, nil)), footnotes: [1]),
                    ]),
                    TableCell(state: .notApplicable, entries: [CellEntry(text: v.notApplicable, footnotes: [5])]),
                ]),
            ],
            footnotes: footnotes, legend: v.legend(history: .latest))
    }

    static func themes(_ words: Words) -> ComparisonTable {
        let v = words.vocabulary
        func cell(_ strength: ThemeStrength?, _ via: String?, _ notes: [Int]) -> TableCell {
            guard let strength else { return TableCell(state: .known, entries: []) }
            return TableCell(state: .known, entries: [CellEntry(text: v.strength(strength), qualifier: via, footnotes: notes,
                                                                data: .themeStrength(strength))])
        }
        return ComparisonTable(
            viewID: "themes", title: words.pick("Theme coverage", "Tematisk dekning", "Tematisk dækning"),
            language: words.language, rowHeading: v.themeHeading, columnGroups: groups(words),
            rows: [
                TableRow(id: "example-services", label: words.pick("Example services", "Eksempeltjenester", "Eksempeltjenester"),
                         cells: [cell(.primary, "Formål 1", [1]), cell(.secondary, nil, [2]), cell(nil, nil, []),
                                 cell(.primary, "Objective A", [5])]),
                TableRow(id: "example-data", label: words.pick("Example data sharing", "Eksempeldeling av data",
                                                               "Eksempeldeling af data"),
                         cells: [cell(nil, nil, []), cell(.primary, "Innsats 3", [2]), cell(.secondary, "Spor 4", [3]),
                                 cell(nil, nil, [])]),
                TableRow(id: "example-skills", label: words.pick("Example skills", "Eksempelkompetanse", "Eksempelkompetence"),
                         cells: [cell(.secondary, nil, [1]), cell(nil, nil, []), cell(nil, nil, []),
                                 cell(.primary, "Objective B", [5])]),
            ],
            footnotes: footnotes, legend: v.legend(history: .latest))
    }

    static func budgets(_ words: Words) -> ComparisonTable {
        let v = words.vocabulary
        let f = words.formatter
        let components = [("area-a", words.pick("Example area A", "Eksempelområde A", "Eksempelområde A")),
                          ("area-b", words.pick("Example area B", "Eksempelområde B", "Eksempelområde B"))]
        let stages: [(ClaimStatus, PartialDate, AmountScale, [Decimal], Int)] = [
            (.proposed, SampleTables.date(2018, 6, nil), .billion, [Decimal(string: "1.2") ?? 0, Decimal(string: "0.8") ?? 0], 4),
            (.adopted, SampleTables.date(2021, 4, 29), .million, [Decimal(string: "1052.5") ?? 0, 700], 5),
        ]
        var lines: [CellEntry] = []
        for (status, date, scale, amounts, note) in stages {
            for ((id, title), amount) in zip(components, amounts) {
                let money = MoneyValue(amount: amount, scale: scale, currency: "EUR", status: status, asOf: date,
                                       componentID: id, componentTitle: title, basis: .current)
                lines.append(CellEntry(text: title + ": " + f.money(f.number(amount), scale: scale, currency: "EUR")
                                           + ", " + v.priceBasis(.current),
                                       qualifier: v.claimStatus(status) + ", " + f.date(date), footnotes: [note],
                                       data: .money(money)))
            }
        }
        let none = TableCell(state: .unknown, entries: [CellEntry(text: v.notStated, footnotes: [])])
        return ComparisonTable(
            viewID: "budgets", title: words.pick("Budgets", "Budsjetter", "Budgetter"), language: words.language,
            rowHeading: v.dimensionHeading, columnGroups: groups(words),
            rows: [
                TableRow(id: "budget-breakdown", label: words.pick("Budget by component", "Budsjett per komponent",
                                                                   "Budget pr. komponent"),
                         cells: [none, none, none, TableCell(state: .known, entries: lines)]),
            ],
            footnotes: footnotes, legend: v.legend(history: .all))
    }
}

import ComparisonKit
import BriefingRenderers

/// Hand-built tables shaped like the ones the core builds from the shipped plugins, for the golden files.
///
/// Everything here is invented: the initiatives, bodies, people, titles, dates and amounts are fictional, and
/// every URL is under example.org or example.com. The tables end up in ministerial briefings, so sample data must
/// never read as a claim about a real body; keep new sample values obviously fictional ("Eksempel…", "Example …").
enum SampleTables {
    /// Both sample tables, as one run.
    static let document = BriefingDocument(title: "Example initiatives (fictional sample data)", language: "en",
                                           tables: [overview, budgets])

    // MARK: Sources (all fictional)

    static let exampleForumNotice = source(
        id: "example-no-forum-notice", title: "Eksempeldepartementet oppretter Eksempelforum for digitalisering",
        publisher: "Eksempeldepartementet", published: date(2024, 3, 16), language: "nb",
        kind: "press release", url: "https://example.org/no/eksempelforum-for-digitalisering")
    static let exampleStrategy = source(
        id: "example-no-strategy",
        title: "Eksempelstrategi 2030 – en oppdiktet strategi for prøving av tabeller",
        publisher: "Eksempeldepartementet", published: date(2024, 9), language: "nb",
        kind: "strategy", url: "https://example.org/no/eksempelstrategi-2030")
    static let exampleArticle = source(
        id: "example-dk-article", title: "Et eksempelpartnerskab går i gang", publisher: "Eksempelforeningen",
        published: date(2021), language: "da", kind: "article", confidence: .medium)
    static let exampleMinistryNotice = source(
        id: "example-dk-notice", title: "Eksempelministeriet nedsætter et eksempelpartnerskab",
        publisher: "Eksempelministeriet", published: date(2021, 3), language: "da", kind: "press release")
    static let exampleAgencyPage = source(
        id: "example-dk-agency-page", title: "An example partnership", publisher: "Example Agency",
        published: nil, language: "en", kind: "web page", url: "https://example.com/example-partnership/")
    static let exampleProposal = source(
        id: "example-eu-proposal",
        title: "Proposal for an example programme for the period 2021-2027 (fictional)",
        publisher: "Example Agency", published: date(2018, 6, 6), language: "en", kind: "proposal",
        url: "https://example.org/eu/example-programme/proposal")
    static let exampleDecision = source(
        id: "example-eu-decision", title: "Decision establishing the example programme (fictional)",
        publisher: "Example Assembly", published: date(2021, 4, 29), language: "en",
        kind: "decision", url: "https://example.org/eu/example-programme/decision", accessed: date(2024, 5, 2),
        archived: "https://example.com/archive/2024/example-programme/decision",
        identifier: "DOI:10.5555/example-programme-decision")

    // MARK: Overview (English): three initiatives, every cell state

    static let overview = ComparisonTable(
        viewID: "overview", title: "Overview", language: "en", rowHeading: "Dimension",
        columnGroups: [
            ColumnGroup(jurisdiction: "NO", label: "Norway", columns: [
                TableColumn(initiativeID: "no-example-forum", heading: "Eksempelforum for digitalisering",
                            jurisdiction: "NO"),
                TableColumn(initiativeID: "no-example-strategy-2030", heading: "Eksempelstrategi 2030",
                            jurisdiction: "NO"),
            ]),
            ColumnGroup(jurisdiction: "DK", label: "Denmark", columns: [
                TableColumn(initiativeID: "dk-example-partnership", heading: "Et eksempelpartnerskab",
                            jurisdiction: "DK"),
            ]),
        ],
        rows: [
            TableRow(id: "kind", label: "Kind", cells: [
                known("forum", [1]), known("strategy", [2]), known("partnership", [3]),
            ]),
            TableRow(id: "name", label: "Name (original)", cells: [
                known("Eksempelforum for digitalisering", [1]), known("Eksempelstrategi 2030", [2]),
                // Text the plugin gives only in Danish, shown with its marker and its language.
                TableCell(state: .known, entries: [CellEntry(text: "Et eksempelpartnerskab ‹da›", footnotes: [3],
                                                             language: "da")]),
            ]),
            TableRow(id: "period", label: "Period", cells: [
                known("from 2024-03", [1]), known("2024–2030", [2]), known("2021-03 – 2021-10", [3, 4]),
            ]),
            TableRow(id: "lead", label: "Lead body", cells: [
                known("Eksempeldepartementet (Example Ministry)", [1]),
                known("Eksempeldepartementet (Example Ministry)", [2]),
                known("Eksempelministeriet (Example Ministry)", [4]),
            ]),
            TableRow(id: "chair", label: "Chair", cells: [
                TableCell(state: .unknown, entries: [CellEntry(text: "not stated in the sources", footnotes: [1])]),
                TableCell(state: .notApplicable, entries: [CellEntry(text: "not applicable", footnotes: [2])]),
                known("Eva Eksempel (fictional person)", [4]),
            ]),
            TableRow(id: "member-count", label: "Members besides the chair", cells: [
                TableCell(state: .notRecorded, entries: [CellEntry(text: "not recorded", footnotes: [])]),
                TableCell(state: .notRecorded, entries: []),
                TableCell(state: .disputed, entries: [
                    CellEntry(text: "12", footnotes: [3]),
                    CellEntry(text: "13", footnotes: [5]),
                ]),
            ]),
        ],
        footnotes: [
            Footnote(number: 1, source: exampleForumNotice, locator: "første avsnitt"),
            Footnote(number: 2, source: exampleStrategy, locator: "kapittel 1"),
            Footnote(number: 3, source: exampleArticle, locator: nil),
            Footnote(number: 4, source: exampleMinistryNotice, locator: "første afsnit"),
            Footnote(number: 5, source: exampleAgencyPage, locator: "Box 1.2"),
        ],
        legend: "Latest value of each fact. [n] points to the numbered source; \"not stated in the sources\" "
            + "means the sources were read and give no value; \"not recorded\" means it has not been filled in yet."
    )

    // MARK: Budgets (Norwegian Bokmål): history, a list, a disagreement, an empty cell

    static let budgets = ComparisonTable(
        viewID: "budgets", title: "Budsjetter", language: "nb", rowHeading: "Dimensjon",
        columnGroups: [
            ColumnGroup(jurisdiction: "NO", label: "Norge", columns: [
                TableColumn(initiativeID: "no-example-strategy-2030", heading: "Eksempelstrategi 2030",
                            jurisdiction: "NO"),
            ]),
            ColumnGroup(jurisdiction: "DK", label: "Danmark", columns: [
                TableColumn(initiativeID: "dk-example-partnership", heading: "Et eksempelpartnerskab",
                            jurisdiction: "DK"),
            ]),
            ColumnGroup(jurisdiction: "EU", label: "EU", columns: [
                TableColumn(initiativeID: "eu-example-programme", heading: "Eksempelprogrammet",
                            jurisdiction: "EU"),
            ]),
        ],
        rows: [
            TableRow(id: "budget", label: "Budsjett", cells: [
                TableCell(state: .unknown, entries: [CellEntry(text: "ikke oppgitt i kildene", footnotes: [1])]),
                TableCell(state: .disputed, entries: [
                    CellEntry(text: "10 millioner DKK", qualifier: "oppgitt, 2021-03", footnotes: [2]),
                    CellEntry(text: "12 millioner DKK", qualifier: "oppgitt, 2021-03", footnotes: [3]),
                ]),
                TableCell(state: .known, entries: [
                    CellEntry(text: "1 000 millioner EUR", qualifier: "foreslått, 2018-06", footnotes: [4]),
                    CellEntry(text: "900 millioner EUR, løpende priser", qualifier: "vedtatt, 2021-04-29", footnotes: [5],
                              data: .money(MoneyValue(amount: 900, scale: .million, currency: "EUR", status: .adopted,
                                                      asOf: date(2021, 4, 29), basis: .current))),
                ]),
            ]),
            TableRow(id: "budget-breakdown", label: "Budsjett per område", cells: [
                TableCell(state: .notRecorded, entries: [CellEntry(text: "ikke registrert", footnotes: [])]),
                TableCell(state: .known, entries: []),
                TableCell(state: .known, entries: [
                    CellEntry(text: "Område A: 400 millioner EUR", footnotes: [5]),
                    CellEntry(text: "Område B: 300 millioner EUR", footnotes: [5]),
                    CellEntry(text: "Område C: 200 millioner EUR", footnotes: [5]),
                ]),
            ]),
        ],
        footnotes: [
            Footnote(number: 1, source: exampleStrategy, locator: "kapittel 9"),
            Footnote(number: 2, source: exampleArticle, locator: nil),
            Footnote(number: 3, source: exampleMinistryNotice, locator: "første afsnit"),
            Footnote(number: 4, source: exampleProposal, locator: nil),
            Footnote(number: 5, source: exampleDecision, locator: "artikkel 9"),
        ],
        legend: "Alle daterte verdier for hvert faktum, eldste først. [n] viser til kilden med samme nummer; "
            + "«ikke oppgitt i kildene» betyr at kildene er lest og ikke oppgir noen verdi; "
            + "«ikke registrert» betyr at feltet ikke er fylt ut ennå."
    )

    // MARK: Lists (English): participants, components and goals as data beside their text

    /// A table whose list entries carry data, every optional value given once and left out once; written by the JSON
    /// renderer to `Golden/json-lists/` and read by the JSON Schema and documentation tests (the other formats
    /// ignore data, so it is not part of `document`).
    static let lists = ComparisonTable(
        viewID: "governance", title: "Governance and participants", language: "en", rowHeading: "Dimension",
        columnGroups: [
            ColumnGroup(jurisdiction: "NO", label: "Norway", columns: [
                TableColumn(initiativeID: "no-example-forum", heading: "Eksempelforum for digitalisering",
                            jurisdiction: "NO"),
            ]),
            ColumnGroup(jurisdiction: "DK", label: "Denmark", columns: [
                TableColumn(initiativeID: "dk-example-partnership", heading: "Et eksempelpartnerskab",
                            jurisdiction: "DK"),
            ]),
        ],
        rows: [
            TableRow(id: "participants", label: "Participants", cells: [
                TableCell(state: .known, entries: [
                    CellEntry(text: "Eksempelforbundet (Example Workers' Union), trade union: member (since March 2024)",
                              footnotes: [1],
                              data: .participant(ParticipantValue(name: "Eksempelforbundet",
                                                                  englishName: "Example Workers' Union",
                                                                  category: .tradeUnion, role: "member",
                                                                  since: date(2024, 3)))),
                    CellEntry(text: "Eksempelkommunene", footnotes: [1],
                              data: .participant(ParticipantValue(name: "Eksempelkommunene"))),
                ]),
                TableCell(state: .notRecorded, entries: [CellEntry(text: "not recorded", footnotes: [])]),
            ]),
            TableRow(id: "components", label: "Components", cells: [
                TableCell(state: .known, entries: [
                    CellEntry(text: "Spor 1: Skills — One line on the example track", footnotes: [2],
                              data: .component(ComponentValue(id: "skills", label: "Spor 1", title: "Skills",
                                                              description: "One line on the example track"))),
                ]),
                TableCell(state: .known, entries: [
                    CellEntry(text: "Data", footnotes: [3], data: .component(ComponentValue(id: "data", title: "Data"))),
                ]),
            ]),
            TableRow(id: "goals", label: "Goals", cells: [
                TableCell(state: .known, entries: [
                    CellEntry(text: "An example roadmap (target: one report; by November 2024)", footnotes: [2],
                              data: .goal(GoalValue(text: "An example roadmap", target: "one report",
                                                    deadline: date(2024, 11)))),
                ]),
                TableCell(state: .known, entries: [
                    CellEntry(text: "Recommendations", footnotes: [3], data: .goal(GoalValue(text: "Recommendations"))),
                ]),
            ]),
        ],
        footnotes: [
            Footnote(number: 1, source: exampleForumNotice, locator: "første avsnitt"),
            Footnote(number: 2, source: exampleStrategy, locator: "kapittel 1"),
            Footnote(number: 3, source: exampleArticle, locator: nil),
        ],
        legend: "Latest value of each fact. [n] points to the numbered source."
    )

    // MARK: Helpers

    static func known(_ text: String, _ footnotes: [Int]) -> TableCell {
        TableCell(state: .known, entries: [CellEntry(text: text, footnotes: footnotes)])
    }

    static func date(_ year: Int, _ month: Int? = nil, _ day: Int? = nil) -> PartialDate {
        try! PartialDate(year: year, month: month, day: day)
    }

    static func source(id: String, title: String, publisher: String, published: PartialDate?, language: String,
                       kind: String? = nil, url: String? = nil, confidence: SourceConfidence? = nil, accessed: PartialDate? = nil,
                       archived: String? = nil, identifier: String? = nil) -> Source {
        Source(id: id, title: title, publisher: publisher, published: published, language: language, kind: kind,
               url: url, confidence: confidence, location: .synthetic("sample"), accessed: accessed, archived: archived,
               identifier: identifier)
    }
}

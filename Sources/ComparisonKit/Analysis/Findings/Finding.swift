/// One computed statement about the selected initiatives, with the table cells it rests on.
public struct Finding: Sendable, Hashable {
    /// What a finding is about; the rules that compute each live in `FindingsBuilder`.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Themes every selected initiative is coded as covering.
        case sharedThemes = "shared-themes"
        /// Themes only one selected initiative is coded as covering.
        case singleThemes = "single-themes"
        /// Themes one group is coded as covering and the other is not (`--against`).
        case groupDifference = "group-difference"
        /// Which initiatives involve a group of participants (social partners, business, …).
        case involvement
        /// Budgets ranked, on one currency and price basis at a time.
        case budgets
        /// When the initiatives run together.
        case overlap
        /// When their periods run out.
        case periodEnds = "period-ends"
        /// A fact no source states for any selected initiative: a gap in the evidence.
        case gap
        /// Sources that give different values for the same fact.
        case disagreement
    }

    /// The rule that made it.
    public var kind: Kind
    /// What the rule looked at, where it looks at one of several things: an involvement's group
    /// (`social-partners`, `business`, `municipalities`, `academia`), a gap's or a disagreement's dimension id
    /// (`budget`, `participants`, `themes`, …), a budget ranking's currency and price basis (`EUR current`); nil for
    /// the other rules.
    public var topic: String?
    /// The statement, in the reader's language.
    public var text: String
    /// The cells it rests on, in the order the statement names them.
    public var basis: [FindingBasis]
    /// How many more cells it rests on than `basis` lists: 0, except in a briefing's key findings, whose findings cite
    /// the cells of the initiatives their statement names (``FindingsReport/keyFindings(limit:)``); `nordic-compare
    /// findings` lists them all.
    public var basisLeftOut = 0

    /// Every footnote number the statement rests on, ascending and without repeats.
    public var footnotes: [Int] { Array(Set(basis.flatMap(\.footnotes))).sorted() }

    /// Creates a finding.
    package init(kind: Kind, topic: String? = nil, text: String, basis: [FindingBasis], basisLeftOut: Int = 0) {
        self.kind = kind
        self.topic = topic
        self.text = text
        self.basis = basis
        self.basisLeftOut = basisLeftOut
    }
}

/// One table cell a finding rests on: an initiative's value of a dimension (or coverage of a theme), with its
/// citations, so a reader can find it in the tables and check it.
public struct FindingBasis: Sendable, Hashable {
    /// The initiative (the table's column).
    public var initiativeID: String
    /// The initiative's name in the reader's language.
    public var initiativeName: String
    /// The dimension or theme id (the table's row).
    public var rowID: String
    /// The dimension's or theme's label in the reader's language.
    public var rowLabel: String
    /// What the cell says, in short.
    public var value: String
    /// The footnote numbers that cite it, ascending; empty for a cell that records nothing (a gap).
    public var footnotes: [Int]

    /// Creates a basis.
    package init(initiativeID: String, initiativeName: String, rowID: String, rowLabel: String, value: String,
                 footnotes: [Int]) {
        self.initiativeID = initiativeID
        self.initiativeName = initiativeName
        self.rowID = rowID
        self.rowLabel = rowLabel
        self.value = value
        self.footnotes = footnotes.sorted()
    }
}

/// Findings over one selection, with the sources they cite.
public struct FindingsReport: Sendable, Hashable {
    /// What the report is, and the name of the file it is written to: `findings` (every finding, as the `findings`
    /// command gives them) or `key-findings` (the few a briefing opens with, ``keyFindings(limit:)``).
    public var id = "findings"

    /// True for a briefing's key findings (``keyFindings(limit:)``).
    public var isKey: Bool { id == "key-findings" }
    /// The section's title in the reader's language.
    public var title: String
    /// The language it is written in.
    public var language: LanguageCode
    /// The selection's conditions as written (empty: every initiative).
    public var selection: [String]
    /// The other group's conditions when two groups are compared; nil otherwise.
    public var against: [String]?
    /// How many initiatives were selected (and in the other group).
    public var selectedCount: Int
    /// How many initiatives the other group has; nil without one.
    public var againstCount: Int?
    /// The findings, in a fixed order of rules.
    public var findings: [Finding]
    /// The numbered sources the findings cite.
    public var footnotes: [Footnote]
    /// How to read the findings (coding, gaps, citations).
    public var legend: String
    /// What was selected, as a sentence in the reader's language ("Selected: kind=strategy (3 initiatives).").
    public var selectionLine: String
    /// What it is compared with, as a sentence; nil without another group.
    public var againstLine: String?
    /// The label before the cells a finding rests on ("Rests on").
    public var restsOnLabel: String

    /// Creates a report.
    package init(title: String, language: LanguageCode, selection: [String], against: [String]?, selectedCount: Int,
                 againstCount: Int?, findings: [Finding], footnotes: [Footnote], legend: String, selectionLine: String,
                 againstLine: String?, restsOnLabel: String) {
        self.title = title
        self.language = language
        self.selection = selection
        self.against = against
        self.selectedCount = selectedCount
        self.againstCount = againstCount
        self.findings = findings
        self.footnotes = footnotes
        self.legend = legend
        self.selectionLine = selectionLine
        self.againstLine = againstLine
        self.restsOnLabel = restsOnLabel
    }
}

import Foundation

/// A side-by-side comparison, ready to render: initiatives as columns grouped by jurisdiction, dimensions (or
/// themes) as rows, each cell a value with its citations, and the footnotes those citations point to.
///
/// Everything in it is already in the reader's language; renderers only lay it out.
public struct ComparisonTable: Sendable, Hashable {
    /// The view's id.
    public var viewID: String
    /// The title in the reader's language.
    public var title: String
    /// The language the table is written in.
    public var language: LanguageCode
    /// The heading of the first column (the row labels).
    public var rowHeading: String
    /// The columns, grouped by jurisdiction in the order the plugins are enabled.
    public var columnGroups: [ColumnGroup]
    /// The rows, in the view's order.
    public var rows: [TableRow]
    /// The numbered sources the cells cite, in order of first citation.
    public var footnotes: [Footnote]
    /// A line that says how to read the table (history mode, what the markers mean).
    public var legend: String
    /// What the columns are: initiatives side by side, or the dated figures of one initiative's budget.
    public var kind: TableKind

    /// Creates a table.
    package init(viewID: String, title: String, language: LanguageCode, rowHeading: String,
                columnGroups: [ColumnGroup], rows: [TableRow], footnotes: [Footnote], legend: String,
                kind: TableKind = .comparison) {
        self.viewID = viewID
        self.title = title
        self.language = language
        self.rowHeading = rowHeading
        self.columnGroups = columnGroups
        self.rows = rows
        self.footnotes = footnotes
        self.legend = legend
        self.kind = kind
    }

    /// All columns, left to right.
    public var columns: [TableColumn] { columnGroups.flatMap(\.columns) }
}

/// What a table's columns are.
public enum TableKind: Sendable, Hashable {
    /// Initiatives side by side, grouped by jurisdiction; rows are dimensions or themes.
    case comparison
    /// One initiative's budget breakdown: each column one dated figure (proposed, adopted, amended, …) in one unit
    /// and on one price basis, which its heading names; rows are the initiative's components and, last, the total.
    /// Every cell's text is a bare number in the column's unit.
    case budgetBreakdown(initiativeID: String, initiativeName: String)
}

/// The initiatives of one jurisdiction, side by side.
public struct ColumnGroup: Sendable, Hashable {
    /// The jurisdiction code.
    public var jurisdiction: String
    /// The jurisdiction's name in the reader's language.
    public var label: String
    /// Its initiatives.
    public var columns: [TableColumn]

    /// Creates a column group.
    package init(jurisdiction: String, label: String, columns: [TableColumn]) {
        self.jurisdiction = jurisdiction
        self.label = label
        self.columns = columns
    }
}

/// One initiative's column.
public struct TableColumn: Sendable, Hashable {
    /// The initiative's id.
    public var initiativeID: String
    /// The initiative's name in the reader's language (or its original name).
    public var heading: String
    /// The jurisdiction code.
    public var jurisdiction: String

    /// Creates a column.
    package init(initiativeID: String, heading: String, jurisdiction: String) {
        self.initiativeID = initiativeID
        self.heading = heading
        self.jurisdiction = jurisdiction
    }
}

/// One dimension or theme across all initiatives.
public struct TableRow: Sendable, Hashable {
    /// The dimension or theme id.
    public var id: String
    /// The label in the reader's language.
    public var label: String
    /// One cell per column, in column order.
    public var cells: [TableCell]

    /// Creates a row.
    package init(id: String, label: String, cells: [TableCell]) {
        self.id = id
        self.label = label
        self.cells = cells
    }
}

/// What a cell holds: values, a finding that the sources do not say, a finding that the fact does not apply, or
/// nothing recorded yet.
public enum CellState: String, Sendable, Hashable, CaseIterable {
    /// One or more values with citations.
    case known
    /// The sources were read and state no value.
    case unknown
    /// The fact does not apply to the initiative (a strategy has no chair).
    case notApplicable = "not-applicable"
    /// The plugin has not filled this in.
    case notRecorded = "not-recorded"
    /// The sources give different values for the same date.
    case disputed
}

/// One cell: its state and its entries (several for a history, a list or a disagreement).
public struct TableCell: Sendable, Hashable {
    /// What the cell holds.
    public var state: CellState
    /// The entries, in order.
    public var entries: [CellEntry]

    /// Creates a cell.
    package init(state: CellState, entries: [CellEntry]) {
        self.state = state
        self.entries = entries
    }
}

/// One value in a cell with the footnotes that cite it.
public struct CellEntry: Sendable, Hashable {
    /// The value as text in the reader's language.
    public var text: String
    /// A qualifier such as "adopted, 2021-04-29", shown after the value.
    public var qualifier: String?
    /// The footnote numbers that cite this entry.
    public var footnotes: [Int]
    /// The value as data, for renderers that draw charts or write machine-readable output; nil for plain text.
    public var data: CellData?
    /// The language of the text where the plugin does not give it in the reader's language (so the briefing shows
    /// it in the initiative's original language, or in English); nil for text in the reader's language. The text
    /// then ends with the marker that the table's legend explains (``Vocabulary/languageMarker(_:)``).
    public var language: LanguageCode?

    /// Creates an entry.
    package init(text: String, qualifier: String? = nil, footnotes: [Int], data: CellData? = nil,
                 language: LanguageCode? = nil) {
        self.text = text
        self.qualifier = qualifier
        self.footnotes = footnotes
        self.data = data
        self.language = language
    }
}

/// A cell value as data rather than text: what charts are drawn from, and what machine-readable formats write beside
/// the text.
public enum CellData: Sendable, Hashable {
    /// How strongly an initiative covers a theme.
    case themeStrength(ThemeStrength)
    /// When an initiative runs.
    case period(Period)
    /// An amount of money with its standing; `componentID` is set for a line of a breakdown.
    case money(MoneyValue)
    /// The price basis of a budget given as a range or an order of magnitude (an exact amount carries its basis in
    /// its `MoneyValue`).
    case budgetBasis(PriceBasis)
    /// One participant of a `participants` cell.
    case participant(ParticipantValue)
    /// One component of a `components` cell.
    case component(ComponentValue)
    /// One goal of a `goals` cell.
    case goal(GoalValue)

    /// The price basis of a budget's entry, exact or not; nil for other values and for budgets that record none.
    public var priceBasis: PriceBasis? {
        switch self {
        case .money(let money): return money.basis
        case .budgetBasis(let basis): return basis
        case .themeStrength, .period, .participant, .component, .goal: return nil
        }
    }
}

/// An exact amount with everything a chart or a spreadsheet needs to place it.
public struct MoneyValue: Sendable, Hashable {
    /// The amount, in `scale` units.
    public var amount: Decimal
    /// The scale the amount is written in.
    public var scale: AmountScale
    /// The ISO 4217 currency, when stated.
    public var currency: String?
    /// The standing of the figure (proposed, adopted, amended, …).
    public var status: ClaimStatus
    /// The date the figure applies from, when given.
    public var asOf: PartialDate?
    /// The component a breakdown line belongs to; nil for a total.
    public var componentID: String?
    /// The component's title in the reader's language, for a breakdown line.
    public var componentTitle: String?
    /// The prices the amount is given in, when the budget records it.
    public var basis: PriceBasis?

    /// Creates a money value.
    package init(amount: Decimal, scale: AmountScale, currency: String?, status: ClaimStatus, asOf: PartialDate?,
                componentID: String? = nil, componentTitle: String? = nil, basis: PriceBasis? = nil) {
        self.amount = amount
        self.scale = scale
        self.currency = currency
        self.status = status
        self.asOf = asOf
        self.componentID = componentID
        self.componentTitle = componentTitle
        self.basis = basis
    }
}

/// A numbered citation: the source and the place within it.
public struct Footnote: Sendable, Hashable {
    /// The number cells refer to, from 1.
    public var number: Int
    /// The source.
    public var source: Source
    /// The place within the source, when given.
    public var locator: String?

    /// Creates a footnote.
    package init(number: Int, source: Source, locator: String?) {
        self.number = number
        self.source = source
        self.locator = locator
    }
}

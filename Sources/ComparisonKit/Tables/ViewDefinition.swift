/// Whether a table shows only each fact's newest value or its whole dated history.
public enum HistoryMode: String, Sendable, Hashable, CaseIterable {
    /// Only each fact's newest value (and every value when sources disagree on it).
    case latest
    /// Every dated value of each fact, oldest first.
    case all
}

/// A named table to produce: which rows (dimensions, themes or indicators), under what title.
public struct ViewDefinition: Sendable, Hashable, Identifiable {
    /// What the rows of a view are.
    public enum Layout: Sendable, Hashable {
        /// One row per listed dimension id.
        case dimensions([String])
        /// One row per theme of the taxonomy: the theme-coverage matrix.
        case themeMatrix
        /// One row per participant category that takes part anywhere: who is involved where, with their roles.
        case participationMatrix
        /// One row per listed indicator (every declared one when the list is empty), one column per jurisdiction
        /// with values: each cell the latest value with the year it measures, or the series.
        case indicators([String])
        /// One row with each initiative's cited summary, in the reader's language by the fallback rule (`type:
        /// summaries`: the shipped configuration lists it first, so that its briefings open with what each
        /// initiative is).
        case summaries
        /// One initiative's budget breakdown: its components as rows (and a total), its dated figures as columns.
        case budgetBreakdown(initiative: String)
    }

    /// The view's id, used for output file names and `--view`.
    public var id: String
    /// The title per language.
    public var title: LocalizedText
    /// The rows.
    public var layout: Layout
    /// The history mode for this view, overriding the run's when set.
    public var history: HistoryMode?
    /// The initiatives the view compares (its `select:` conditions); every initiative when it has none.
    public var selection: InitiativeSelection
    /// The currency (and per-year choice) budgets are shown converted to; nil to show them as written.
    public var budgetBasis: BudgetBasis?
    /// Where the view is declared.
    public var location: SourceLocation

    /// Creates a view.
    public init(id: String, title: LocalizedText, layout: Layout, history: HistoryMode? = nil,
                selection: InitiativeSelection = InitiativeSelection(), budgetBasis: BudgetBasis? = nil,
                location: SourceLocation) {
        self.id = id
        self.title = title
        self.layout = layout
        self.history = history
        self.selection = selection
        self.budgetBasis = budgetBasis
        self.location = location
    }
}

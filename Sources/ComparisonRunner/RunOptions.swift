import ComparisonKit

/// What a user asks of a run, on top of the configuration file: each option overrides the file when set.
public struct RunOptions: Sendable {
    /// The run configuration file.
    public var configPath: String
    /// Only these views (by id), in this order; all configured views when empty.
    public var viewIDs: [String]
    /// Output formats by name, overriding the configuration's.
    public var formats: [String]?
    /// The reader's language, overriding the configuration's.
    public var language: LanguageCode?
    /// The output folder, overriding the configuration's.
    public var outputFolder: String?
    /// The history mode, overriding the configuration's and every view's.
    public var history: HistoryMode?
    /// The initiatives to compare, as `KEY=VALUE[,VALUE…]` conditions that must all hold (`--select`); every
    /// initiative when empty. They apply to every view, on top of its own `select:`.
    public var selection: [String] = []
    /// The currency (and per-year choice) every view shows budgets converted to, overriding each view's
    /// `budget-basis`; nil to keep the views'.
    public var budgetBasis: BudgetBasis?
    /// Show the state on this date (``Corpus/state(asOf:)``) instead of everything recorded.
    public var asOf: PartialDate?
    /// Whether to stamp outputs with the run's date and time (off by default, so outputs are reproducible).
    public var timestamp: Bool

    /// The configuration file used when none is given.
    public static let defaultConfigPath = "config/nordic-compare.yaml"

    /// Creates options.
    public init(configPath: String = RunOptions.defaultConfigPath, viewIDs: [String] = [], formats: [String]? = nil,
                language: LanguageCode? = nil, outputFolder: String? = nil, history: HistoryMode? = nil,
                timestamp: Bool = false, budgetBasis: BudgetBasis? = nil, asOf: PartialDate? = nil) {
        self.configPath = configPath
        self.viewIDs = viewIDs
        self.formats = formats
        self.language = language
        self.outputFolder = outputFolder
        self.history = history
        self.timestamp = timestamp
        self.budgetBasis = budgetBasis
        self.asOf = asOf
    }
}

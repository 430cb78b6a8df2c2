/// What a validation rule looks at: the loaded corpus, the codebook and the configured views.
public struct ValidationContext: Sendable {
    /// The loaded plugins' sources and initiatives.
    public var corpus: Corpus
    /// The dimensions and themes.
    public var codebook: Codebook
    /// The views the run will build.
    public var views: [ViewDefinition]

    /// Creates a context.
    public init(corpus: Corpus, codebook: Codebook, views: [ViewDefinition]) {
        self.corpus = corpus
        self.codebook = codebook
        self.views = views
    }
}

/// One check over the whole corpus. Each rule lives in its own small file and is listed in ``Validator/standardRules``.
public protocol ValidationRule: Sendable {
    /// A short stable id, such as `undeclared-source`.
    var identifier: String { get }
    /// Returns every problem this rule finds; it must not stop at the first.
    func validate(_ context: ValidationContext) -> [Diagnostic]
}

/// Runs validation rules and gathers their findings in a stable order.
public struct Validator: Sendable {
    /// The rules to run.
    public var rules: [any ValidationRule]

    /// Creates a validator with the given rules (the standard ones by default).
    public init(rules: [any ValidationRule] = Validator.standardRules) {
        self.rules = rules
    }

    /// Every rule the tool ships, in the order they run.
    public static let standardRules: [any ValidationRule] = [
        DuplicateInitiativeRule(),
        UndeclaredSourceRule(),
        CodeListRule(),
        PeriodRule(),
        BudgetRule(),
        ComponentRule(),
        ThemeReferenceRule(),
        RelatedInitiativeRule(),
        ViewDimensionRule(),
        NameLanguageRule(),
        LabelLanguageRule(),
        DisagreementRule(),
        UncoveredThemeRule(),
    ]

    /// Runs every rule and returns their diagnostics, sorted by location.
    public func validate(_ context: ValidationContext) -> [Diagnostic] {
        rules.flatMap { $0.validate(context) }.sortedForDisplay()
    }
}

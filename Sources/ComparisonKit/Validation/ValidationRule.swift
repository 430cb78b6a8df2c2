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

    /// Runs every rule and returns their diagnostics, sorted by location. Rules only read the context, so they
    /// run concurrently; their findings are gathered in rule order before sorting, so the result is the same.
    public func validate(_ context: ValidationContext) -> [Diagnostic] {
        let rules = self.rules
        let findings = ResultSlots<[Diagnostic]>(count: rules.count)
        DispatchConcurrent.perform(iterations: rules.count) { index in
            findings.store(rules[index].validate(context), at: index)
        }
        return findings.values.flatMap { $0 ?? [] }.sortedForDisplay()
    }
}

/// What a validation rule looks at: the loaded corpus, the codebook and the configured views.
package struct ValidationContext: Sendable {
    /// The loaded plugins' sources and initiatives.
    package var corpus: Corpus
    /// The dimensions and themes.
    package var codebook: Codebook
    /// The views the run will build.
    package var views: [ViewDefinition]
    /// The languages the configuration writes briefings in (`languages:`), whose texts the plugins should give.
    package var languages: [LanguageCode]

    /// Creates a context.
    package init(corpus: Corpus, codebook: Codebook, views: [ViewDefinition],
                 languages: [LanguageCode] = Vocabulary.defaultBriefingLanguages) {
        self.corpus = corpus
        self.codebook = codebook
        self.views = views
        self.languages = languages
    }
}

/// One check over the whole corpus. Each rule lives in its own small file and is listed in ``Validator/standardRules``.
package protocol ValidationRule: Sendable {
    /// A short stable id, such as `undeclared-source`.
    var identifier: String { get }
    /// Returns every problem this rule finds; it must not stop at the first.
    func validate(_ context: ValidationContext) -> [Diagnostic]
}

/// Runs validation rules and gathers their findings in a stable order.
package struct Validator: Sendable {
    /// The rules to run.
    package var rules: [any ValidationRule]

    /// Creates a validator with the given rules (the standard ones by default).
    package init(rules: [any ValidationRule] = Validator.standardRules) {
        self.rules = rules
    }

    /// Every rule the tool ships, in the order they run.
    package static let standardRules: [any ValidationRule] = [
        DuplicateInitiativeRule(),
        UndeclaredSourceRule(),
        CodeListRule(),
        PeriodRule(),
        BudgetRule(),
        MixedPriceBasisRule(),
        ComponentRule(),
        ThemeReferenceRule(),
        RelatedInitiativeRule(),
        ViewDimensionRule(),
        IndicatorValueRule(),
        ViewInitiativeRule(),
        NameLanguageRule(),
        LabelLanguageRule(),
        TranslationCoverageRule(),
        DisagreementRule(),
        UncoveredThemeRule(),
        InvolvementThemeRule(),
        EndedStatusRule(),
        ViewSelectionRule(),
    ]

    /// Runs every rule and returns their diagnostics, sorted by location. Rules only read the context, so they
    /// run concurrently; their findings are gathered in rule order before sorting, so the result is the same.
    package func validate(_ context: ValidationContext) -> [Diagnostic] {
        let rules = self.rules
        let findings = ResultSlots<[Diagnostic]>(count: rules.count)
        DispatchConcurrent.perform(iterations: rules.count) { index in
            findings.store(rules[index].validate(context), at: index)
        }
        return findings.values.flatMap { $0 ?? [] }.sortedForDisplay()
    }
}

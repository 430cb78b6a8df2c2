import Foundation

/// Computes findings over selected initiatives: what they share, what sets them apart, who takes part, their
/// budgets on one basis at a time, their periods, the gaps in the evidence and the sources that disagree.
///
/// Every finding rests on cells the tables show, built by the same `CellBuilder`, so its citations are the cells'
/// own. The rules never turn an unknown into a "no": a fact no source states is reported as a gap, and theme coverage
/// is reported as the plugin authors' coding. Every rule reads each selected initiative a bounded number of times,
/// and sorts at most once, so findings over n initiatives cost O(n log n).
package struct FindingsBuilder {
    let corpus: Corpus
    let codebook: Codebook
    let language: LanguageCode
    /// The currency (and per-year choice) budgets are converted to before they are ranked; nil to rank them in the
    /// currencies they are written in.
    let budgetBasis: BudgetBasis?

    /// Creates a builder for the reader's language.
    package init(corpus: Corpus, codebook: Codebook, language: LanguageCode, budgetBasis: BudgetBasis? = nil) {
        self.corpus = corpus
        self.codebook = codebook
        self.language = Vocabulary(language).language
        self.budgetBasis = budgetBasis
    }

    /// A group of initiatives with the conditions that selected them.
    package struct Group {
        /// The initiatives, in corpus order.
        package var initiatives: [Initiative]
        /// The conditions as written.
        package var conditions: [String]

        /// Creates a group.
        package init(initiatives: [Initiative], conditions: [String]) {
            self.initiatives = initiatives
            self.conditions = conditions
        }
    }

    /// The findings for `selected`, and for what sets it apart from `against` when given.
    package func report(selected: Group, against: Group? = nil) -> FindingsReport {
        var state = FindingsState(builder: self)
        for (index, rule) in Self.rules.enumerated() {
            rule.run(&state, selected.initiatives)
            // What sets two groups apart comes right after what the selection shares.
            if index == 0, let against { state.groupDifference(selected, against) }
        }
        return report(state, selected: selected, against: against)
    }

    /// The rules, in the order a report lists their findings, each with the kinds of finding it can make (what
    /// `keyReport` needs to know when it may stop). The two-group difference runs apart, as it needs both groups.
    private static var rules: [(kinds: [Finding.Kind], run: (inout FindingsState, [Initiative]) -> Void)] {
        [
            ([.sharedThemes, .singleThemes, .gap], { $0.themeFindings($1) }),
            ([.involvement, .gap], { $0.involvementFindings($1) }),
            ([.budgets, .gap], { $0.budgetFindings($1) }),
            ([.overlap, .periodEnds, .gap], { $0.periodFindings($1) }),
            ([.gap], { $0.gapFindings($1) }),
            ([.disagreement], { $0.disagreementFindings($1) }),
        ]
    }

    /// The report of the findings `state` made.
    private func report(_ state: FindingsState, selected: Group, against: Group?) -> FindingsReport {
        let phrases = state.phrases
        return FindingsReport(title: phrases.title, language: language, selection: selected.conditions,
                              against: against?.conditions, selectedCount: selected.initiatives.count,
                              againstCount: against?.initiatives.count, findings: state.findings,
                              footnotes: state.cells.footnotes.finished().footnotes, legend: phrases.legend,
                              selectionLine: phrases.selected(selected.conditions, count: selected.initiatives.count,
                                                              asOf: corpus.asOf.map(ValueFormatter(language: language).date)),
                              againstLine: against.map { phrases.comparedWith($0.conditions, count: $0.initiatives.count) },
                              restsOnLabel: phrases.restsOn)
    }

    /// The key findings a briefing opens with (``FindingsReport/keyFindings(limit:)``), the same as choosing them from
    /// every finding, but computed rule by rule in the order that choice prefers, stopping once no rule still to run
    /// could make a finding that would be chosen: a run pays for the few findings it shows, not for every rule over
    /// every initiative (the gaps rule alone builds a cell per dimension and initiative).
    package func keyReport(selected: Group, limit: Int = 7) -> FindingsReport {
        var state = FindingsState(builder: self)
        state.citesNamedOnly = true
        let rules = Self.rules
        let rank = Dictionary(uniqueKeysWithValues: FindingsReport.keyOrder.enumerated().map { ($1, $0) })
        for (index, rule) in rules.enumerated() {
            rule.run(&state, selected.initiatives)
            // The best rank a rule still to run could give; enough findings ranked above it settle the choice.
            let nextBest = rules.dropFirst(index + 1).flatMap(\.kinds).compactMap { rank[$0] }.min() ?? Int.max
            let settled = state.findings.filter { !$0.basis.isEmpty && (rank[$0.kind] ?? Int.max) < nextBest }.count
            if settled >= limit { break }
        }
        return report(state, selected: selected, against: nil).keyFindings(limit: limit)
    }

    func name(_ initiative: Initiative) -> String {
        initiative.name.text(in: language) ?? initiative.originalName
    }

    func themeLabel(_ id: String) -> String {
        codebook.theme(id)?.label.resolved(in: language) ?? id
    }

    func dimensionLabel(_ dimension: KnownDimension) -> String {
        codebook.dimension(dimension.rawValue)?.label.resolved(in: language) ?? dimension.rawValue
    }
}

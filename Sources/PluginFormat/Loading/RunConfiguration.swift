import ComparisonKit

/// A run as configured: which plugins, codebook, views, language, formats and output folder.
package struct RunConfiguration: Sendable {
    /// The configuration file's path.
    package var path: String
    /// The folder holding the plugin folders.
    package var pluginsFolder: String
    /// Where the plugins folder is named, for errors about it.
    package var pluginsFolderLocation: SourceLocation
    /// The plugins to enable, in order.
    package var enabledPlugins: [CorpusLoader.Enablement]
    /// The dimensions file.
    package var dimensionsPath: String
    /// The themes file.
    package var themesPath: String
    /// Where the dimensions file is named, for errors about the file itself (missing, not a regular file).
    package var dimensionsLocation: SourceLocation
    /// Where the themes file is named.
    package var themesLocation: SourceLocation
    /// The jurisdictions file, or nil when the configuration names none (the built-in list is used).
    package var jurisdictionsPath: String?
    /// Where the jurisdictions file is named.
    package var jurisdictionsLocation: SourceLocation?
    /// The exchange-rates file, or nil when the configuration names none (the built-in rates are used).
    package var exchangeRatesPath: String?
    /// Where the exchange-rates file is named.
    package var exchangeRatesLocation: SourceLocation?
    /// The indicators file, or nil when the configuration names none (there are no indicators).
    package var indicatorsPath: String?
    /// Where the indicators file is named.
    package var indicatorsLocation: SourceLocation?
    /// The reader's language.
    package var language: LanguageCode
    /// Where the language is set, if it is.
    package var languageLocation: SourceLocation
    /// The languages briefings are written in (`languages:`), with where each is named: the languages whose texts
    /// the plugins should give.
    package var briefingLanguages: [(code: LanguageCode, location: SourceLocation)]
    /// The briefing's own title (nil: the tool's), in the languages given.
    package var briefingTitle: LocalizedText?
    /// Who the briefing is from: an author or an office.
    package var briefingAuthor: LocalizedText?
    /// A marking such as "Draft" / "Utkast" / "Udkast", or a classification line.
    package var briefingMarking: LocalizedText?
    /// The output formats by name, with where each is named.
    package var formats: [(name: String, location: SourceLocation)]
    /// The output folder.
    package var outputFolder: String
    /// The default history mode.
    package var history: HistoryMode
    /// The views, in order.
    package var views: [ViewDefinition]
}

/// Reads and checks a run configuration file.
package enum RunConfigurationLoader {
    /// The configuration, or every problem found in it. Paths in it are resolved relative to the file's folder.
    package static func load(path: String) -> Result<RunConfiguration, PluginLoadFailure> {
        let (read, problems) = DocumentReading.read(ConfigurationSchema.record, atPath: path, what: "a run configuration")
        guard let document = read else { return .failure(PluginLoadFailure(diagnostics: problems)) }
        let folder = PathResolver.directory(of: path)
        var parsing = ValueParsing()
        var seenViews: Set<String> = []
        let views = document.views.compactMap { view -> ViewDefinition? in
            guard seenViews.insert(view.id.value).inserted else {
                parsing.report(.error("duplicate view id '\(view.id.value)'", at: view.id.location))
                return nil
            }
            let history = view.history.flatMap { parsing.choice($0, as: HistoryMode.self, what: "history mode") }
            var conditions: [SelectionCondition] = []
            for condition in view.select {
                switch Result(catching: { () throws(SelectionError) in try SelectionCondition(parsing: condition.value) }) {
                case .success(let parsed): conditions.append(parsed)
                case .failure(let error): parsing.report(.error(error.description, at: condition.location))
                }
            }
            let selection = InitiativeSelection(conditions)
            let budgetBasis = view.budgetBasis.map { BudgetBasis(currency: $0.currency.value, perYear: $0.perYear) }
            if let currency = view.budgetBasis?.currency, let problem = CurrencyCheck.problem(currency) {
                parsing.report(problem)
            }
            switch view.type?.value {
            case nil, "dimensions":
                guard let rows = view.rows, !rows.isEmpty else {
                    parsing.report(.error("view '\(view.id.value)' lists no 'rows' (dimension ids)", at: view.location))
                    return nil
                }
                return ViewDefinition(id: view.id.value, title: view.title, layout: .dimensions(rows),
                                      history: history, selection: selection, budgetBasis: budgetBasis,
                                      location: view.location)
            case "theme-matrix":
                reportBudgetBasis(of: view, on: "a theme matrix", &parsing)
                return ViewDefinition(id: view.id.value, title: view.title, layout: .themeMatrix,
                                      history: history, selection: selection, location: view.location)
            case "participation-matrix":
                reportBudgetBasis(of: view, on: "a participation matrix", &parsing)
                return ViewDefinition(id: view.id.value, title: view.title, layout: .participationMatrix,
                                      history: history, selection: selection, location: view.location)
            case "summaries":
                reportBudgetBasis(of: view, on: "a summaries view", &parsing)
                return ViewDefinition(id: view.id.value, title: view.title, layout: .summaries,
                                      history: history, selection: selection, location: view.location)
            case "indicators":
                reportBudgetBasis(of: view, on: "an indicator view", &parsing)
                return ViewDefinition(id: view.id.value, title: view.title, layout: .indicators(view.rows ?? []),
                                      history: history, location: view.location)
            case "budget-breakdown":
                guard let initiative = view.initiative else {
                    parsing.report(.error("view '\(view.id.value)' of type budget-breakdown names no 'initiative' (the "
                        + "id of the initiative whose budget it breaks down)", at: view.location))
                    return nil
                }
                return ViewDefinition(id: view.id.value, title: view.title,
                                      layout: .budgetBreakdown(initiative: initiative.value),
                                      history: history, location: initiative.location)
            case let other?:
                let known = ["dimensions", "theme-matrix", "participation-matrix", "summaries", "indicators", "budget-breakdown"]
                parsing.report(.error(
                    "unknown view type '\(other)'; expected " + known.joined(separator: ", ")
                        + Suggestion.hint(for: other, in: known),
                    at: view.type?.location ?? view.location))
                return nil
            }
        }
        let history = document.history.flatMap { parsing.choice($0, as: HistoryMode.self, what: "history mode") }
        // The views that could be read are checked even when others could not, so that every problem comes at once.
        let diagnostics = problems + parsing.diagnostics
        if diagnostics.containsErrors { return .failure(PluginLoadFailure(diagnostics: diagnostics)) }
        let fileStart = SourceLocation(file: path, line: 1, column: 1)
        return .success(RunConfiguration(
            path: path,
            pluginsFolder: PathResolver.join(folder, document.pluginsFolder.value),
            pluginsFolderLocation: document.pluginsFolder.location,
            enabledPlugins: document.plugins.map { .init(pluginID: $0.value, location: $0.location) },
            dimensionsPath: PathResolver.join(folder, document.dimensionsPath.value),
            themesPath: PathResolver.join(folder, document.themesPath.value),
            dimensionsLocation: document.dimensionsPath.location,
            themesLocation: document.themesPath.location,
            jurisdictionsPath: document.jurisdictionsPath.map { PathResolver.join(folder, $0.value) },
            jurisdictionsLocation: document.jurisdictionsPath?.location,
            exchangeRatesPath: document.exchangeRatesPath.map { PathResolver.join(folder, $0.value) },
            exchangeRatesLocation: document.exchangeRatesPath?.location,
            indicatorsPath: document.indicatorsPath.map { PathResolver.join(folder, $0.value) },
            indicatorsLocation: document.indicatorsPath?.location,
            language: document.language?.value ?? "en",
            languageLocation: document.language?.location ?? fileStart,
            briefingLanguages: document.languages.map { $0.map { ($0.value, $0.location) } }
                ?? Vocabulary.defaultBriefingLanguages.map { ($0, fileStart) },
            briefingTitle: document.briefing?.title,
            briefingAuthor: document.briefing?.author,
            briefingMarking: document.briefing?.marking,
            formats: (document.formats ?? [Located("markdown", at: fileStart)]).map { ($0.value, $0.location) },
            outputFolder: PathResolver.join(folder, document.output?.value ?? "output"),
            history: history ?? .latest,
            views: views))
    }
}

extension RunConfigurationLoader {
    /// A `budget-basis` on a view that shows no budgets (a theme or participation matrix) is an error at it.
    fileprivate static func reportBudgetBasis(of view: ConfigurationSchema.View, on layout: String,
                                              _ parsing: inout ValueParsing) {
        guard let basis = view.budgetBasis else { return }
        parsing.report(.error("view '\(view.id.value)' is \(layout), which shows no budgets; move 'budget-basis' to a "
            + "view whose rows include budget", at: basis.currency.location))
    }
}

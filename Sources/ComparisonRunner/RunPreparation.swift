package import BriefingRenderers
import Foundation
import ComparisonKit
internal import PluginFormat
internal import StandardRenderers

/// The outcome of preparing a run: the prepared run when nothing stopped it, and every diagnostic found.
public struct RunPreparation: Sendable {
    /// The prepared run, or nil when errors stopped it before tables could be built.
    public let run: PreparedRun?
    /// Every error and warning, sorted by location.
    public let diagnostics: [Diagnostic]

    /// True when any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.containsErrors }
}

/// Problems in the options a user typed, as opposed to problems in the input files.
public struct UsageError: Error, Sendable, CustomStringConvertible {
    /// What is wrong and how to fix it.
    public let message: String
    /// Creates a usage error.
    init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}

/// Loads the configuration, the codebook and the enabled plugins, and validates everything, collecting all
/// problems rather than stopping at the first.
public enum Runner {
    /// Prepares a run. Plugins written in Swift can be passed in `additionalPlugins`; they are registered before
    /// the plugin folders, and a folder plugin with the same id is reported as a duplicate.
    public static func prepare(_ options: RunOptions, additionalPlugins: [any CountryPlugin] = [])
        throws(UsageError) -> RunPreparation {
        try prepare(options, additionalPlugins: additionalPlugins, renderers: .standard)
    }

    /// Prepares a run whose formats are looked up in `renderers` instead of the standard registry, telling
    /// `progress` which phase it is in.
    package static func prepare(_ options: RunOptions, additionalPlugins: [any CountryPlugin],
                                renderers: RendererRegistry,
                                progress: (RunProgress) -> Void = { _ in }) throws(UsageError) -> RunPreparation {
        var configuration: RunConfiguration
        switch RunConfigurationLoader.load(path: options.configPath) {
        case .failure(let failure): return RunPreparation(run: nil, diagnostics: failure.diagnostics.sortedForDisplay())
        case .success(let loaded): configuration = loaded
        }
        if let output = options.outputFolder { configuration.outputFolder = output }
        var diagnostics: [Diagnostic] = []

        let language = options.language ?? configuration.language
        if !Vocabulary.supportedLanguages.contains(language) {
            let message = "unsupported language '\(language)'; choose one of: "
                + Vocabulary.supportedLanguages.joined(separator: ", ") + Vocabulary.languageHint(for: language)
            if options.language != nil { throw UsageError(message) }
            diagnostics.append(.error(message, at: configuration.languageLocation))
        }
        for (code, location) in configuration.briefingLanguages where !Vocabulary.supportedLanguages.contains(code) {
            diagnostics.append(.error("unsupported briefing language '\(code)' in 'languages'; choose from: "
                + Vocabulary.supportedLanguages.joined(separator: ", ") + Vocabulary.languageHint(for: code), at: location))
        }
        let selectedRenderers = try selectRenderers(options, configuration, renderers, &diagnostics)
        let views = try selectViews(options.viewIDs, from: configuration.views).map { view in
            var view = view
            if let basis = options.budgetBasis { view.budgetBasis = basis }
            return view
        }
        let selection: InitiativeSelection
        switch Result(catching: { () throws(SelectionError) in try InitiativeSelection(parsing: options.selection) }) {
        case .success(let parsed): selection = parsed
        case .failure(let error): throw UsageError(error.description)
        }

        let (codebook, codebookProblems) = CodebookLoader.load(
            dimensionsPath: configuration.dimensionsPath, themesPath: configuration.themesPath,
            jurisdictionsPath: configuration.jurisdictionsPath, exchangeRatesPath: configuration.exchangeRatesPath,
            indicatorsPath: configuration.indicatorsPath,
            dimensionsNamedAt: configuration.dimensionsLocation, themesNamedAt: configuration.themesLocation,
            jurisdictionsNamedAt: configuration.jurisdictionsLocation,
            exchangeRatesNamedAt: configuration.exchangeRatesLocation,
            indicatorsNamedAt: configuration.indicatorsLocation)
        diagnostics += codebookProblems

        var registry = PluginRegistry()
        for plugin in additionalPlugins {
            if let duplicate = registry.register(plugin) { diagnostics.append(duplicate) }
        }
        progress(.loadingPlugins(configuration.enabledPlugins.count))
        let discovery = PluginDiscovery(pluginsFolder: configuration.pluginsFolder,
                                        namedAt: configuration.pluginsFolderLocation)
        if let problem = discovery.folderProblem { diagnostics.append(problem) }
        for plugin in discovery.plugins {
            if let duplicate = registry.register(plugin) { diagnostics.append(duplicate) }
        }
        var enabled: [CorpusLoader.Enablement] = []
        for request in configuration.enabledPlugins {
            if let failure = discovery.failures[request.pluginID] {
                diagnostics += failure
            } else if discovery.folderProblem == nil || registry.plugin(request.pluginID) != nil {
                enabled.append(request)
            }
        }
        let (corpus, loadProblems) = CorpusLoader.load(enabled, from: registry)
        diagnostics += loadProblems
        progress(.validating(corpus.initiatives.count))
        diagnostics += Validator().validate(ValidationContext(corpus: corpus, codebook: codebook, views: views,
                                                              languages: configuration.briefingLanguages.map(\.code)
                                                                  .filter(Vocabulary.supportedLanguages.contains)))
        if !diagnostics.containsErrors, !corpus.initiatives.isEmpty {
            // A selection that matches nothing would give empty tables: say which condition matched nothing.
            switch Result(catching: { () throws(SelectionError) in
                try selection.select(from: corpus.initiatives, codebook: codebook)
            }) {
            case .success: break
            case .failure(let error): throw UsageError(error.description)
            }
            // Each view's own select: together with --select (a view without one was checked just above).
            if !selection.selectsEverything {
                for view in views where !view.selection.selectsEverything {
                    switch Result(catching: { () throws(SelectionError) in
                        try view.selection.and(selection).select(from: corpus.initiatives, codebook: codebook)
                    }) {
                    case .success: break
                    case .failure(let error): throw UsageError("view '\(view.id)' selects nothing with --select: \(error)")
                    }
                }
            }
        }

        let codebookPaths = [configuration.dimensionsPath, configuration.themesPath]
            + [configuration.jurisdictionsPath, configuration.exchangeRatesPath, configuration.indicatorsPath].compactMap { $0 }
        let pluginPaths = enabled.flatMap { request in
            (registry.plugin(request.pluginID) as? YAMLPlugin)?.filesRead ?? []
        }
        // The whole corpus is validated; the state on a date is then a view of it.
        let run = PreparedRun(configuration: configuration, codebook: codebook,
                              corpus: options.asOf.map { corpus.state(asOf: $0) } ?? corpus, recordedCorpus: corpus,
                              views: views, opensWithKeyFindings: options.viewIDs.isEmpty, renderers: selectedRenderers,
                              language: language, selection: selection, historyOverride: options.history,
                              configurationDigest: digest(of: [configuration.path] + codebookPaths),
                              generatedAt: options.timestamp ? timestamp() : nil,
                              inputPaths: RunInputs.Paths(configuration: configuration.path, codebook: codebookPaths,
                                                          plugins: pluginPaths))
        return RunPreparation(run: run, diagnostics: diagnostics.sortedForDisplay())
    }

    /// The SHA-256 of the files' bytes, in order, each preceded by its length so boundaries count.
    private static func digest(of paths: [String]) -> String {
        var digest = SHA256Digest()
        for path in paths {
            // Read like every input (without blocking, regular files only): a FIFO named as a codebook file, already
            // reported, must not hang the run here.
            let bytes = InputFiles.bytes(atPath: path) ?? []
            digest.update(Array(String(bytes.count).utf8) + [0])
            digest.update(bytes)
        }
        return digest.hexDigest()
    }

    private static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }

    private static func selectRenderers(
        _ options: RunOptions, _ configuration: RunConfiguration, _ registry: RendererRegistry,
        _ diagnostics: inout [Diagnostic]
    ) throws(UsageError) -> [any BriefingRenderer] {
        // A format named twice (also by an alias, `markdown,md`) is written once: twice would write the same files.
        var selected: [any BriefingRenderer] = []
        var chosen: Set<String> = []
        func choose(_ renderer: any BriefingRenderer) {
            if chosen.insert(renderer.formatName).inserted { selected.append(renderer) }
        }
        if let names = options.formats {
            for name in names {
                guard let renderer = registry.renderer(named: name) else {
                    throw UsageError("unknown format '\(name)'; available: \(registry.formatNames.joined(separator: ", "))"
                                     + Suggestion.hint(for: name, in: registry.formatNames))
                }
                choose(renderer)
            }
            return selected
        }
        for (name, location) in configuration.formats {
            guard let renderer = registry.renderer(named: name) else {
                diagnostics.append(.error(
                    "unknown format '\(name)'; available: \(registry.formatNames.joined(separator: ", "))"
                        + Suggestion.hint(for: name, in: registry.formatNames), at: location))
                continue
            }
            choose(renderer)
        }
        return selected
    }

    private static func selectViews(_ ids: [String], from views: [ViewDefinition]) throws(UsageError) -> [ViewDefinition] {
        guard !ids.isEmpty else { return views }
        let byID = Dictionary(views.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var selected: [ViewDefinition] = []
        var chosen: Set<String> = []
        // A view named twice is built and written once.
        for id in ids where !chosen.contains(id) {
            chosen.insert(id)
            guard let view = byID[id] else {
                throw UsageError("unknown view '\(id)'; configured views: \(views.map(\.id).joined(separator: ", "))"
                                 + Suggestion.hint(for: id, in: views.map(\.id)))
            }
            selected.append(view)
        }
        return selected
    }
}

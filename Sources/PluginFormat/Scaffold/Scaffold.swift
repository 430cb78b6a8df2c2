import ComparisonKit

/// What `nordic-compare new` creates: the files of a project, a plugin or an initiative, and the checks on the
/// names it is given.
package enum Scaffold {
    /// The form of plugin and initiative ids: lower case letters, digits and hyphens.
    package static func isSlug(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= 100 else { return false }
        let allowed = { (scalar: Unicode.Scalar) in ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) }
        return allowed(first) && text.unicodeScalars.allSatisfy { allowed($0) || $0 == "-" }
    }

    /// True for text written as a jurisdiction id (`SE`, `EU`, `NORDIC-BALTIC`); whether the project's codebook
    /// declares it is asked of ``jurisdictionIDs(configuration:)``.
    package static func isJurisdictionID(_ text: String) -> Bool { Jurisdiction.isWellFormedID(text) }

    /// The jurisdiction ids the codebook of a run configuration declares (the built-in list when it names no
    /// jurisdictions file), or the problems that kept them from being read.
    package static func jurisdictionIDs(configuration: RunConfiguration) -> Result<[String], PluginLoadFailure> {
        let (jurisdictions, problems) = CodebookLoader.loadJurisdictions(path: configuration.jurisdictionsPath,
                                                                         namedAt: configuration.jurisdictionsLocation)
        if problems.containsErrors { return .failure(PluginLoadFailure(diagnostics: problems)) }
        return .success(jurisdictions.map(\.id))
    }

    /// True for an ISO 639-1 language code.
    package static func isLanguage(_ text: String) -> Bool { LanguageCodes.isCode(text) }

    /// The initiative kinds, as written in files.
    package static var kinds: [String] { InitiativeKind.allCases.map(\.rawValue) }

    /// A project in `folder`: `config/` with the shipped configuration (no plugins enabled) and codebook, an empty
    /// `plugins/`, and `schema/` with the JSON Schemas the plugin files' first lines point editors at.
    package static func project(in folder: String) -> [ScaffoldItem] {
        let config = PathResolver.join(folder, "config")
        let configuration = ShippedProject.configuration
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("plugins:") ? "plugins: []               # enable plugins by id: [sweden, norway]" : String($0) }
            .joined(separator: "\n")
        return [
            .folder(config),
            .file(PathResolver.join(config, "nordic-compare.yaml"), configuration),
            .file(PathResolver.join(config, "dimensions.yaml"), ShippedProject.dimensions),
            .file(PathResolver.join(config, "themes.yaml"), ShippedProject.themes),
            .file(PathResolver.join(config, "jurisdictions.yaml"), ShippedProject.jurisdictions),
            .file(PathResolver.join(config, "exchange-rates.yaml"), ShippedProject.exchangeRates),
            .file(PathResolver.join(config, "indicators.yaml"), ShippedProject.indicators),
            .folder(PathResolver.join(folder, "plugins")),
            .folder(PathResolver.join(folder, "schema")),
        ] + JSONSchemaWriter.files().map { .file(PathResolver.join(PathResolver.join(folder, "schema"), $0.name), $0.contents) }
    }

    /// A plugin `id` in `pluginsFolder`: its manifest and one initiative template, listed in the manifest.
    package static func plugin(id: String, name: String, jurisdiction: String, language: String?,
                              initiative: String, kind: String, in pluginsFolder: String) -> [ScaffoldItem] {
        let folder = PathResolver.join(pluginsFolder, id)
        let initiativeFile = "initiatives/\(initiative).yaml"
        return [
            .folder(folder),
            .file(PathResolver.join(folder, "plugin.yaml"),
                  Templates.manifest(id: id, name: name, jurisdiction: jurisdiction, language: language,
                                     initiatives: [initiativeFile])),
            .folder(PathResolver.join(folder, "initiatives")),
            .file(PathResolver.join(folder, initiativeFile),
                  Templates.initiative(id: initiative, kind: kind, language: language)),
        ]
    }
}

import ArgumentParser
import ComparisonKit
import Foundation
import PluginFormat

/// `nordic-compare new plugin ID`: a country plugin with a manifest and one initiative template.
struct NewPlugin: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugin",
        abstract: "Create a country plugin: plugin.yaml and one initiative template.",
        discussion: """
            Writes ID/plugin.yaml and ID/initiatives/INITIATIVE.yaml in the plugins folder of the configuration. \
            The templates hold FILL-IN placeholders; validation fails, pointing at them, until they are replaced.

            Example:
              nordic-compare new plugin sweden --jurisdiction SE --name Sweden --lang sv
            """
    )

    @Argument(help: ArgumentHelp("The plugin's id, also its folder's name, such as sweden.", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("An id of the project's jurisdictions (config/jurisdictions.yaml): an ISO 3166-1 alpha-2 "
                               + "code, or a grouping such as EU.", valueName: "id"))
    var jurisdiction: String

    @Option(help: ArgumentHelp("The English name of the country or body.", valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp("The ISO 639-1 code of the sources' and initiatives' language.", valueName: "code"))
    var lang: String?

    @Option(help: ArgumentHelp("The id of the first initiative (default: the jurisdiction, lower case, then "
                               + "'-first-initiative').", valueName: "id"))
    var initiative: String?

    @Option(help: ArgumentHelp("The first initiative's kind: \(Scaffold.kinds.joined(separator: ", ")).",
                               valueName: "kind"))
    var kind: String = "initiative"

    @OptionGroup var config: ConfigOption
    @OptionGroup var quiet: QuietOption

    func validate() throws {
        try ScaffoldArguments.checkSlug(id, what: "plugin id")
        try ScaffoldArguments.checkJurisdictionForm(jurisdiction)
        try ScaffoldArguments.checkLanguage(lang)
        try ScaffoldArguments.checkKind(kind)
        if let initiative { try ScaffoldArguments.checkSlug(initiative, what: "initiative id") }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("the plugin's --name is empty; give its English name, such as --name Sweden")
        }
    }

    mutating func run() throws {
        let config = try config.path()
        try Session.announce(self.config, reporting: Session.Reporting(quiet))
        let configuration = try PluginsFolder.configuration(config)
        try ScaffoldArguments.checkJurisdiction(jurisdiction, declaredBy: configuration, config: config)
        let pluginsFolder = configuration.pluginsFolder
        let initiativeID = initiative ?? jurisdiction.lowercased() + "-first-initiative"
        let items = Scaffold.plugin(id: id, name: name, jurisdiction: jurisdiction, language: lang,
                                    initiative: initiativeID, kind: kind, in: pluginsFolder)
        let created = try ScaffoldArguments.create(items)
        try ScaffoldArguments.report(created + [
            "",
            "Next steps:",
            "  1. Enable '\(id)' in \(config) under 'plugins:'.",
            "  2. Replace every FILL-IN in \(items[1].path) and \(items[3].path): declare a source under 'sources:' "
                + "and cite its id in the initiative's 'source:'.",
            "  3. Check it: nordic-compare validate --config \(config)",
        ], quiet: quiet)
    }
}

/// The plugins folder a run configuration names.
enum PluginsFolder {
    /// The folder, which must exist; a missing configuration is a command-line error (64), a broken one an input
    /// error (1, with its diagnostics).
    static func of(_ config: String) throws -> String {
        try configuration(config).pluginsFolder
    }

    /// The run configuration, whose plugins folder must exist; failures as for ``of(_:)``.
    static func configuration(_ config: String) throws -> RunConfiguration {
        guard FileManager.default.fileExists(atPath: config) else {
            throw ValidationError("no run configuration at \(Echo.escaped(config)); pass --config FILE, or create a project "
                                  + "with 'nordic-compare new project DIR'")
        }
        switch RunConfigurationLoader.load(path: config) {
        case .success(let configuration):
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: configuration.pluginsFolder, isDirectory: &isFolder),
                  isFolder.boolValue else {
                try StandardStream.error.writeLine("error: the plugins folder \(configuration.pluginsFolder) named in "
                                                   + "\(config) is not a folder")
                throw ExitCode(1)
            }
            return configuration
        case .failure(let failure):
            try StandardStream.error.writeLines(failure.diagnostics.map(\.description))
            throw ExitCode(1)
        }
    }
}

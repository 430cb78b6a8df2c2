import ArgumentParser
import PluginFormat

/// `nordic-compare new initiative PLUGIN ID`: an initiative template, listed in the plugin's manifest.
struct NewInitiative: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "initiative",
        abstract: "Add an initiative template to a plugin and list it at the end of the manifest's initiatives.",
        discussion: """
            Writes PLUGIN/initiatives/ID.yaml in the plugins folder of the configuration and appends it to the \
            'initiatives:' list of PLUGIN/plugin.yaml, keeping the manifest's comments and order.

            Example:
              nordic-compare new initiative sweden se-digital-strategy --kind strategy
            """
    )

    @Argument(help: ArgumentHelp("The plugin's id, such as sweden.", valueName: "plugin"))
    var plugin: String

    @Argument(help: ArgumentHelp("The initiative's globally unique id, such as se-digital-strategy.", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("What sort of initiative: \(Scaffold.kinds.joined(separator: ", ")).", valueName: "kind"))
    var kind: String

    @Option(help: ArgumentHelp("The ISO 639-1 code of the initiative's original language.", valueName: "code"))
    var lang: String?

    @OptionGroup var config: ConfigOption
    @OptionGroup var quiet: QuietOption

    func validate() throws {
        try ScaffoldArguments.checkSlug(plugin, what: "plugin id")
        try ScaffoldArguments.checkSlug(id, what: "initiative id")
        try ScaffoldArguments.checkKind(kind)
        try ScaffoldArguments.checkLanguage(lang)
    }

    mutating func run() throws {
        let config = try config.path()
        try Session.announce(self.config, reporting: Session.Reporting(quiet))
        let folder = try PluginsFolder.of(config) + "/" + plugin
        let manifestPath = folder + "/plugin.yaml"
        let relative = "initiatives/\(id).yaml"
        let edited: String
        do {
            guard ExclusiveFiles.isFolder(folder) else {
                throw ScaffoldError("no plugin folder \(folder); create the plugin first with "
                                    + "'nordic-compare new plugin \(plugin) --jurisdiction CC --name NAME'")
            }
            edited = try ManifestEditing.appendingInitiative(relative, to: ExclusiveFiles.readText(manifestPath))
        } catch let error as ScaffoldError {
            try StandardStream.error.writeLine("error: \(error)")
            throw ExitCode(1)
        }
        var items = [ScaffoldItem.file(folder + "/" + relative, Templates.initiative(id: id, kind: kind, language: lang))]
        if !ExclusiveFiles.exists(folder + "/initiatives") { items.insert(.folder(folder + "/initiatives"), at: 0) }
        let created = try ScaffoldArguments.create(items)
        do {
            try ExclusiveFiles.replace(manifestPath, with: edited)
        } catch let error as ScaffoldError {
            try StandardStream.output.writeLines(created)
            try StandardStream.error.writeLine("error: \(error); add '- \(relative)' to its 'initiatives:' list by hand")
            throw ExitCode(1)
        }
        try ScaffoldArguments.report(created + [
            "listed \(relative) at the end of \(manifestPath)",
            "",
            "Next steps:",
            "  1. Replace every FILL-IN in \(items.last?.path ?? relative); 'source:' must be a source id declared "
                + "in \(manifestPath).",
            "  2. Check it: nordic-compare validate --config \(config)",
        ], quiet: quiet)
    }
}

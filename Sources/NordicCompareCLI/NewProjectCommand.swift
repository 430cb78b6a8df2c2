import ArgumentParser
import PluginFormat

/// `nordic-compare new project DIR`: a working project with no plugins yet.
struct NewProject: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Create a project: a run configuration, the shipped codebook and an empty plugins folder.",
        discussion: """
            Writes DIR/config/nordic-compare.yaml (no plugins enabled, the shipped views), DIR/config/dimensions.yaml, \
            themes.yaml, jurisdictions.yaml and exchange-rates.yaml (the shipped codebook, with the ECB's cited \
            year-end rates), and an empty DIR/plugins. DIR may exist, but none of those may.

            Example:
              nordic-compare new project briefing
              nordic-compare validate --config briefing/config/nordic-compare.yaml
            """
    )

    @Argument(help: ArgumentHelp("The project folder (created if it does not exist).", valueName: "dir"))
    var folder: String

    @OptionGroup var quiet: QuietOption

    func validate() throws {
        guard !folder.isEmpty else { throw ValidationError("the project folder is empty; name one, such as briefing") }
    }

    mutating func run() throws {
        var items = Scaffold.project(in: folder)
        if !ExclusiveFiles.exists(folder) { items.insert(.folder(folder), at: 0) }
        let created = try ScaffoldArguments.create(items)
        let config = items.first { $0.path.hasSuffix("nordic-compare.yaml") }?.path ?? folder
        try ScaffoldArguments.report(created + [
            "",
            "Next steps:",
            "  1. Create a plugin: nordic-compare new plugin ID --jurisdiction CC --name NAME --config \(config)",
            "  2. Enable it in \(config) under 'plugins:'.",
            "  3. Check it: nordic-compare validate --config \(config)",
        ], quiet: quiet)
    }
}

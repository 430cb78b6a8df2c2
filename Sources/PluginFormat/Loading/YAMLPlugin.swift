import ComparisonKit
import Foundation

/// A country plugin defined by a folder of YAML files: `plugin.yaml` plus one file per initiative.
package struct YAMLPlugin: CountryPlugin {
    /// The plugin's id, name, jurisdiction and version, from its manifest.
    package let descriptor: PluginDescriptor
    /// The plugin folder.
    package let folder: String
    let sources: [Source]
    let initiativeFiles: [Located<String>]
    let indicatorValues: [IndicatorValue]
    let manifestDiagnostics: [Diagnostic]

    /// Reads a plugin folder's manifest; the initiatives are read by ``load()``.
    package static func open(folder: String) -> Result<YAMLPlugin, PluginLoadFailure> {
        let manifestPath = PathResolver.join(folder, "plugin.yaml")
        guard FileManager.default.fileExists(atPath: manifestPath) else {
            return .failure(PluginLoadFailure(diagnostics: [.error(
                "plugin folder has no manifest; create plugin.yaml (see docs/plugin-format.md)",
                at: SourceLocation(file: manifestPath, line: 1, column: 1))]))
        }
        // The manifest is held to the data files' rule: a regular file inside the plugin folder, not a link out of it
        // (whose target's text the messages would quote) and not a FIFO (which would block the run).
        let realFolder = PathResolver.realPath(folder)
        let openedFolder = realFolder.flatMap { OpenedPluginFolder(realFolder: $0) }
        let name = Located("plugin.yaml", at: SourceLocation(file: manifestPath, line: 1, column: 1))
        let bytes: [UInt8]
        var mentions = DataFileMentions()
        switch PluginFiles.read(name, inPluginFolder: folder, openedFolder: openedFolder, realFolder: realFolder,
                                mentions: &mentions) {
        case .failure(let list): return .failure(PluginLoadFailure(diagnostics: list.diagnostics))
        case .success(let file): bytes = file.bytes
        }
        let (manifest, problems) = DocumentReading.read(ManifestSchema.record, bytes: bytes, path: manifestPath,
                                                        what: "a plugin manifest")
        guard let manifest else { return .failure(PluginLoadFailure(diagnostics: problems)) }
        return .success(YAMLPlugin(manifest: manifest, problems: problems, folder: folder, manifestPath: manifestPath))
    }

    /// A plugin whose manifest was read (with `problems` found in it that did not stop it).
    private init(manifest: ManifestSchema.Manifest, problems: [Diagnostic], folder: String, manifestPath: String) {
        self.folder = folder
        let plugin = manifest.plugin
        var descriptor = PluginDescriptor(id: plugin.id.value, name: plugin.name, jurisdiction: plugin.jurisdiction.value,
                                          version: plugin.version, location: plugin.id.location)
        descriptor.jurisdictionLocation = plugin.jurisdiction.location
        self.descriptor = descriptor
        sources = manifest.sources
        initiativeFiles = manifest.initiatives
        indicatorValues = manifest.indicatorValues.map { entry in
            IndicatorValue(indicatorID: entry.indicator.value,
                           jurisdiction: entry.jurisdiction?.value ?? plugin.jurisdiction.value, value: entry.value,
                           unit: entry.unit, accuracy: entry.accuracy, measured: entry.measured,
                           population: entry.population, note: entry.note,
                           citation: Citation(pluginID: plugin.id.value, sourceID: entry.source.value,
                                              locator: entry.locator, location: entry.source.location),
                           location: entry.indicator.location)
        }
        var diagnostics = problems
        let folderName = (folder as NSString).lastPathComponent
        if plugin.id.value != folderName {
            diagnostics.append(.error(
                "plugin id '\(plugin.id.value)' must match its folder name '\(folderName)': the configuration enables a "
                    + "plugin by its id and finds it by its folder; rename one of them", at: plugin.id.location))
        }
        diagnostics += UnlistedFiles.warnings(folder: folder, listed: manifest.initiatives, manifestPath: manifestPath)
        manifestDiagnostics = diagnostics
    }

    /// The files the plugin reads, as paths: its manifest, then its initiative files in the manifest's order.
    package var filesRead: [String] {
        [PathResolver.join(folder, "plugin.yaml")] + initiativeFiles.map { PathResolver.join(folder, $0.value) }
    }

    /// Reads every initiative file, collecting all problems rather than stopping at the first.
    package func load() -> PluginContribution {
        var diagnostics = manifestDiagnostics
        var initiatives: [Initiative] = []
        let realFolder = PathResolver.realPath(folder)  // once per plugin, not once per file
        let openedFolder = realFolder.flatMap { OpenedPluginFolder(realFolder: $0) }
        var mentions = DataFileMentions()
        for reference in initiativeFiles {
            switch PluginFiles.read(reference, inPluginFolder: folder, openedFolder: openedFolder, realFolder: realFolder,
                                    mentions: &mentions) {
            case .failure(let list):
                diagnostics += list.diagnostics
            case .success(let file):
                let (initiative, problems) = InitiativeLoader.load(
                    bytes: file.bytes, path: file.path, pluginID: descriptor.id, pluginJurisdiction: descriptor.jurisdiction)
                diagnostics += problems
                if let initiative { initiatives.append(initiative) }
            }
        }
        return PluginContribution(sources: sources, initiatives: initiatives, diagnostics: diagnostics,
                                  indicatorValues: indicatorValues)
    }
}

/// Why a plugin folder could not be opened.
package struct PluginLoadFailure: Error, Sendable {
    /// The problems, each with its location.
    package let diagnostics: [Diagnostic]
}

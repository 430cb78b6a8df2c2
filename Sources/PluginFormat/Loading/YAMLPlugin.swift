import ComparisonKit
import Foundation

/// A country plugin defined by a folder of YAML files: `plugin.yaml` plus one file per initiative.
public struct YAMLPlugin: CountryPlugin {
    /// The plugin's id, name, jurisdiction and version, from its manifest.
    public let descriptor: PluginDescriptor
    /// The plugin folder.
    public let folder: String
    let sources: [Source]
    let initiativeFiles: [Located<String>]
    let manifestDiagnostics: [Diagnostic]

    /// Reads a plugin folder's manifest; the initiatives are read by ``load()``.
    public static func open(folder: String) -> Result<YAMLPlugin, PluginLoadFailure> {
        let manifestPath = PathResolver.join(folder, "plugin.yaml")
        guard FileManager.default.fileExists(atPath: manifestPath) else {
            return .failure(PluginLoadFailure(diagnostics: [.error(
                "plugin folder has no manifest; create plugin.yaml (see docs/plugin-format.md)",
                at: SourceLocation(file: manifestPath, line: 1, column: 1))]))
        }
        switch YAMLDocumentLoader.load(ManifestDocument.self, atPath: manifestPath, what: "a plugin manifest") {
        case .failure(let list):
            return .failure(PluginLoadFailure(diagnostics: list.diagnostics))
        case .success(let manifest):
            return .success(YAMLPlugin(manifest: manifest, folder: folder, manifestPath: manifestPath))
        }
    }

    private init(manifest: ManifestDocument, folder: String, manifestPath: String) {
        self.folder = folder
        let plugin = manifest.plugin
        descriptor = PluginDescriptor(id: plugin.id.value, name: plugin.name.text, jurisdiction: plugin.jurisdiction.value,
                                      version: plugin.version, location: plugin.id.location)
        var parsing = ValueParsing()
        sources = manifest.sources.entries.map { key, source in
            Source(id: key.value, title: source.title, publisher: source.publisher,
                   published: parsing.date(source.published, what: "published"), language: source.language,
                   kind: source.kind, url: source.url, confidence: source.confidence?.value, note: source.note,
                   location: key.location)
        }
        initiativeFiles = manifest.initiatives
        let folderName = (folder as NSString).lastPathComponent
        if plugin.id.value != folderName {
            parsing.report(.error(
                "plugin id '\(plugin.id.value)' must match its folder name '\(folderName)'", at: plugin.id.location))
        }
        manifestDiagnostics = parsing.diagnostics
    }

    /// Reads every initiative file, collecting all problems rather than stopping at the first.
    public func load() -> PluginContribution {
        var diagnostics = manifestDiagnostics
        var initiatives: [Initiative] = []
        let realFolder = PathResolver.realPath(folder)  // once per plugin, not once per file
        let openedFolder = realFolder.flatMap { OpenedPluginFolder(realFolder: $0) }
        for reference in initiativeFiles {
            switch PluginFiles.read(reference, inPluginFolder: folder, openedFolder: openedFolder, realFolder: realFolder) {
            case .failure(let list):
                diagnostics += list.diagnostics
            case .success(let file):
                let (initiative, problems) = InitiativeLoader.load(
                    bytes: file.bytes, path: file.path, pluginID: descriptor.id, pluginJurisdiction: descriptor.jurisdiction)
                diagnostics += problems
                if let initiative { initiatives.append(initiative) }
            }
        }
        return PluginContribution(sources: sources, initiatives: initiatives, diagnostics: diagnostics)
    }
}

/// Why a plugin folder could not be opened.
public struct PluginLoadFailure: Error, Sendable {
    /// The problems, each with its location.
    public let diagnostics: [Diagnostic]
}

import ComparisonKit
import YAMLKit

extension CompactDocumentReader {
    /// A plugin manifest: the plugin section, the sources its facts cite, and its initiative files.
    func manifest(_ node: Int) throws(GiveUp) -> ManifestDocument {
        var format, plugin, sources, initiatives: Int?
        for key in try keys(node) {
            switch try field(key) {
            case .format: format = key + 1
            case .plugin: plugin = key + 1
            case .sources: sources = key + 1
            case .initiatives: initiatives = key + 1
            default: throw GiveUp()
            }
        }
        let sourcesNode = try required(sources)
        var entries: [(key: Located<String>, value: ManifestDocument.SourceDocument)] = []
        entries.reserveCapacity(document.childCount(sourcesNode))
        for key in try keys(sourcesNode) {
            entries.append((Located(document.string(key), at: location(key)), try sourceDocument(key + 1)))
        }
        return ManifestDocument(
            format: try integer(required(format)), plugin: try pluginSection(required(plugin)),
            sources: OrderedMapping(entries: entries),
            initiatives: try list(required(initiatives)) { item throws(GiveUp) in try located(item) })
    }

    /// The `plugin:` section: id, names, jurisdiction, version, description.
    func pluginSection(_ node: Int) throws(GiveUp) -> ManifestDocument.PluginSection {
        var id, name, jurisdiction, version, description: Int?
        for key in try keys(node) {
            let value = key + 1
            switch try field(key) {
            case .id: id = value
            case .name: name = value
            case .jurisdiction: jurisdiction = value
            case .version: version = value
            case .description: description = value
            default: throw GiveUp()
            }
        }
        return ManifestDocument.PluginSection(
            id: try located(required(id)), name: try localized(required(name)),
            jurisdiction: try located(required(jurisdiction)), version: try text(required(version)),
            description: try localized(ifPresent: description))
    }

    /// One entry of the `sources:` mapping.
    func sourceDocument(_ node: Int) throws(GiveUp) -> ManifestDocument.SourceDocument {
        var title, publisher, published, language, kind, url, confidence, note: Int?
        for key in try keys(node) {
            let value = key + 1
            switch try field(key) {
            case .title: title = value
            case .publisher: publisher = value
            case .published: published = value
            case .language: language = value
            case .kind: kind = value
            case .url: url = value
            case .confidence: confidence = value
            case .note: note = value
            default: throw GiveUp()
            }
        }
        return ManifestDocument.SourceDocument(
            title: try text(required(title)), publisher: try text(required(publisher)),
            published: try located(ifPresent: published), language: try text(required(language)),
            kind: try text(ifPresent: kind), url: try text(ifPresent: url), confidence: try located(ifPresent: confidence),
            note: try text(ifPresent: note))
    }
}

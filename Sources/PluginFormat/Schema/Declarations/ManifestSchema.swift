import ComparisonKit
import Foundation

/// `plugin.yaml`: who the plugin is, the sources its facts cite, and its initiative files.
enum ManifestSchema {
    /// A manifest as read.
    struct Manifest: Sendable {
        var plugin = PluginSection()
        var sources: [Source] = []
        var initiatives: [Located<String>] = []
        var indicatorValues: [IndicatorValueEntry] = []
    }

    /// An indicator value as written: the jurisdiction is the plugin's unless it names one.
    struct IndicatorValueEntry: Sendable {
        var indicator = Located("", at: .synthetic("plugin.yaml"))
        var jurisdiction: Located<String>?
        var value = Decimal(0)
        var unit = IndicatorUnit.count
        var accuracy = ValueAccuracy.exact
        var measured: PartialDate?
        var population: LocalizedText?
        var source = Located("", at: .synthetic("plugin.yaml"))
        var locator: String?
        var note: String?
        var location: SourceLocation
    }

    static let indicatorValue = RecordSchema<IndicatorValueEntry>(
        "indicator-value", "One value of a codebook indicator for one jurisdiction, with the year it measures.",
        fields: [
            FieldSchema("indicator", ValueReader<String>.slug.located, required: true,
                        "The indicator's id, from the codebook's indicators file.") { $0.indicator = $1 },
            FieldSchema("value", .decimal("indicator value"), required: true,
                        "The figure, a plain decimal number such as 88 or 850000.") { $0.value = $1 },
            FieldSchema("unit", .choice("indicator unit"), required: true,
                        "percent or count: the indicator's unit, written beside the figure.") { $0.unit = $1 },
            FieldSchema("accuracy", .choice("accuracy"),
                        "approximate for a rounded figure (shown with 'about'); exact when left out.") {
                $0.accuracy = $1
            },
            FieldSchema("measured", .date("measured"),
                        "The year (or month) the figure measures, not the date it was published; leave it out only "
                            + "when the source does not say.") { $0.measured = $1 },
            FieldSchema("population", .localizedText,
                        "The population or breakdown, when narrower than the indicator's (women, people aged 65–74).") {
                $0.population = $1
            },
            FieldSchema("jurisdiction", ValueReader<String>.jurisdiction.located,
                        "The jurisdiction the figure describes, when not the plugin's.") { $0.jurisdiction = $1 },
            FieldSchema("source", ValueReader<String>.sourceID.located, required: true,
                        "The id of the declared source that gives the figure.") { $0.source = $1 },
            FieldSchema("locator", .text, "Where in the source (a section, a figure, a table).") { $0.locator = $1 },
            FieldSchema("note", .text, "A remark in your own words (how the source puts the figure, for example).") {
                $0.note = $1
            },
        ]) { reader, node in IndicatorValueEntry(location: reader.location(node)) }

    /// The `plugin:` section as read.
    struct PluginSection: Sendable {
        var id = Located("", at: .synthetic("plugin.yaml"))
        var name = LocalizedText(universal: "")
        var jurisdiction = Located("", at: .synthetic("plugin.yaml"))
        var version = ""
        var description: LocalizedText?
    }

    static let pluginSection = RecordSchema<PluginSection>(
        "plugin", "Who the plugin is.",
        fields: [
            FieldSchema("id", ValueReader<String>.slug.located, required: true,
                        "The plugin's id: lower case, unique across enabled plugins, the same as its folder's name.") {
                $0.id = $1
            },
            FieldSchema("name", .localizedText, required: true, "The country's or body's name, in English at least.") {
                $0.name = $1
            },
            FieldSchema("jurisdiction", ValueReader<String>.jurisdiction.located, required: true,
                        "The country's ISO 3166-1 alpha-2 code, or a grouping's id (EU, NORDIC-BALTIC), from the codebook.") {
                $0.jurisdiction = $1
            },
            FieldSchema("version", .text, required: true, "The plugin's version, such as 1.0.0.") { $0.version = $1 },
            FieldSchema("description", .localizedText, "One line about what the plugin covers.") { $0.description = $1 },
        ]) { _, _ in PluginSection() }

    /// A source, declared once under its id and cited by that id. Its id and location are its key's.
    static let source = RecordSchema<Source>(
        "source", "A document that facts are taken from.",
        fields: [
            FieldSchema("title", .text, required: true, "The title, in the document's own language.") { $0.title = $1 },
            FieldSchema("publisher", .text, required: true, "Who published it.") { $0.publisher = $1 },
            FieldSchema("published", .date("published"), "When it was published (a partial date).") { $0.published = $1 },
            FieldSchema("language", .languageCode, required: true, "The ISO 639-1 code of its language.") { $0.language = $1 },
            FieldSchema("kind", .text, "What it is: press release, regulation, strategy, statement, article, web page.") {
                $0.kind = $1
            },
            FieldSchema("url", .url, "Where it can be read (http or https), only where known.") { $0.url = $1 },
            FieldSchema("confidence", .choice("confidence"), "How far its facts are trusted (default high); tables name any lower level.") {
                $0.confidence = $1
            },
            FieldSchema("note", .text, "A remark in your own words.") { $0.note = $1 },
            FieldSchema("accessed", .date("accessed"), "When you read it (a partial date), for pages that change.") {
                $0.accessed = $1
            },
            FieldSchema("archived", .url, "The address of an archived copy (http or https), such as a web archive's.") {
                $0.archived = $1
            },
            FieldSchema("identifier", .standardIdentifier,
                        "A standard identifier written with its scheme: CELEX:32021R0694, ELI:…, DOI:…, ISBN:….") {
                $0.identifier = $1
            },
        ]) { reader, node in
            // A source is the value of its id's key, which is the node just before it.
            Source(id: reader.document.string(node - 1), title: "", publisher: "", published: nil, language: "",
                   location: reader.location(node - 1))
        }

    /// The `sources:` mapping: source id to source, in the order written.
    static let sources: ValueReader<[Source]> = {
        let record = source
        return ValueReader(.map(keyPattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$", keyDescription: "source id to source",
                                value: .record(record.shape))) { reader, node in
            let document = reader.document
            guard document.kind(node) == .mapping else {
                reader.mismatch(node, expected: "a mapping from source id to source")
                return nil
            }
            var sources: [Source] = []
            sources.reserveCapacity(document.childCount(node))
            for key in document.keys(node) {
                if let source = record.read(key + 1, &reader) { sources.append(source) }
            }
            return sources
        }
    }()

    static let record = RecordSchema<Manifest>(
        "manifest", "A country plugin's manifest, plugin.yaml.",
        fields: [
            FieldSchema("format", .formatVersion, required: true, "The format version of the file; write 1.") { _, _ in },
            FieldSchema("plugin", .record(pluginSection), required: true, "Who the plugin is.") { $0.plugin = $1 },
            FieldSchema("sources", sources, required: true, "Every source a fact may cite, by id.") { $0.sources = $1 },
            FieldSchema("initiatives", .list(ValueReader<String>.text.located), required: true,
                        "The initiative files, relative to the plugin folder; they may not leave it.") { $0.initiatives = $1 },
            FieldSchema("indicators", .list(.record(indicatorValue)),
                        "Values of the codebook's indicators, each with its year and source; several values of one "
                            + "indicator make a series.") { $0.indicatorValues = $1 },
        ]) { _, _ in Manifest() }
}

extension ValueReader where Value == String {
    /// The schemes a source's standard identifier may use.
    static let identifierSchemes = ["CELEX", "ELI", "DOI", "ISBN"]

    /// A standard identifier written with its scheme (`CELEX:32021R0694`).
    static let standardIdentifier = ValueReader(
        .text(pattern: "^(" + identifierSchemes.joined(separator: "|") + "):\\S+$")) { reader, node in
        guard let text = scalarText(&reader, node, expected: "an identifier") else { return nil }
        let parts = text.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, identifierSchemes.contains(String(parts[0])), !parts[1].isEmpty,
              !parts[1].contains(where: \.isWhitespace) else {
            reader.report("identifier '\(text)' does not name its scheme; write CELEX:…, ELI:…, DOI:… or ISBN:…, such as "
                + "CELEX:32021R0694", at: node)
            return nil
        }
        return text
    }
}

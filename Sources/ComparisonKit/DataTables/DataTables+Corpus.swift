extension DataTables {
    /// One row per enabled plugin.
    static let plugins = DataTable(
        name: "plugins", title: "One row per enabled plugin",
        description: "The plugins that contribute the initiatives, in the order the run configuration enables them.",
        columns: [
            DataColumn("plugin_id", .text, required: true, "The plugin's id."),
            DataColumn("name", .text, required: true, "Its name, in the run's language."),
            DataColumn("jurisdiction", .text, required: true, "The jurisdiction it covers: an id of the codebook's jurisdictions."),
            DataColumn("version", .text, required: true, "The plugin's version."),
        ],
        primaryKey: ["plugin_id"]
    ) { source, row in
        for plugin in source.corpus.plugins {
            row([.text(plugin.id), source.text(plugin.name).text ?? .text(plugin.id), .text(plugin.jurisdiction),
                 .text(plugin.version)])
        }
    }

    /// One row per declared source.
    static let sources = DataTable(
        name: "sources", title: "One row per source a plugin declares",
        description: "The sources facts cite. A source id is unique within its plugin, so a source is identified by the plugin and the id together.",
        columns: [
            DataColumn("plugin_id", .text, required: true, "The plugin that declares the source."),
            DataColumn("source_id", .text, required: true, "The source's id in that plugin."),
            DataColumn("title", .text, required: true, "Its title."),
            DataColumn("publisher", .text, required: true, "Who published it."),
            DataColumn("published", .partialDate, "When it was published, as precisely as known."),
            DataColumn("language", .text, required: true, "The language it is written in (ISO 639-1)."),
            DataColumn("kind", .text, "What sort of document it is (a press release, a regulation, …)."),
            DataColumn("url", .text, "Where to read it."),
            DataColumn("confidence", .text, allowedValues: SourceConfidence.allCases.map(\.rawValue), "How far the plugin's author trusts it; empty when not stated."),
            DataColumn("note", .text, "A remark in the plugin author's words."),
            DataColumn("accessed", .partialDate, "When the URL was last read."),
            DataColumn("archived", .text, "An archived copy's URL."),
            DataColumn("identifier", .text, "A formal identifier (a DOI, an ELI, a CELEX number)."),
        ],
        primaryKey: ["plugin_id", "source_id"],
        foreignKeys: [DataForeignKey(["plugin_id"], references: "plugins", ["plugin_id"])]
    ) { source, row in
        for plugin in source.corpus.plugins {
            for declared in source.corpus.sources(ofPlugin: plugin.id) {
                row([.text(plugin.id), .text(declared.id), .text(declared.title), .text(declared.publisher),
                     declared.published.dataValue, .text(declared.language), declared.kind.dataValue,
                     declared.url.dataValue, declared.confidence.map { .text($0.rawValue) }, declared.note.dataValue,
                     declared.accessed.dataValue, declared.archived.dataValue, declared.identifier.dataValue])
            }
        }
    }

    /// One row per initiative.
    static let initiatives = DataTable(
        name: "initiatives", title: "One row per initiative",
        description: "The initiatives compared. The citation columns name the source cited by the initiative's name, kind and every fact that names no source of its own.",
        columns: [
            DataColumn("initiative_id", .text, required: true, "The initiative's id, unique in the corpus."),
            DataColumn("jurisdiction", .text, required: true, "An id of the codebook's jurisdictions: a country's ISO 3166-1 alpha-2 code, or a grouping's id such as EU."),
            DataColumn("kind", .text, required: true, allowedValues: InitiativeKind.allCases.map(\.rawValue), "What sort of initiative it is."),
            DataColumn("name", .text, required: true, "Its name in the run's language (else in English, else as first given)."),
            DataColumn("original_name", .text, required: true, "Its name in its original language."),
            DataColumn("original_language", .text, required: true, "The language of the original name (ISO 639-1)."),
            DataColumn("summary", .text, "A short summary in the plugin author's words, in the run's language."),
        ] + citationColumns,
        primaryKey: ["initiative_id"],
        foreignKeys: [DataForeignKey(["plugin_id"], references: "plugins", ["plugin_id"]), citedSource]
    ) { source, row in
        for initiative in source.corpus.initiatives {
            row([.text(initiative.id), .text(initiative.jurisdiction), .text(initiative.kind.rawValue),
                 source.text(initiative.name).text ?? .text(initiative.originalName), .text(initiative.originalName),
                 .text(initiative.originalLanguage), source.text(initiative.summary).text]
                + citation(initiative.defaultCitation))
        }
    }
}

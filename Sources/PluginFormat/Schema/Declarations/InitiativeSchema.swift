import ComparisonKit

/// The initiative file: one initiative, its facts and its parts.
///
/// Fields are read in the order declared here, so `source` (the default citation of everything below it) comes
/// before every field that cites.
enum InitiativeSchema {
    static let record = RecordSchema<Initiative>(
        "initiative", "One initiative of a country plugin: its identity, its facts with citations, and its parts.",
        fields: [
            FieldSchema("format", .formatVersion, required: true, "The format version of the file; write 1.") { _, _ in },
            FieldSchema("id", ValueReader<String>.slug.located, required: true,
                        "A globally unique id in lower case with hyphens, such as dk-digitalisation-partnership.") {
                $0.id = $1.value
                $0.location = $1.location
            },
            FieldSchema("kind", .choice("initiative kind"), required: true, "What sort of initiative it is.") { $0.kind = $1 },
            FieldSchema("language", .languageCode, required: true,
                        "The ISO 639-1 code of the initiative's original language (of its name).") { $0.originalLanguage = $1 },
            FieldSchema("source", ValueReader<String>.sourceID.located, required: true,
                        "The source cited by every fact below that names none of its own.") { initiative, reader, source in
                reader.defaultCitation = Citation(pluginID: reader.pluginID, sourceID: source.value, location: source.location)
                initiative.defaultCitation = reader.defaultCitation
            },
            FieldSchema("jurisdiction", ValueReader<String>.jurisdiction.located,
                        "The jurisdiction when it differs from the plugin's: a country or a grouping of the codebook.") {
                $0.jurisdiction = $1.value
                $0.jurisdictionLocation = $1.location
            },
            FieldSchema("name", .localizedText, required: true,
                        "The name in the original language and in English at least.") { $0.name = $1 },
            FieldSchema("summary", SummaryReading.reader,
                        "Two sentences at most in your own words; optionally with its own source and locator.") {
                $0.summary = $1.text
                $0.summaryCitation = $1.citation
            },
            FieldSchema("period", .fact(PartsSchema.period), "When the initiative runs.") { $0.period = $1 },
            FieldSchema("status", .fact(.choice("status")), "Where the initiative stands.") { $0.status = $1 },
            FieldSchema("lead", .fact(PartsSchema.organisation), "The body that leads it.") { $0.lead = $1 },
            FieldSchema("chair", .fact(.text), "The person who chairs it.") { $0.chair = $1 },
            FieldSchema("member-count", .fact(.integer("member count", minimum: 0)),
                        "How many members it has besides the chair.") { $0.memberCount = $1 },
            FieldSchema("meetings", .fact(.localizedText), "How often it meets.") { $0.meetings = $1 },
            FieldSchema("budget", .fact(BudgetSchema.budget), "Its money: an amount, a range or an order of magnitude.") {
                $0.budget = $1
            },
            FieldSchema("participants", .list(.record(PartsSchema.participant)),
                        "The organisations that take part, each with its role.") { $0.participants = $1 },
            FieldSchema("components", .list(.record(PartsSchema.component)),
                        "Its tracks, focus areas or objectives, each mapped onto themes.") { $0.components = $1 },
            FieldSchema("goals", .list(.record(PartsSchema.goal)), "What it aims to achieve, with targets and deadlines.") {
                $0.goals = $1
            },
            FieldSchema("positions", .list(.record(PartsSchema.position)),
                        "Stakeholders' published positions on it: who, stance, demands, date, source.") { $0.positions = $1 },
            FieldSchema("themes", .themes, "Themes from the codebook that the initiative as a whole covers.") { $0.themes = $1 },
            FieldSchema("related", .list(ValueReader<String>.slug.located), "The ids of related initiatives.") {
                $0.related = $1.map(\.value)
                $0.relatedLocations = $1.map(\.location)
            },
            FieldSchema("acknowledged-disagreements", AcknowledgementSchema.list,
                        "Disagreements between sources recorded on purpose, each with its fact and the reason; they "
                            + "are still shown in every table, but are no longer warnings.") {
                $0.acknowledgedDisagreements = $1
            },
        ]) { reader, node in
            Initiative(id: "", pluginID: reader.pluginID, jurisdiction: reader.pluginJurisdiction, kind: .initiative,
                       originalLanguage: "", name: LocalizedText(universal: ""), defaultCitation: reader.defaultCitation,
                       location: reader.location(node))
        }
}

/// An initiative's summary: localized text, or `{ text, source, locator }` when it cites a source of its own.
enum SummaryReading {
    /// A summary with its own citation.
    struct Summary: Sendable {
        var text = LocalizedText(universal: "")
        var citation: Citation?
    }

    static let record = RecordSchema<Summary>(
        "summary", "A summary that cites a source of its own.",
        fields: [
            FieldSchema("text", .localizedText, required: true, "The summary, in your own words.") { $0.text = $1 },
            FieldSchema("source", ValueReader<String>.sourceID.located, "The source it is taken from.") {
                $0.citation?.sourceID = $1.value
                $0.citation?.location = $1.location
            },
            FieldSchema("locator", .text, "Where in the source.") { $0.citation?.locator = $1 },
        ]) { reader, node in Summary(citation: reader.defaultCitation(at: node)) }

    static let reader: ValueReader<Summary> = {
        let textKey = FormatKeys.symbol(for: "text")
        let localized = ValueReader<LocalizedText>.localizedText
        return ValueReader(.anyOf([.localizedText, .record(record.shape)])) { reader, node in
            if reader.isMapping(node, withAnyOf: [textKey]) {
                return record.read(node, &reader)
            }
            return localized.read(&reader, node).map { Summary(text: $0, citation: nil) }
        }
    }()
}

extension ValueReader where Value == String {
    /// An id in lower case with hyphens (`dk-digitalisation-partnership`); any scalar is accepted, the pattern
    /// guides editors.
    static let slug = ValueReader(.text(pattern: "^[a-z0-9][a-z0-9-]*$")) { reader, node in
        scalarText(&reader, node, expected: "an id")
    }

    /// A jurisdiction id: a country's ISO 3166-1 alpha-2 code or a grouping's id (`EU`, `NORDIC-BALTIC`). Only its
    /// form is checked here; whether the codebook's jurisdictions declare it is checked with the codebook (rule
    /// `code-list`), at the value.
    static let jurisdiction = ValueReader(.codebookID(pattern: Jurisdiction.idPattern, list: "config/jurisdictions.yaml")) {
        reader, node in
        guard let id = scalarText(&reader, node, expected: "a jurisdiction id") else { return nil }
        guard Jurisdiction.isWellFormedID(id) else {
            let upper = id.uppercased()
            reader.report("jurisdiction '\(id)' is not written as a jurisdiction id: upper-case letters, digits and "
                + "hyphens, such as NO, EU or NORDIC-BALTIC"
                + (Jurisdiction.isWellFormedID(upper) ? "; did you mean '\(upper)'?" : ""), at: node)
            return nil
        }
        return id
    }
}

extension ValueReader where Value == Int {
    /// The `format` key: the reader checks the version before reading the rest (see ``DocumentReading``).
    static let formatVersion = ValueReader(.constant(String(DocumentReading.supportedFormat))) { _, _ in
        DocumentReading.supportedFormat
    }
}

import ComparisonKit

/// The run configuration (`config/nordic-compare.yaml`) and the three codebook files, as read.
enum ConfigurationSchema {
    /// A run configuration as written, before its values are checked.
    struct Written: Sendable {
        var pluginsFolder = Located("", at: .synthetic("config"))
        var plugins: [Located<String>] = []
        var dimensionsPath = Located("", at: .synthetic("config"))
        var themesPath = Located("", at: .synthetic("config"))
        var jurisdictionsPath: Located<String>?
        var language: Located<String>?
        var formats: [Located<String>]?
        var output: Located<String>?
        var history: Located<String>?
        var views: [View] = []
    }

    /// A view as written.
    struct View: Sendable {
        var id = Located("", at: .synthetic("config"))
        var title = LocalizedText(universal: "")
        var type: Located<String>?
        var rows: [String]?
        var initiative: Located<String>?
        var history: Located<String>?
        var location: SourceLocation
    }

    /// The codebook paths as written.
    struct CodebookPaths: Sendable {
        var dimensions = Located("", at: .synthetic("config"))
        var themes = Located("", at: .synthetic("config"))
        var jurisdictions: Located<String>?
    }

    static let codebook = RecordSchema<CodebookPaths>(
        "codebook", "Where the codebook's files are.",
        fields: [
            FieldSchema("dimensions", ValueReader<String>.text.located, required: true, "The dimensions file.") {
                $0.dimensions = $1
            },
            FieldSchema("themes", ValueReader<String>.text.located, required: true, "The theme taxonomy file.") {
                $0.themes = $1
            },
            FieldSchema("jurisdictions", ValueReader<String>.text.located,
                        "The jurisdictions file: countries and groupings; without it, the shipped list is used.") {
                $0.jurisdictions = $1
            },
        ]) { _, _ in CodebookPaths() }

    static let view = RecordSchema<View>(
        "view", "A table: dimension ids as rows, the theme matrix, or one initiative's budget breakdown.",
        fields: [
            FieldSchema("id", ValueReader<String>.viewID.located, required: true, "The view's id (and file name).") { $0.id = $1 },
            FieldSchema("title", .localizedText, required: true, "The table's title.") { $0.title = $1 },
            FieldSchema("type", ValueReader<String>.text.located,
                        "dimensions (the default), theme-matrix, or budget-breakdown (one initiative's components as "
                            + "rows and its dated budget figures as columns).") { $0.type = $1 },
            FieldSchema("rows", .list(.text), "The dimension ids shown as rows.") { $0.rows = $1 },
            FieldSchema("initiative", ValueReader<String>.text.located,
                        "For a budget-breakdown view: the id of the initiative whose budget it breaks down.") {
                $0.initiative = $1
            },
            FieldSchema("history", ValueReader<String>.text.located, "latest or all.") { $0.history = $1 },
        ]) { reader, node in View(location: reader.location(node)) }

    static let record = RecordSchema<Written>(
        "configuration", "A run: which plugins, codebook, views, language, formats and output folder.",
        fields: [
            FieldSchema("format", .formatVersion, required: true, "The format version of the file; write 1.") { _, _ in },
            FieldSchema("plugins-folder", ValueReader<String>.text.located, required: true,
                        "The folder holding the plugin folders.") { $0.pluginsFolder = $1 },
            FieldSchema("plugins", .list(ValueReader<String>.text.located), required: true, "The plugins to enable.") {
                $0.plugins = $1
            },
            FieldSchema("codebook", .record(codebook), required: true, "The codebook files.") {
                $0.dimensionsPath = $1.dimensions
                $0.themesPath = $1.themes
                $0.jurisdictionsPath = $1.jurisdictions
            },
            FieldSchema("language", ValueReader<String>.text.located, "The reader's language: en, nb or da.") {
                $0.language = $1
            },
            FieldSchema("formats", .list(ValueReader<String>.text.located), "The output formats.") { $0.formats = $1 },
            FieldSchema("output", ValueReader<String>.text.located, "The output folder.") { $0.output = $1 },
            FieldSchema("history", ValueReader<String>.text.located, "latest or all.") { $0.history = $1 },
            FieldSchema("views", .list(.record(view)), required: true, "The tables to build.") { $0.views = $1 },
        ]) { _, _ in Written() }

    /// An entry of the dimensions file.
    struct DimensionEntry: Sendable {
        var id = Located("", at: .synthetic("codebook"))
        var type = Located("", at: .synthetic("codebook"))
        var label = LocalizedText(universal: "")
    }

    /// An entry of the themes file.
    struct ThemeEntry: Sendable {
        var id = Located("", at: .synthetic("codebook"))
        var label = LocalizedText(universal: "")
    }

    /// An entry of the jurisdictions file: a country, or a grouping with its members.
    struct JurisdictionEntry: Sendable {
        var id = Located("", at: .synthetic("codebook"))
        var name = LocalizedText(universal: "")
        var nameInText: LocalizedText?
        var members: Located<[Located<String>]>?
    }

    static let dimension = RecordSchema<DimensionEntry>(
        "dimension", "A comparison dimension.",
        fields: [
            FieldSchema("id", ValueReader<String>.slug.located, required: true, "The dimension's id.") { $0.id = $1 },
            FieldSchema("type", ValueReader<String>.text.located, required: true, "The type of its values.") { $0.type = $1 },
            FieldSchema("label", .localizedText, required: true, "Its label in en, nb and da.") { $0.label = $1 },
        ]) { _, _ in DimensionEntry() }

    static let theme = RecordSchema<ThemeEntry>(
        "theme", "A theme of the taxonomy.",
        fields: [
            FieldSchema("id", ValueReader<String>.slug.located, required: true, "The theme's id.") { $0.id = $1 },
            FieldSchema("label", .localizedText, required: true, "Its label in en, nb and da.") { $0.label = $1 },
        ]) { _, _ in ThemeEntry() }

    static let jurisdiction = RecordSchema<JurisdictionEntry>(
        "jurisdiction", "A country, or a grouping of countries.",
        fields: [
            FieldSchema("id", ValueReader<String>.jurisdiction.located, required: true,
                        "A country's ISO 3166-1 alpha-2 code, or a grouping's id such as EU or NORDIC-BALTIC.") {
                $0.id = $1
            },
            FieldSchema("name", .localizedText, required: true, "Its name in en, nb and da.") { $0.name = $1 },
            FieldSchema("name-in-text", .localizedText,
                        "Its name inside a sentence, where that differs, such as { en: the European Union }.") {
                $0.nameInText = $1
            },
            FieldSchema("members", ValueReader<[Located<String>]>.list(ValueReader<String>.jurisdiction.located).located,
                        "For a grouping: the ids of its member countries, declared in the same file.") { $0.members = $1 },
        ]) { _, _ in JurisdictionEntry() }

    static let dimensionsFile = RecordSchema<[DimensionEntry]>(
        "dimensions-file", "The comparison dimensions.",
        fields: [
            FieldSchema("format", .formatVersion, required: true, "The format version of the file; write 1.") { _, _ in },
            FieldSchema("dimensions", .list(.record(dimension)), required: true, "The dimensions.") { $0 = $1 },
        ]) { _, _ in [] }

    static let themesFile = RecordSchema<[ThemeEntry]>(
        "themes-file", "The theme taxonomy.",
        fields: [
            FieldSchema("format", .formatVersion, required: true, "The format version of the file; write 1.") { _, _ in },
            FieldSchema("themes", .list(.record(theme)), required: true, "The themes.") { $0 = $1 },
        ]) { _, _ in [] }

    static let jurisdictionsFile = RecordSchema<[JurisdictionEntry]>(
        "jurisdictions-file", "The countries and groupings plugins may name as their jurisdiction.",
        fields: [
            FieldSchema("format", .formatVersion, required: true, "The format version of the file; write 1.") { _, _ in },
            FieldSchema("jurisdictions", .list(.record(jurisdiction)), required: true, "The countries and groupings.") {
                $0 = $1
            },
        ]) { _, _ in [] }
}

extension ValueReader where Value == String {
    /// A view's id, which names the view's output files, so it must be a slug: file names are made from ids by
    /// replacing other characters (`a b` and `a_b` would both be written to `a_b.md`), and `Budgets` and `budgets` are
    /// one file where names ignore case. With slugs, two views have one file name only when they have one id, which is
    /// reported at the second.
    static let viewID = ValueReader<String>(ValueReader<String>.slug.shape) { reader, node in
        guard let text = scalarText(&reader, node, expected: "a view id") else { return nil }
        let isSlug = (text.utf8.first.map { $0 != UInt8(ascii: "-") } ?? false)
            && text.utf8.allSatisfy { byte in
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    || byte == UInt8(ascii: "-")
            }
        guard isSlug else {
            reader.report("view id '\(text)' is not made of lower-case letters, digits and hyphens; it names the view's "
                + "output files, so write it like 'budget-overview'", at: node)
            return nil
        }
        return text
    }
}

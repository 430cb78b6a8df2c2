import ComparisonKit

/// The run configuration (`config/nordic-compare.yaml`) and the codebook files, as read.
enum ConfigurationSchema {
    /// A run configuration as written, before its values are checked.
    struct Written: Sendable {
        var pluginsFolder = Located("", at: .synthetic("config"))
        var plugins: [Located<String>] = []
        var dimensionsPath = Located("", at: .synthetic("config"))
        var themesPath = Located("", at: .synthetic("config"))
        var jurisdictionsPath: Located<String>?
        var exchangeRatesPath: Located<String>?
        var indicatorsPath: Located<String>?
        var language: Located<String>?
        var languages: [Located<String>]?
        var briefing: BriefingFrontMatter?
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
        var select: [Located<String>] = []
        var budgetBasis: BudgetBasisEntry?
        var location: SourceLocation
    }

    /// A view's `budget-basis` as written.
    struct BudgetBasisEntry: Sendable {
        var currency = Located("", at: .synthetic("config"))
        var perYear = false
    }

    /// The briefing's front matter as written (`briefing:`).
    struct BriefingFrontMatter: Sendable {
        var title: LocalizedText?
        var author: LocalizedText?
        var marking: LocalizedText?
    }

    static let briefing = RecordSchema<BriefingFrontMatter>(
        "briefing", "What an office puts on a briefing: its title, who it is from, and a marking.",
        fields: [
            FieldSchema("title", .localizedText, "The briefing's title, in one language or several (default: the tool's).") {
                $0.title = $1
            },
            FieldSchema("author", .localizedText, "Who the briefing is from: an author or an office.") { $0.author = $1 },
            FieldSchema("marking", .localizedText,
                        "A marking such as { en: Draft, nb: Utkast, da: Udkast }, or a classification line.") {
                $0.marking = $1
            },
        ]) { _, _ in BriefingFrontMatter() }

    /// The codebook paths as written.
    struct CodebookPaths: Sendable {
        var dimensions = Located("", at: .synthetic("config"))
        var themes = Located("", at: .synthetic("config"))
        var jurisdictions: Located<String>?
        var exchangeRates: Located<String>?
        var indicators: Located<String>?
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
            FieldSchema("exchange-rates", ValueReader<String>.text.located,
                        "The exchange-rates file: cited rates that budgets are converted with; without it, the "
                            + "shipped rates are used.") {
                $0.exchangeRates = $1
            },
            FieldSchema("indicators", ValueReader<String>.text.located,
                        "The indicators file: context statistics plugins give values of; without it, there are none.") {
                $0.indicators = $1
            },
        ]) { _, _ in CodebookPaths() }

    static let budgetBasis = RecordSchema<BudgetBasisEntry>(
        "budget-basis", "Budgets converted to one currency, with the rate and its source beside each amount.",
        fields: [
            FieldSchema("currency", ValueReader<String>.currency.located, required: true,
                        "The ISO 4217 code of the currency to convert to, such as EUR.") { $0.currency = $1 },
            FieldSchema("per-year", .boolean, "true to divide each amount by the years of its initiative's period.") {
                $0.perYear = $1
            },
        ]) { _, _ in BudgetBasisEntry() }

    static let view = RecordSchema<View>(
        "view", "A table: dimension ids as rows, the theme matrix, the participation matrix, the initiatives' "
            + "summaries, indicators as rows and jurisdictions as columns, or one initiative's budget breakdown.",
        fields: [
            FieldSchema("id", ValueReader<String>.viewID.located, required: true, "The view's id (and file name).") { $0.id = $1 },
            FieldSchema("title", .localizedText, required: true, "The table's title.") { $0.title = $1 },
            FieldSchema("type", ValueReader<String>.text.located,
                        "dimensions (the default), theme-matrix, participation-matrix, summaries (one row: each "
                            + "initiative's cited summary), indicators, or budget-breakdown (one initiative's components as "
                            + "rows and its dated budget figures as columns).") {
                $0.type = $1
            },
            FieldSchema("rows", .list(.text),
                        "The dimension ids shown as rows; in an indicator view, the indicator ids (all when left out).") {
                $0.rows = $1
            },
            FieldSchema("initiative", ValueReader<String>.text.located,
                        "For a budget-breakdown view: the id of the initiative whose budget it breaks down.") {
                $0.initiative = $1
            },
            FieldSchema("history", ValueReader<String>.text.located, "latest or all.") { $0.history = $1 },
            FieldSchema("select", .list(ValueReader<String>.text.located),
                        "The initiatives to compare, as KEY=VALUE[,VALUE…] conditions that must all hold, such as "
                            + "kind=strategy,partnership; every initiative when left out.") { $0.select = $1 },
            FieldSchema("budget-basis", .record(budgetBasis),
                        "Show budgets converted to one currency (and per year), with the rates' sources.") {
                $0.budgetBasis = $1
            },
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
                $0.exchangeRatesPath = $1.exchangeRates
                $0.indicatorsPath = $1.indicators
            },
            FieldSchema("language", ValueReader<String>.text.located, "The reader's language: en, nb or da.") {
                $0.language = $1
            },
            FieldSchema("languages", .list(ValueReader<String>.text.located),
                        "The languages briefings are written in (default en, nb, da): validate warns, per plugin, about "
                        + "displayed texts that lack one.") { $0.languages = $1 },
            FieldSchema("briefing", .record(briefing),
                        "The briefing's title, author or office, and marking, shown in every title block.") {
                $0.briefing = $1
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

    /// An entry of the indicators file.
    struct IndicatorEntry: Sendable {
        var id = Located("", at: .synthetic("codebook"))
        var label = LocalizedText(universal: "")
        var unit = IndicatorUnit.count
        var measure = LocalizedText(universal: "")
        var population = LocalizedText(universal: "")
    }

    static let indicator = RecordSchema<IndicatorEntry>(
        "indicator", "A context statistic: what is measured, over which population, in which unit.",
        fields: [
            FieldSchema("id", ValueReader<String>.slug.located, required: true, "The indicator's id.") { $0.id = $1 },
            FieldSchema("label", .localizedText, required: true, "Its label in en, nb and da, the row heading.") {
                $0.label = $1
            },
            FieldSchema("unit", .choice("indicator unit"), required: true,
                        "percent (a share, 0–100) or count; every value is given in it.") { $0.unit = $1 },
            FieldSchema("measure", .localizedText, required: true, "What is measured, in en, nb and da.") {
                $0.measure = $1
            },
            FieldSchema("population", .localizedText, required: true,
                        "Over which population, in en, nb and da (people aged 16–79, businesses, …).") {
                $0.population = $1
            },
        ]) { _, _ in IndicatorEntry() }

    static let indicatorsFile = RecordSchema<[IndicatorEntry]>(
        "indicators-file", "The context statistics plugins may give values of.",
        fields: [
            FieldSchema("format", .formatVersion, required: true, "The format version of the file; write 1.") { _, _ in },
            FieldSchema("indicators", .list(.record(indicator)), required: true, "The indicators.") { $0 = $1 },
        ]) { _, _ in [] }

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

extension ValueReader where Value == Bool {
    /// `true` or `false`.
    static let boolean = ValueReader<Bool>(.choice(["true", "false"])) { reader, node in
        guard let text = ValueReader<String>.scalarText(&reader, node, expected: "true or false") else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            reader.report("'\(text)' is not true or false", at: node)
            return nil
        }
    }
}

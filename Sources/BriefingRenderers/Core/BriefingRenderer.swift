import ComparisonKit

/// A run's tables with what a title block needs.
public struct BriefingDocument: Sendable {
    /// The document's title in the reader's language, for formats that write a title block.
    public var title: String
    /// What was compared, in the reader's language (for example "6 initiatives from Norway, Denmark and the
    /// European Union").
    public var subtitle: String
    /// The language the document is written in (an ISO 639-1 code such as `en`, `nb` or `da`).
    public var language: String
    /// The tables, in the order the run's views are declared.
    public var tables: [ComparisonTable]
    /// Where the document comes from: sources' date, tool version, configuration digest, run time.
    public var provenance: BriefingProvenance

    /// Creates a document.
    public init(title: String, subtitle: String = "", language: String, tables: [ComparisonTable],
                provenance: BriefingProvenance = BriefingProvenance()) {
        self.title = title
        self.subtitle = subtitle
        self.language = language
        self.tables = tables
        self.provenance = provenance
    }
}

/// What a reader needs to trust and reproduce a briefing: how current its sources are, which tool and which
/// configuration made it, and (only when asked) when.
public struct BriefingProvenance: Sendable, Hashable {
    /// The publication date of the newest source cited, as precisely as known.
    public var newestSourceDate: PartialDate?
    /// The version of nordic-compare that made the document.
    public var toolVersion: String
    /// A SHA-256 digest (hex) of the run configuration and codebook files, so two briefings can be matched to
    /// the configuration that made them.
    public var configurationDigest: String
    /// When the run happened (ISO 8601), only when the user asks for a timestamp; nil keeps output reproducible.
    public var generatedAt: String?

    /// Creates provenance.
    public init(newestSourceDate: PartialDate? = nil, toolVersion: String = "", configurationDigest: String = "",
                generatedAt: String? = nil) {
        self.newestSourceDate = newestSourceDate
        self.toolVersion = toolVersion
        self.configurationDigest = configurationDigest
        self.generatedAt = generatedAt
    }
}

/// One output file: a path relative to the output folder, and its bytes.
public struct RenderedFile: Sendable, Hashable {
    /// The path relative to the output folder, with `/` as separator; never absolute and never containing `..`.
    public var relativePath: String
    /// The file's bytes (UTF-8 text for every format so far).
    public var contents: [UInt8]

    /// Creates a file from its path and bytes.
    public init(relativePath: String, contents: [UInt8]) {
        self.relativePath = relativePath
        self.contents = contents
    }

    /// Creates a file from its path and text, stored as UTF-8.
    public init(relativePath: String, text: String) {
        self.init(relativePath: relativePath, contents: Array(text.utf8))
    }

    /// The file name `<viewID>.<ext>` for one table.
    ///
    /// A view id is a slug (`overview`, `budgets`), so it is normally used as it is. Anything outside
    /// `A–Z a–z 0–9 - _ .` becomes `_`, and a name that would be empty or start with `.` gets a `view` prefix,
    /// so no id can make a renderer write outside the output folder or into a hidden file.
    public static func fileName(forView viewID: String, fileExtension: String) -> String {
        var name = String(String.UnicodeScalarView(viewID.unicodeScalars.map { scalar in
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", "-", "_", ".": return scalar
            default: return "_"
            }
        }))
        if name.isEmpty || name.hasPrefix(".") { name = "view" + name }
        return name + "." + fileExtension
    }
}

/// One output format.
///
/// SAFETY RULE: every value in a table (titles, headings, labels, cell texts, qualifiers, source titles,
/// publishers, locators, URLs) comes from plugin files written by others and must be treated as hostile.
/// Every renderer escapes every value for its format, so that no value can break the layout, run code or
/// inject markup:
/// - Markdown cells escape `|`, backslashes and line breaks (as `<br>`), and `<`, `>` and `&` as entities;
///   Markdown's inline punctuation is backslash-escaped so values stay literal text.
/// - CSV neutralises formula-starting cells per OWASP (a leading `=`, `+`, `-`, `@`, tab or carriage return
///   gets a `'` prefix) and quotes per RFC 4180.
/// - JSON is always valid JSON (quotes, backslashes and control characters escaped).
/// - HTML escapes `<`, `>`, `&`, `"` and `'`.
/// - LaTeX escapes its special characters `\ { } $ & # ^ _ ~ %`.
/// Human-readable formats also replace invisible control characters and bidirectional overrides (U+202A–U+202E,
/// U+2066–U+2069) with U+FFFD, so that no value can hide or reorder text; JSON keeps them, escaped as `\uXXXX`.
///
/// A shared test (`HostileStringTests`) runs hostile strings through every renderer registered in
/// `RendererRegistry.standard` and fails for a format that has no invariant check yet.
///
/// Output is deterministic (the same document gives the same bytes) and holds no timestamps unless the document's
/// provenance asks for one. Text formats write UTF-8 ending with a newline; binary formats (DOCX) say so with
/// ``writesText``.
public protocol BriefingRenderer: Sendable {
    /// The name users pass to --format, e.g. "markdown".
    var formatName: String { get }
    /// Other accepted names, e.g. ["md"].
    var aliases: [String] { get }
    /// The file extension without dot.
    var fileExtension: String { get }
    /// Whether the output is text that can be printed on a terminal (false for a zipped format such as DOCX).
    var writesText: Bool { get }
    /// Whether every table becomes files of its own, written from that table alone, so that writing a document
    /// gives the same files as writing a one-table document per table, in order (true for Markdown, CSV and JSON).
    /// A run whose formats all say so builds, writes and drops one table at a time instead of holding them all.
    var writesEachTableAlone: Bool { get }
    /// Renders the document into one or more files (Markdown/CSV/JSON: one file per table, named "<viewID>.<ext>").
    func render(_ document: BriefingDocument) -> [RenderedFile]
    /// Writes the same files into `sink`, a piece at a time. Formats whose output grows with the corpus (Markdown,
    /// CSV, JSON) stream it, so a run never holds a whole file; the default renders each file whole and hands it
    /// over. Either way the bytes are exactly those of `render(_:)`.
    func write(_ document: BriefingDocument, to sink: any RenderSink)
}

extension BriefingRenderer {
    /// Most formats are text.
    public var writesText: Bool { true }

    /// Formats that write one document from all tables (HTML, DOCX, LaTeX) need them all at once.
    public var writesEachTableAlone: Bool { false }

    /// Renders the files whole and hands them to the sink one after another.
    public func write(_ document: BriefingDocument, to sink: any RenderSink) {
        for file in render(document) { sink.writeFile(file) }
    }
}

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
/// - DOCX and XLSX escape XML's `& < > " '`; the workbook writes every text as a string cell, never a formula.
/// Human-readable formats also replace invisible control characters and bidirectional overrides (U+202A–U+202E,
/// U+2066–U+2069) with U+FFFD, so that no value can hide or reorder text; JSON keeps them, escaped as `\uXXXX`.
///
/// A shared test (`HostileStringTests`) runs hostile strings through every renderer registered in
/// `RendererRegistry.standard` and fails for a format that has no invariant check yet.
///
/// Output is deterministic (the same document gives the same bytes) and holds no timestamps unless the document's
/// provenance asks for one. Text formats write UTF-8 ending with a newline; binary formats (DOCX) say so with
/// ``writesText``.
package protocol BriefingRenderer: Sendable {
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
    /// Whether the format writes the document's tables (true for every format but those that write the corpus's data
    /// itself, the data package and the SQLite database, from `BriefingDocument.corpus`). A run writes a format
    /// that says no once, without building a table for it.
    var readsTables: Bool { get }
    /// Renders the document into one or more files (Markdown and JSON: one file per table, named "<viewID>.<ext>";
    /// CSV: that and "<viewID>-sources.csv").
    func render(_ document: BriefingDocument) -> [RenderedFile]
    /// Writes the same files into `sink`, a piece at a time. Formats whose output grows with the corpus (Markdown,
    /// CSV, JSON) stream it, so a run never holds a whole file; the default renders each file whole and hands it
    /// over. Either way the bytes are exactly those of `render(_:)`.
    func write(_ document: BriefingDocument, to sink: any RenderSink)
}

extension BriefingRenderer {
    /// Most formats are text.
    package var writesText: Bool { true }

    /// Formats that write one document from all tables (HTML, DOCX, LaTeX) need them all at once.
    package var writesEachTableAlone: Bool { false }

    /// Most formats write the tables.
    package var readsTables: Bool { true }

    /// Renders the files whole and hands them to the sink one after another.
    package func write(_ document: BriefingDocument, to sink: any RenderSink) {
        for file in render(document) { sink.writeFile(file) }
    }
}

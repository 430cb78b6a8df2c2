import ComparisonKit

/// The numbered sources of LaTeX output and the footnote markers that point to them.
///
/// A standalone briefing has one list at its end for all its tables: the tables' footnotes are merged into one
/// numbering in order of first appearance (table by table, each in its own order), a source cited at the same
/// place (same source, same locator) by several tables gets one number, and every marker is rewritten to the
/// merged number. A fragment keeps its table's own numbers. A marker that points to no footnote of its table
/// shows `?`, never a number that belongs to another source.
struct LaTeXSourceList: Sendable {
    /// One numbered source.
    struct Item: Sendable, Hashable {
        /// The number markers show.
        var number: Int
        /// The source.
        var source: Source
        /// The place within the source, when given.
        var locator: String?
    }

    /// What makes two footnotes one item: the source and the place within it.
    private struct Key: Hashable {
        var source: Source
        var locator: String?
    }

    /// The items, in number order.
    private(set) var items: [Item] = []
    /// For each table (by position), its footnote numbers mapped to the items' numbers.
    private var numbers: [[Int: Int]] = []

    /// One numbering for all the tables, deduplicated by source and locator.
    init(merging tables: [ComparisonTable]) {
        var seen: [Key: Int] = [:]
        for table in tables {
            var mapping: [Int: Int] = [:]
            for footnote in table.footnotes where mapping[footnote.number] == nil {
                let locator = footnote.locator.flatMap { $0.isEmpty ? nil : $0 }
                let key = Key(source: footnote.source, locator: locator)
                if let number = seen[key] {
                    mapping[footnote.number] = number
                } else {
                    let number = items.count + 1
                    seen[key] = number
                    items.append(Item(number: number, source: footnote.source, locator: locator))
                    mapping[footnote.number] = number
                }
            }
            numbers.append(mapping)
        }
    }

    /// One table's own footnotes with their own numbers (the first of a repeated number wins).
    init(table: ComparisonTable) {
        var mapping: [Int: Int] = [:]
        for footnote in table.footnotes where mapping[footnote.number] == nil {
            mapping[footnote.number] = footnote.number
            items.append(Item(number: footnote.number, source: footnote.source, locator: footnote.locator))
        }
        numbers = [mapping]
    }

    /// The marker after an entry of the table at `tableIndex`, `\nobreak\hspace{0pt}\textsuperscript{[1, 2]}`,
    /// or nothing when the entry cites nothing; numbers are rewritten, repeated ones shown once.
    func marker(_ footnotes: [Int], tableIndex: Int) -> String {
        guard !footnotes.isEmpty else { return "" }
        let mapping = tableIndex < numbers.count ? numbers[tableIndex] : [:]
        var shown: [String] = []
        // Repeats are found by a look along the list while it is short (an entry cites one source or a few) and by
        // hashing once it is long (a theme served by hundreds of components), so no entry costs its length squared.
        var seen: Set<String> = []
        for footnote in footnotes {
            let text = mapping[footnote].map(String.init) ?? "?"
            if shown.count < ShortList.limit {
                if !shown.contains(text) { shown.append(text) }
                continue
            }
            if seen.isEmpty { seen = Set(shown) }
            if seen.insert(text).inserted { shown.append(text) }
        }
        // The merged numbers in ascending order, as a reader looks them up ("[13, 22]"); an unlisted one last.
        shown.sort { (Int($0) ?? Int.max) < (Int($1) ?? Int.max) }
        // The glue after `\nobreak` lets TeX hyphenate the word before the marker (it never hyphenates a word
        // followed directly by a box) without allowing a line break there.
        return "\\nobreak\\hspace{0pt}\\textsuperscript{[" + shown.joined(separator: ", ") + "]}"
    }

    /// The list as LaTeX lines: a `list` environment whose labels are `[n]`, each item
    /// `\emph{Title} \textemdash{} Publisher, 2021-03-16 (da), CELEX:32021R0694; locator; url; archived copy: url;
    /// accessed 2025-01-10; confidence: medium` (the identifier, archived copy and date of reading only when the source
    /// gives them, the confidence only below high, labelled in `language`). Empty when there are no sources.
    func lines(language: String) -> [String] {
        guard let widest = items.map({ String($0.number).count }).max() else { return [] }
        let widestLabel = "[" + String(repeating: "0", count: widest) + "]"
        var lines = [
            "\\begin{list}{}{\\settowidth{\\labelwidth}{" + widestLabel + "}\\setlength{\\leftmargin}{\\labelwidth}"
                + "\\addtolength{\\leftmargin}{\\labelsep}\\setlength{\\itemsep}{1pt}\\setlength{\\parsep}{0pt}}",
        ]
        for item in items {
            lines.append("\\item[{[\(item.number)]}] " + text(of: item, language: language))
        }
        lines.append("\\end{list}")
        return lines
    }

    /// One item's text, every value escaped.
    private func text(of item: Item, language: String) -> String {
        let source = item.source
        var parts: [String] = []
        if !source.title.trimmingWhitespace().isEmpty {
            parts.append("\\emph{" + LaTeXEscaping.text(source.title) + "}")
        }
        let details = [source.publisher, source.published?.description ?? ""]
            .filter { !$0.trimmingWhitespace().isEmpty }
            .map(LaTeXEscaping.text)
        if !details.isEmpty {
            parts.append((parts.isEmpty ? "" : "\\textemdash{} ") + details.joined(separator: ", "))
        }
        var text = parts.joined(separator: " ")
        if !source.language.isEmpty { text += " (" + LaTeXEscaping.text(source.language) + ")" }
        if let identifier = source.identifier, !identifier.isEmpty { text += ", " + LaTeXEscaping.text(identifier) }
        if let locator = item.locator, !locator.isEmpty { text += "; " + LaTeXEscaping.text(locator) }
        if let url = source.url, !url.isEmpty { text += "; " + LaTeXEscaping.url(url) }
        if let archived = source.archived, !archived.isEmpty {
            text += "; " + LaTeXEscaping.text(BriefingPhrases.archivedCopy(in: language)) + ": "
                + LaTeXEscaping.url(archived)
        }
        if let accessed = source.accessed {
            text += "; " + LaTeXEscaping.text(BriefingPhrases.accessed(in: language)) + " "
                + LaTeXEscaping.text(accessed.description)
        }
        if let confidence = BriefingPhrases.confidence(of: source, in: language) {
            text += "; " + LaTeXEscaping.text(confidence)
        }
        return text
    }
}

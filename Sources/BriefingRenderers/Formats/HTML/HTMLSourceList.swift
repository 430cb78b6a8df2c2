import ComparisonKit

/// One numbering of sources for a whole HTML briefing.
///
/// Each table numbers its footnotes from 1. A briefing has one list of sources at the end, so the tables'
/// footnotes are merged in document order (each table's in its own order), a source cited at the same locator
/// by several tables gets one number, and each table's markers are rewritten to the merged numbers.
struct HTMLSourceList: Sendable {
    /// The merged footnotes, numbered from 1 in order.
    private(set) var footnotes: [Footnote] = []
    /// For each table (by position), its own footnote numbers mapped to the merged ones.
    private var numbersByTable: [[Int: Int]] = []

    /// What makes two footnotes the same entry in the list: the source and the place within it.
    private struct Key: Hashable {
        var source: Source
        var locator: String?
    }

    /// Merges the footnotes of the tables, in order.
    init(tables: [ComparisonTable]) {
        var numberOfKey: [Key: Int] = [:]
        for table in tables {
            var mapping: [Int: Int] = [:]
            for footnote in table.footnotes {
                let key = Key(source: footnote.source, locator: footnote.locator)
                let number: Int
                if let existing = numberOfKey[key] {
                    number = existing
                } else {
                    number = footnotes.count + 1
                    numberOfKey[key] = number
                    footnotes.append(Footnote(number: number, source: footnote.source, locator: footnote.locator))
                }
                if mapping[footnote.number] == nil { mapping[footnote.number] = number }
            }
            numbersByTable.append(mapping)
        }
    }

    /// The merged number of a table's own footnote number; nil when the table has no such footnote.
    func number(table index: Int, footnote: Int) -> Int? {
        guard numbersByTable.indices.contains(index) else { return nil }
        return numbersByTable[index][footnote]
    }

    /// The superscript markers of an entry, `<sup class="fn"><a href="#src-3">3</a>, …</sup>` after a word joiner,
    /// or nothing.
    ///
    /// A number the table does not list is shown without a link, so that a marker never points nowhere.
    func markers(_ numbers: [Int], table index: Int) -> String {
        var seen: Set<String> = []
        var links: [String] = []
        // The merged numbers in ascending order, as a reader looks them up ("13, 22"); an unlisted one last.
        let ordered = numbers.sorted { (number(table: index, footnote: $0) ?? Int.max) < (number(table: index, footnote: $1) ?? Int.max) }
        for local in ordered {
            let link: String
            if let merged = number(table: index, footnote: local) {
                link = "<a href=\"#src-\(merged)\">\(merged)</a>"
            } else {
                link = "<span class=\"fn-missing\">?\(local)</span>"
            }
            if seen.insert(link).inserted { links.append(link) }
        }
        // A word joiner (U+2060) keeps the marker on the line of the word it cites.
        return links.isEmpty ? "" : "\u{2060}<sup class=\"fn\">" + links.joined(separator: ", ") + "</sup>"
    }

    /// The numbered list of sources, one `<li id="src-N">` per merged footnote; empty when nothing is cited.
    func html(language: String) -> String {
        guard !footnotes.isEmpty else { return "" }
        var lines = ["<section id=\"sources\" class=\"sources\">",
                     "<h2>" + HTMLEscaping.text(BriefingPhrases.sources(in: language)) + "</h2>",
                     "<ol>"]
        for footnote in footnotes {
            lines.append("<li id=\"src-\(footnote.number)\" value=\"\(footnote.number)\">" + item(footnote, language: language)
                         + "</li>")
        }
        lines += ["</ol>", "</section>"]
        return lines.joined(separator: "\n")
    }

    /// `<cite>Title</cite> — Publisher, 2021-03-16 (da), CELEX:32021R0694; locator; <a href="…">…</a>; archived copy:
    /// <a href="…">…</a>; accessed 2025-01-10; confidence: medium`, the identifier, archived copy and date of reading
    /// only when the source gives them and the confidence only below high, labelled in the document's language.
    private func item(_ footnote: Footnote, language: String) -> String {
        let source = footnote.source
        var parts: [String] = []
        let title = source.title.trimmingWhitespace()
        if !title.isEmpty {
            let lang = HTMLEscaping.languageTag(source.language).map { " lang=\"\($0)\"" } ?? ""
            parts.append("<cite\(lang)>" + HTMLEscaping.text(title) + "</cite>")
        }
        var details: [String] = []
        if !source.publisher.isEmpty { details.append(HTMLEscaping.text(source.publisher)) }
        if let published = source.published {
            details.append("<time datetime=\"\(published)\">\(published)</time>")
        }
        var line = parts.joined()
        if !details.isEmpty { line += (line.isEmpty ? "" : " — ") + details.joined(separator: ", ") }
        if !source.language.isEmpty {
            line += " <span class=\"src-lang\">(" + HTMLEscaping.text(source.language) + ")</span>"
        }
        if let identifier = source.identifier, !identifier.isEmpty {
            line += ", <span class=\"identifier\">" + HTMLEscaping.text(identifier) + "</span>"
        }
        if let locator = footnote.locator, !locator.isEmpty {
            line += "; <span class=\"locator\">" + HTMLEscaping.text(locator) + "</span>"
        }
        if let url = source.url, !url.isEmpty {
            line += "; " + Self.link(url, className: "url")
        }
        if let archived = source.archived, !archived.isEmpty {
            line += "; " + HTMLEscaping.text(BriefingPhrases.archivedCopy(in: language)) + ": "
                + Self.link(archived, className: "archived")
        }
        if let accessed = source.accessed {
            line += "; " + HTMLEscaping.text(BriefingPhrases.accessed(in: language))
                + " <time class=\"accessed\" datetime=\"\(accessed)\">\(accessed)</time>"
        }
        if let confidence = BriefingPhrases.confidence(of: source, in: language) {
            line += "; <span class=\"confidence\">" + HTMLEscaping.text(confidence) + "</span>"
        }
        return line
    }

    /// A plain http(s) address as a link that sends no referrer; anything else as text, never a link.
    private static func link(_ url: String, className: String) -> String {
        if let href = HTMLEscaping.webURL(url) {
            return "<a class=\"\(className)\" href=\"\(href)\" rel=\"noreferrer\">\(href)</a>"
        }
        return "<span class=\"\(className)\">" + HTMLEscaping.text(url) + "</span>"
    }
}

import ComparisonKit

/// The few fixed words renderers add themselves, in the table's language (English when not translated).
///
/// These are the words several formats share; a format's own words live beside it, as extensions of this type
/// (Formats/HTML/HTMLPhrases.swift, Formats/LaTeX/LaTeXPhrases.swift).
package enum BriefingPhrases {
    /// The base language code, `nb` for `nb-NO`.
    static func base(_ language: String) -> String {
        String(language.lowercased().prefix { $0 != "-" && $0 != "_" })
    }

    /// The marker for a disputed cell.
    package static func sourcesDisagree(in language: String) -> String {
        switch base(language) {
        case "nb", "no": return "kildene er uenige"
        case "nn": return "kjeldene er usamde"
        case "da": return "kilderne er uenige"
        default: return "sources disagree"
        }
    }

    /// The heading above the footnote list.
    package static func sources(in language: String) -> String {
        switch base(language) {
        case "nb", "no", "da": return "Kilder"
        case "nn": return "Kjelder"
        default: return "Sources"
        }
    }
}

// MARK: Source lists (what a source's metadata is called)

extension BriefingPhrases {
    /// The core's words for a language as renderers get it: `nb-NO`, `no` and `nn` read as Bokmål, and languages
    /// the core has no words for as English.
    private static func vocabulary(_ language: String) -> Vocabulary {
        switch base(language) {
        case "nb", "no", "nn": return Vocabulary("nb")
        case let code: return Vocabulary(code)
        }
    }

    /// The label before the date a source was read: "accessed", "lest", "læst".
    package static func accessed(in language: String) -> String { vocabulary(language).accessed }

    /// The label before the address of a source's archived copy: "archived copy", "arkivert kopi", "arkiveret kopi".
    package static func archivedCopy(in language: String) -> String { vocabulary(language).archivedCopy }

    /// "confidence: medium-high" for a source held with less than high confidence, nil for one held with high
    /// confidence or none recorded: source lists name every lower level, so that such a figure never looks as certain
    /// as one taken from the law.
    package static func confidence(of source: Source, in language: String) -> String? {
        guard let level = source.confidence, level.isWorthStating else { return nil }
        return vocabulary(language).confidence(level)
    }
}

// MARK: Title blocks (HTML, LaTeX, DOCX)

extension BriefingPhrases {
    /// Picks the English, Norwegian Bokmål or Danish phrase for a language (English when not translated).
    package static func pick(_ language: String, _ en: String, _ nb: String, _ da: String) -> String {
        switch base(language) {
        case "nb", "no", "nn": return nb
        case "da": return da
        default: return en
        }
    }

    /// The label of the newest source's date in a title block.
    package static func newestSource(in language: String) -> String {
        pick(language, "Newest source", "Nyeste kilde", "Nyeste kilde")
    }

    /// A date in words, as every title block gives the newest source's: "26 September 2024", "26. september 2024".
    package static func date(_ date: PartialDate, in language: String) -> String {
        ValueFormatter(language: language).date(date)
    }

    /// The label of the tool version in a title block.
    package static func toolVersion(in language: String) -> String {
        pick(language, "Tool version", "Verktøyversjon", "Værktøjsversion")
    }

    /// The label of the configuration digest in a title block.
    package static func configuration(in language: String) -> String {
        pick(language, "Configuration", "Konfigurasjon", "Konfiguration")
    }

    /// The label of the run timestamp in a title block.
    package static func generated(in language: String) -> String {
        pick(language, "Generated", "Generert", "Genereret")
    }
}

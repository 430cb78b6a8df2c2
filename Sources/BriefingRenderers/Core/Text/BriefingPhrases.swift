import ComparisonKit

/// The few fixed words renderers add themselves, in the table's language (English when not translated).
///
/// These are the words several formats share; a format's own words live beside it, as extensions of this type
/// (Formats/HTML/HTMLPhrases.swift, Formats/LaTeX/LaTeXPhrases.swift).
package enum BriefingPhrases {
    /// The words of a language as renderers get it: a code the tool has a file for, or one it recognises as such
    /// (`nb-NO`, `no` and `nn` read as Bokmål, see `Vocabulary.supportedLanguage(meantBy:)`); English otherwise.
    package static func words(_ language: String) -> LanguagePack {
        vocabulary(language).words
    }

    /// The marker for a disputed cell.
    package static func sourcesDisagree(in language: String) -> String {
        words(language)[.sourcesDisagree]
    }

    /// The heading above the footnote list.
    package static func sources(in language: String) -> String {
        words(language)[.sources]
    }
}

// MARK: Source lists (what a source's metadata is called)

extension BriefingPhrases {
    /// The core's words for a language as renderers get it (see `words(_:)`).
    package static func vocabulary(_ language: String) -> Vocabulary {
        Vocabulary(Vocabulary.supportedLanguage(meantBy: language) ?? language)
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
    /// The label of the newest source's date in a title block.
    package static func newestSource(in language: String) -> String {
        words(language)[.newestSource]
    }

    /// A date in words, as every title block gives the newest source's: "26 September 2024", "26. september 2024".
    package static func date(_ date: PartialDate, in language: String) -> String {
        ValueFormatter(language: language).date(date)
    }

    /// The label of the tool version in a title block.
    package static func toolVersion(in language: String) -> String {
        words(language)[.toolVersion]
    }

    /// The label of the configuration digest in a title block.
    package static func configuration(in language: String) -> String {
        words(language)[.configuration]
    }

    /// The label of the run timestamp in a title block.
    package static func generated(in language: String) -> String {
        words(language)[.generated]
    }
}

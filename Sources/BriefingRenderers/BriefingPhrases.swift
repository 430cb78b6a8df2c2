/// The few fixed words renderers add themselves, in the table's language (English when not translated).
enum BriefingPhrases {
    /// The base language code, `nb` for `nb-NO`.
    private static func base(_ language: String) -> String {
        String(language.lowercased().prefix { $0 != "-" && $0 != "_" })
    }

    /// The marker for a disputed cell.
    static func sourcesDisagree(in language: String) -> String {
        switch base(language) {
        case "nb", "no": return "kildene er uenige"
        case "nn": return "kjeldene er usamde"
        case "da": return "kilderne er uenige"
        default: return "sources disagree"
        }
    }

    /// The heading above the footnote list.
    static func sources(in language: String) -> String {
        switch base(language) {
        case "nb", "no", "da": return "Kilder"
        case "nn": return "Kjelder"
        default: return "Sources"
        }
    }
}

extension Vocabulary {
    /// Codes people type for a supported language that are not the code the tool uses for it: Norwegian's
    /// macrolanguage code and Nynorsk go to Bokmål (the only Norwegian written here), and three-letter and
    /// country codes to the two-letter code.
    private static let otherCodes: [String: LanguageCode] = [
        "no": "nb", "nor": "nb", "nob": "nb", "nn": "nb", "nno": "nb",
        "dan": "da", "dk": "da", "eng": "en",
    ]

    /// The supported language `code` was probably meant as, when it is not one: another code for the same language
    /// (`no` is `nb`), a region tag (`nb-NO`, `da_DK`), or a different case (`NB`); nil when nothing fits.
    package static func supportedLanguage(meantBy code: String) -> LanguageCode? {
        let lower = code.lowercased()
        let base = String(lower.prefix { $0 != "-" && $0 != "_" })
        for candidate in [lower, base] {
            if supportedLanguages.contains(candidate) { return candidate }
            if let mapped = otherCodes[candidate] { return mapped }
        }
        return nil
    }

    /// "; did you mean 'nb'?" for a code that `supportedLanguage(meantBy:)` recognises, or an empty string.
    package static func languageHint(for code: String) -> String {
        guard let meant = supportedLanguage(meantBy: code), meant != code else { return "" }
        return "; did you mean '\(meant)'?"
    }
}

extension Vocabulary {
    /// The supported language `code` was probably meant as, when it is not one: another code for the same language
    /// (a language file's `aliases`: `no` and Nynorsk's `nn` are `nb`, the only Norwegian written here), a region tag
    /// (`nb-NO`, `da_DK`), or a different case (`NB`); nil when nothing fits.
    package static func supportedLanguage(meantBy code: String) -> LanguageCode? {
        if supportedLanguages.contains(code) { return code }
        let lower = code.lowercased()
        let base = String(lower.prefix { $0 != "-" && $0 != "_" })
        for candidate in [lower, base] {
            if supportedLanguages.contains(candidate) { return candidate }
            for language in supportedLanguages where LanguagePacks.pack(for: language).aliases.contains(candidate) {
                return language
            }
        }
        return nil
    }

    /// "; did you mean 'nb'?" for a code that `supportedLanguage(meantBy:)` recognises, or an empty string.
    package static func languageHint(for code: String) -> String {
        guard let meant = supportedLanguage(meantBy: code), meant != code else { return "" }
        return "; did you mean '\(meant)'?"
    }
}

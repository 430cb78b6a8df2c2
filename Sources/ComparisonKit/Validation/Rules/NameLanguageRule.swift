/// An initiative's name should be given in its original language and in English.
struct NameLanguageRule: ValidationRule {
    let identifier = "name-language"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        context.corpus.initiatives.flatMap { initiative -> [Diagnostic] in
            Set([initiative.originalLanguage, "en"]).sorted().compactMap { language in
                guard initiative.name.text(in: language) == nil else { return nil }
                return .warning("'\(initiative.id)' has no name in '\(language)'", at: initiative.location)
            }
        }
    }
}

/// Every label a reader sees (dimensions, themes, jurisdictions' names, view titles) should exist in each language the
/// configuration writes briefings in (`languages:`, default en, nb, da; those the tool has words for); a missing one
/// falls back to English and is worth a warning. Not every language the tool speaks: a project that never writes a
/// Swedish briefing needs no Swedish labels.
struct LabelLanguageRule: ValidationRule {
    let identifier = "label-language"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func check(_ label: LocalizedText, _ what: String, at location: SourceLocation) {
            let missing = context.languages.filter { label.text(in: $0) == nil }
            guard !missing.isEmpty else { return }
            diagnostics.append(.warning(
                "\(what) has no label in \(missing.joined(separator: ", ")); English is shown instead", at: location))
        }
        for dimension in context.codebook.dimensions { check(dimension.label, "dimension '\(dimension.id)'", at: dimension.location) }
        for theme in context.codebook.themes { check(theme.label, "theme '\(theme.id)'", at: theme.location) }
        for jurisdiction in context.codebook.jurisdictions {
            check(jurisdiction.name, "jurisdiction '\(jurisdiction.id)'", at: jurisdiction.location)
        }
        for view in context.views { check(view.title, "view '\(view.id)'", at: view.location) }
        return diagnostics
    }
}

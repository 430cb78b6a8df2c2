/// Participants and theme coding must tell the same story: an initiative with a trade union or an employers'
/// organisation among its participants but not coded as serving the social partners, or coded so with neither
/// among its participants, contradicts itself (see `InvolvementGroup.themeID`).
struct InvolvementThemeRule: ValidationRule {
    let identifier = "involvement-theme"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for group in InvolvementGroup.allCases {
            guard let themeID = group.themeID, let theme = context.codebook.theme(themeID) else { continue }
            let label = theme.label.resolved(in: "en")
            for initiative in context.corpus.initiatives {
                let involved = group.participants(of: initiative)
                var reference: ThemeReference?
                initiative.forEachThemeReference { if reference == nil, $0.themeID == themeID { reference = $0 } }
                if let first = involved.first, reference == nil {
                    let names = involved.map(\.organisation.name).joined(separator: ", ")
                    diagnostics.append(.warning(
                        "'\(initiative.id)' lists \(names) among its participants but is not coded as covering theme "
                            + "'\(themeID)' (\(label)); code the theme on the initiative or the component that involves "
                            + "them, or correct the participant's category", at: first.citation.location))
                } else if involved.isEmpty, let reference {
                    diagnostics.append(.warning(
                        "'\(initiative.id)' is coded as covering theme '\(themeID)' (\(label)) but lists no participant "
                            + "of category " + group.categories.map(\.rawValue).sorted().joined(separator: ", ")
                            + "; record who takes part, or drop the theme", at: reference.location))
                }
            }
        }
        return diagnostics
    }
}

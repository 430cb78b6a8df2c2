/// Initiative ids are global: two initiatives with the same id, in one plugin or across plugins, are an error.
struct DuplicateInitiativeRule: ValidationRule {
    let identifier = "duplicate-initiative"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        var firstSeen: [String: Initiative] = [:]
        var diagnostics: [Diagnostic] = []
        for initiative in context.corpus.initiatives {
            if let first = firstSeen[initiative.id] {
                diagnostics.append(.error(
                    "duplicate initiative id '\(initiative.id)' (plugin '\(initiative.pluginID)'): already defined at "
                        + "\(first.location) (plugin '\(first.pluginID)'); initiative ids must be unique across all plugins",
                    at: initiative.location))
            } else {
                firstSeen[initiative.id] = initiative
            }
        }
        return diagnostics
    }
}

/// Initiative ids are global: two initiatives with the same id, in one plugin or across plugins, are an error.
struct DuplicateInitiativeRule: ValidationRule {
    let identifier = "duplicate-initiative"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        // The index of each id's first initiative, not a copy of it: the corpus already holds every initiative.
        var firstSeen: [String: Int] = [:]
        var diagnostics: [Diagnostic] = []
        let initiatives = context.corpus.initiatives
        for (index, initiative) in initiatives.enumerated() {
            if let firstIndex = firstSeen[initiative.id] {
                let first = initiatives[firstIndex]
                diagnostics.append(.error(
                    "duplicate initiative id '\(initiative.id)' (plugin '\(initiative.pluginID)'): already defined at "
                        + "\(first.location) (plugin '\(first.pluginID)'); initiative ids must be unique across all plugins",
                    at: initiative.location))
            } else {
                firstSeen[initiative.id] = index
            }
        }
        return diagnostics
    }
}

/// Component ids must be unique within their initiative.
struct ComponentRule: ValidationRule {
    let identifier = "component"
    init() {}

    func validate(_ context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for initiative in context.corpus.initiatives {
            var seen: [String: SourceLocation] = [:]
            for component in initiative.components {
                if let first = seen[component.id] {
                    diagnostics.append(.error(
                        "duplicate component id '\(component.id)' in '\(initiative.id)': already used at \(first)",
                        at: component.citation.location))
                } else {
                    seen[component.id] = component.citation.location
                }
            }
        }
        return diagnostics
    }
}

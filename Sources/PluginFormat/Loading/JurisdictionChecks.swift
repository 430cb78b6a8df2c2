import ComparisonKit

/// The checks on a jurisdictions file that need the whole list: ids declared once, and each grouping's members
/// declared countries, none named twice, the grouping never among its own members.
enum JurisdictionChecks {
    /// The jurisdictions the entries declare, in order, and the problems found (after `problems`, the reading's).
    static func jurisdictions(from entries: [ConfigurationSchema.JurisdictionEntry],
                              problems: [Diagnostic]) -> ([Jurisdiction], [Diagnostic]) {
        var diagnostics = problems
        var seen: Set<String> = []
        var unique: [ConfigurationSchema.JurisdictionEntry] = []
        for entry in entries {
            guard seen.insert(entry.id.value).inserted else {
                diagnostics.append(.error("duplicate jurisdiction id '\(entry.id.value)'; each country or grouping is "
                                          + "declared once", at: entry.id.location))
                continue
            }
            unique.append(entry)
        }
        let groupings = Set(unique.filter { $0.members != nil }.map(\.id.value))
        let ids = unique.map(\.id.value)
        var suggestions: SuggestionIndex?
        var jurisdictions: [Jurisdiction] = []
        for entry in unique {
            var members: [String] = []
            if let written = entry.members {
                if written.value.isEmpty {
                    diagnostics.append(.error("grouping '\(entry.id.value)' lists no members; list the ids of its member "
                                              + "countries, or leave 'members' out for a country", at: written.location))
                }
                var listed: Set<String> = []
                for member in written.value {
                    if let problem = memberProblem(member, of: entry.id.value, ids: seen, groupings: groupings,
                                                   listed: &listed, suggestions: &suggestions, candidates: ids) {
                        diagnostics.append(.error(problem, at: member.location))
                    } else {
                        members.append(member.value)
                    }
                }
            }
            jurisdictions.append(Jurisdiction(id: entry.id.value, name: entry.name, nameInText: entry.nameInText,
                                              members: members, location: entry.id.location))
        }
        return (jurisdictions, diagnostics)
    }

    /// Why `member` cannot be a member of grouping `grouping`, or nil when it can.
    private static func memberProblem(_ member: Located<String>, of grouping: String, ids: Set<String>,
                                      groupings: Set<String>, listed: inout Set<String>,
                                      suggestions: inout SuggestionIndex?, candidates: [String]) -> String? {
        let id = member.value
        if id == grouping {
            return "grouping '\(grouping)' lists itself among its members; a grouping's members are countries"
        }
        guard ids.contains(id) else {
            return "unknown member '\(id)' of grouping '\(grouping)'; a member must be a country declared in this file"
                + SuggestionIndex.hint(for: id, in: &suggestions) { candidates }
        }
        if groupings.contains(id) {
            return "'\(id)' is a grouping, not a country; list the countries of '\(id)' among the members of "
                + "'\(grouping)' instead"
        }
        guard listed.insert(id).inserted else {
            return "'\(id)' is listed twice among the members of grouping '\(grouping)'"
        }
        return nil
    }
}

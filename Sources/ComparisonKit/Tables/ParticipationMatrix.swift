/// Who is involved where: for each initiative, its participants and its lead body sorted by organisation category,
/// so a table can show one row per category that takes part anywhere.
struct ParticipationMatrix {
    /// One organisation in a cell: a participant, or the lead body (one of its current claims).
    struct Member {
        let organisation: Organisation
        let role: String?
        let since: PartialDate?
        let citation: Citation
    }

    /// The id of the row for organisations whose category is not recorded.
    static let uncategorisedRowID = "category-not-recorded"

    /// The categories that take part in any column, in the order the categories are declared; uncategorised last.
    let rows: [OrganisationCategory?]
    /// Per column: whether it records anyone at all, and its members by category.
    let columns: [(recordsAnyone: Bool, members: [OrganisationCategory?: [Member]])]

    init(_ initiatives: [Initiative], leadRole: String, language: LanguageCode) {
        var present: Set<OrganisationCategory?> = []
        columns = initiatives.map { initiative in
            var members: [OrganisationCategory?: [Member]] = [:]
            for claim in initiative.lead.current {
                guard let lead = claim.value else { continue }
                members[lead.category, default: []].append(Member(organisation: lead, role: leadRole, since: nil,
                                                                  citation: claim.citation))
            }
            for participant in initiative.participants {
                members[participant.organisation.category, default: []].append(Member(
                    organisation: participant.organisation, role: participant.role?.resolved(in: language),
                    since: participant.since, citation: participant.citation))
            }
            present.formUnion(members.keys)
            return (!members.isEmpty, members)
        }
        rows = OrganisationCategory.allCases.filter { present.contains($0) } + (present.contains(nil) ? [nil] : [])
    }
}

extension CellBuilder {
    /// A participation-matrix cell: the organisations of one category in one initiative, each with its role and
    /// citation; empty when none of that category is recorded, and "not recorded" for an initiative that records
    /// no participant or lead at all.
    mutating func participationCell(_ members: [ParticipationMatrix.Member]?, recordsAnyone: Bool) -> TableCell {
        guard recordsAnyone else { return notRecordedCell() }
        let language = vocabulary.language
        let entries = (members ?? []).map { member -> CellEntry in
            let organisation = member.organisation
            var text = organisation.name
            if language == "en", let english = organisation.englishName, english != organisation.name {
                // An English name that already starts with the original ("KS (Norwegian Association…)") replaces it.
                text = english.hasPrefix(organisation.name) ? english : text + " (\(english))"
            }
            var details: [String] = []
            if let role = member.role { details.append(role) }
            if let since = member.since { details.append("\(vocabulary.since) \(formatter.date(since))") }
            return CellEntry(text: text, qualifier: details.isEmpty ? nil : details.joined(separator: ", "),
                             footnotes: footnotes.numbers(for: member.citation),
                             data: .participant(ParticipantValue(name: organisation.name,
                                                                 englishName: organisation.englishName,
                                                                 category: organisation.category, role: member.role,
                                                                 since: member.since)))
        }
        return TableCell(state: .known, entries: entries)
    }
}

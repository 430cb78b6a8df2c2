/// The involvement rule: which selected initiatives list each group of participants (the social partners,
/// business, the municipal sector, academia) among their cited participants. An initiative with no participants
/// recorded is reported as unknown, never as not involving anyone.
extension FindingsState {
    mutating func involvementFindings(_ initiatives: [Initiative]) {
        let recorded = initiatives.filter { !$0.participants.isEmpty }
        let unrecorded = initiatives.filter { $0.participants.isEmpty }
        if !recorded.isEmpty {
            for group in InvolvementGroup.allCases {
                var names: [String] = []
                var basis: [FindingBasis] = []
                for initiative in recorded {
                    let members = group.participants(of: initiative)
                    guard !members.isEmpty else { continue }
                    names.append(builder.name(initiative) + " (" + members.map(\.organisation.name).joined(separator: ", ") + ")")
                    for participant in members {
                        let category = participant.organisation.category.map(cells.vocabulary.category) ?? ""
                        basis.append(FindingBasis(
                            initiativeID: initiative.id, initiativeName: builder.name(initiative), rowID: "participants",
                            rowLabel: builder.dimensionLabel(.participants),
                            value: participant.organisation.name + (category.isEmpty ? "" : ", " + category),
                            footnotes: cells.footnotes.numbers(for: participant.citation)))
                    }
                }
                if names.isEmpty {
                    add(.involvement, topic: group.rawValue, phrases.noInvolvement(group, of: recorded.count), [])
                } else {
                    add(.involvement, topic: group.rawValue, phrases.involvement(group, involved: names, of: initiatives.count), basis)
                }
            }
        }
        if !unrecorded.isEmpty {
            add(.gap, topic: KnownDimension.participants.rawValue, phrases.participantsNotRecorded(unrecorded.map(builder.name)), unrecorded.map { initiative in
                FindingBasis(initiativeID: initiative.id, initiativeName: builder.name(initiative), rowID: "participants",
                             rowLabel: builder.dimensionLabel(.participants), value: cells.vocabulary.notRecorded,
                             footnotes: [])
            })
        }
    }
}

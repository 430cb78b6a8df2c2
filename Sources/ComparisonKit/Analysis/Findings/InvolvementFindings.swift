/// The involvement rule: which selected initiatives list each group of participants (the social partners,
/// business, the municipal sector, academia) among their cited participants. An initiative with no participants
/// recorded is reported as unknown, never as not involving anyone.
extension FindingsState {
    mutating func involvementFindings(_ initiatives: [Initiative]) {
        let recorded = initiatives.filter { !$0.participants.isEmpty }
        let unrecorded = initiatives.filter { $0.participants.isEmpty }
        if !recorded.isEmpty {
            for group in InvolvementGroup.allCases {
                // The sentence names the first few (`FindingsPhrases.list`) and counts the rest.
                var names: [String] = []
                var involved = 0
                var basis: [FindingBasis] = []
                var leftOut = 0
                for initiative in recorded {
                    let members = group.participants(of: initiative)
                    guard !members.isEmpty else { continue }
                    involved += 1
                    let named = names.count < FindingsPhrases.namesPerSentence
                    if named {
                        names.append(builder.name(initiative) + " (" + members.map(\.organisation.name).joined(separator: ", ") + ")")
                    }
                    if named || !citesNamedOnly {
                        basis += members.map { basisCell($0, of: initiative) }
                    } else {
                        leftOut += members.count
                    }
                }
                if names.isEmpty {
                    add(.involvement, topic: group.rawValue, phrases.noInvolvement(group, of: recorded.count), [])
                } else {
                    add(.involvement, topic: group.rawValue,
                        phrases.involvement(group, named: names, involved: involved, of: initiatives.count), basis,
                        leftOut: leftOut)
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

    /// The participants cell of one participant, with its category.
    private mutating func basisCell(_ participant: Participant, of initiative: Initiative) -> FindingBasis {
        let category = participant.organisation.category.map(cells.vocabulary.category) ?? ""
        return FindingBasis(
            initiativeID: initiative.id, initiativeName: builder.name(initiative), rowID: "participants",
            rowLabel: builder.dimensionLabel(.participants),
            value: participant.organisation.name + (category.isEmpty ? "" : ", " + category),
            footnotes: cells.footnotes.numbers(for: participant.citation))
    }
}

extension DataTables {
    /// One row per line of a budget claim's breakdown by component.
    static let budgetLines = DataTable(
        name: "budget_lines", title: "One row per line of a budget's breakdown by component",
        description: "How a budget claim splits across the initiative's components, in the claim's currency and scale.",
        columns: [
            initiativeColumn,
            DataColumn("fact", .text, required: true, allowedValues: [KnownDimension.budget.rawValue], "Always budget: with initiative_id and claim_number, the claim the line belongs to."),
            DataColumn("claim_number", .integer, required: true, "The budget claim's claim_number."),
            DataColumn("line_number", .integer, required: true, "The line's position in the breakdown, from 1."),
            DataColumn("component_id", .text, required: true, "The component the amount goes to."),
            DataColumn("amount", .decimal, required: true, "The amount, exactly as written, in the claim's currency and scale."),
            DataColumn("name", .text, "The line's name as the claim's source gives it, in the reader's language, when it differs from the component's title; empty otherwise."),
        ],
        primaryKey: ["initiative_id", "fact", "claim_number", "line_number"],
        foreignKeys: [DataForeignKey(["initiative_id", "fact", "claim_number"], references: "claims",
                                     ["initiative_id", "fact", "claim_number"]),
                      DataForeignKey(["initiative_id", "component_id"], references: "components",
                                     ["initiative_id", "component_id"])]
    ) { source, row in
        for initiative in source.corpus.initiatives {
            for (claimOffset, claim) in initiative.budget.claims.enumerated() {
                guard let budget = claim.value else { continue }
                for (lineOffset, line) in budget.breakdown.enumerated() {
                    row([.text(initiative.id), .text(KnownDimension.budget.rawValue), .integer(claimOffset + 1),
                         .integer(lineOffset + 1), .text(line.componentID), .decimal(line.amount),
                         source.text(line.name).text])
                }
            }
        }
    }

    /// One row per published position of a stakeholder on an initiative.
    static let positions = DataTable(
        name: "positions", title: "One row per stakeholder's published position on an initiative",
        description: "What organisations have said about an initiative; their demands are in position_demands.",
        columns: [
            initiativeColumn,
            DataColumn("position_number", .integer, required: true, "The position's place in the initiative's list, from 1."),
            DataColumn("organisation", .text, required: true, "The organisation, as the source names it."),
            DataColumn("english_name", .text, "Its English name."),
            DataColumn("category", .text, allowedValues: organisationCategories, "What sort of organisation it is."),
            DataColumn("stance", .text, required: true, allowedValues: Stance.allCases.map(\.rawValue), "Its stance on the initiative."),
            DataColumn("date", .partialDate, "When it took that position."),
            DataColumn("note", .text, "A remark in the plugin author's words."),
        ] + citationColumns,
        primaryKey: ["initiative_id", "position_number"],
        foreignKeys: [ownInitiative, citedSource]
    ) { source, row in
        for initiative in source.corpus.initiatives {
            for (offset, position) in initiative.positions.enumerated() {
                let organisation = position.organisation
                row([.text(initiative.id), .integer(offset + 1), .text(organisation.name),
                     organisation.englishName.dataValue, organisation.category.map { .text($0.rawValue) },
                     .text(position.stance.rawValue), position.date.dataValue, position.note.dataValue]
                    + citation(position.citation))
            }
        }
    }

    /// One row per demand a position makes.
    static let positionDemands = DataTable(
        name: "position_demands", title: "One row per demand a stakeholder's position makes",
        description: "The demands of each position, in the run's language.",
        columns: [
            initiativeColumn,
            DataColumn("position_number", .integer, required: true, "The position's position_number."),
            DataColumn("demand_number", .integer, required: true, "The demand's place in the position's list, from 1."),
            DataColumn("text", .text, required: true, "The demand, in the run's language."),
        ],
        primaryKey: ["initiative_id", "position_number", "demand_number"],
        foreignKeys: [DataForeignKey(["initiative_id", "position_number"], references: "positions",
                                     ["initiative_id", "position_number"])]
    ) { source, row in
        for initiative in source.corpus.initiatives {
            for (positionOffset, position) in initiative.positions.enumerated() {
                for (offset, demand) in position.demands.enumerated() {
                    row([.text(initiative.id), .integer(positionOffset + 1), .integer(offset + 1),
                         source.text(demand).text ?? .text("")])
                }
            }
        }
    }

    /// One row per initiative an initiative names as related.
    static let relatedInitiatives = DataTable(
        name: "related_initiatives", title: "One row per initiative an initiative names as related",
        description: "Related initiatives as each plugin lists them. related_id is not a foreign key: a plugin may name an initiative that no enabled plugin defines (validation warns about it).",
        columns: [
            initiativeColumn,
            DataColumn("related_number", .integer, required: true, "The entry's place in the initiative's list, from 1."),
            DataColumn("related_id", .text, required: true, "The related initiative's id (an initiative_id of initiatives when its plugin is enabled)."),
        ],
        primaryKey: ["initiative_id", "related_number"],
        foreignKeys: [ownInitiative]
    ) { source, row in
        for initiative in source.corpus.initiatives {
            for (offset, id) in initiative.related.enumerated() {
                row([.text(initiative.id), .integer(offset + 1), .text(id)])
            }
        }
    }
}

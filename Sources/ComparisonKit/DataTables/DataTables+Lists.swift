extension DataTables {
    /// One row per participant of an initiative.
    static let participants = DataTable(
        name: "participants", title: "One row per participant of an initiative",
        description: "Who takes part in an initiative, each with the source that says so.",
        columns: [
            initiativeColumn,
            DataColumn("participant_number", .integer, required: true, "The participant's position in the initiative's list, from 1."),
            DataColumn("organisation", .text, required: true, "The organisation's (or person's) name, as the source gives it."),
            DataColumn("english_name", .text, "Its English name."),
            DataColumn("category", .text, allowedValues: organisationCategories, "What sort of organisation it is."),
            DataColumn("role", .text, "Its role in the initiative, in the run's language."),
            DataColumn("since", .partialDate, "Since when it takes part."),
            DataColumn("note", .text, "A remark in the plugin author's words."),
        ] + citationColumns,
        primaryKey: ["initiative_id", "participant_number"],
        foreignKeys: [ownInitiative, citedSource]
    ) { source, row in
        for initiative in source.corpus.initiatives {
            for (offset, participant) in initiative.participants.enumerated() {
                let organisation = participant.organisation
                row([.text(initiative.id), .integer(offset + 1), .text(organisation.name),
                     organisation.englishName.dataValue, organisation.category.map { .text($0.rawValue) },
                     source.text(participant.role).text, participant.since.dataValue, participant.note.dataValue]
                    + citation(participant.citation))
            }
        }
    }

    /// One row per component (track, focus area, objective) of an initiative.
    static let components = DataTable(
        name: "components", title: "One row per component of an initiative",
        description: "An initiative's tracks, focus areas or objectives. A component id is unique within its initiative.",
        columns: [
            initiativeColumn,
            DataColumn("component_id", .text, required: true, "The component's id in its initiative."),
            DataColumn("label", .text, "Its short label as the source numbers it (\"Track 2\")."),
            DataColumn("title", .text, required: true, "Its title, in the run's language."),
            DataColumn("description", .text, "What it covers, in the run's language."),
        ] + citationColumns,
        primaryKey: ["initiative_id", "component_id"],
        foreignKeys: [ownInitiative, citedSource]
    ) { source, row in
        for initiative in source.corpus.initiatives {
            for component in initiative.components {
                row([.text(initiative.id), .text(component.id), component.label.dataValue,
                     source.text(component.title).text ?? .text(component.id), source.text(component.description).text]
                    + citation(component.citation))
            }
        }
    }

    /// One row per goal of an initiative.
    static let goals = DataTable(
        name: "goals", title: "One row per goal of an initiative",
        description: "An initiative's goals, with their targets and deadlines as the source states them.",
        columns: [
            initiativeColumn,
            DataColumn("goal_number", .integer, required: true, "The goal's position in the initiative's list, from 1."),
            DataColumn("text", .text, required: true, "The goal, in the run's language."),
            DataColumn("target", .text, "Its measurable target, as the source states it."),
            DataColumn("deadline", .partialDate, "When it is to be met."),
            DataColumn("note", .text, "A remark in the plugin author's words."),
        ] + citationColumns,
        primaryKey: ["initiative_id", "goal_number"],
        foreignKeys: [ownInitiative, citedSource]
    ) { source, row in
        for initiative in source.corpus.initiatives {
            for (offset, goal) in initiative.goals.enumerated() {
                row([.text(initiative.id), .integer(offset + 1), source.text(goal.text).text ?? .text(""),
                     goal.target.dataValue, goal.deadline.dataValue, goal.note.dataValue] + citation(goal.citation))
            }
        }
    }

    /// One row per theme an initiative or one of its components serves.
    static let themeCoverage = DataTable(
        name: "theme_coverage", title: "One row per theme an initiative or one of its components serves",
        description: "The themes of the codebook's taxonomy each initiative serves: as a whole (component_id empty) or through a component.",
        columns: [
            initiativeColumn,
            DataColumn("coverage_number", .integer, required: true, "The row's position among the initiative's theme references, from 1: its own first, then its components' in order."),
            DataColumn("component_id", .text, "The component that serves the theme (a component_id of the initiative in components); empty when the initiative as a whole does."),
            DataColumn("theme_id", .text, required: true, "A theme id of the codebook's taxonomy."),
            DataColumn("strength", .text, required: true, allowedValues: ThemeStrength.allCases.map(\.rawValue), "Whether the theme is primary or secondary for it."),
        ],
        primaryKey: ["initiative_id", "coverage_number"],
        // No foreign key to components: component_id is empty on the initiative's own rows, and a key with an empty
        // part counts as a broken reference for the Frictionless reference implementation (SQLite would accept it).
        foreignKeys: [ownInitiative]
    ) { source, row in
        for initiative in source.corpus.initiatives {
            var number = 0
            func emit(_ reference: ThemeReference, component: String?) {
                number += 1
                row([.text(initiative.id), .integer(number), component.dataValue, .text(reference.themeID),
                     .text(reference.strength.rawValue)])
            }
            for reference in initiative.themes { emit(reference, component: nil) }
            for component in initiative.components {
                for reference in component.themes { emit(reference, component: component.id) }
            }
        }
    }
}

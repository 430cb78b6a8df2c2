/// The normalised tables of a corpus, declared once: one table per entity (plugins, sources, initiatives, claims,
/// participants, components, goals, theme coverage, budget lines, positions and their demands, related
/// initiatives, indicator values), each with its columns, primary key and foreign keys, and the derivation of its rows from the corpus.
///
/// Every value is typed exactly: amounts as the plugin wrote them (`Decimal`, never a binary floating point), dates
/// as precise as the source gives them. Texts given in several languages are taken in the run's language.
package enum DataTables {
    /// Every table, in an order where a table comes after those it refers to.
    package static let all: [DataTable] = [plugins, sources, initiatives, claims, participants, components, goals,
                                           themeCoverage, budgetLines, positions, positionDemands, relatedInitiatives,
                                           indicatorValues]

    /// The table named `name`, if declared.
    package static func table(named name: String) -> DataTable? {
        all.first { $0.name == name }
    }

    // MARK: Columns several tables share

    /// The citation of a row: the plugin and source it names, and where in the source.
    static let citationColumns: [DataColumn] = [
        DataColumn("plugin_id", .text, required: true, "The plugin that declares the source cited."),
        DataColumn("source_id", .text, required: true, "The source cited, an id of that plugin's sources."),
        DataColumn("locator", .text, "Where in the source (a page, section or paragraph)."),
    ]

    /// The citation's values, in the order of ``citationColumns``.
    static func citation(_ citation: Citation) -> [DataValue?] {
        [.text(citation.pluginID), .text(citation.sourceID), citation.locator.dataValue]
    }

    /// A citation's reference to the source it names.
    static let citedSource = DataForeignKey(["plugin_id", "source_id"], references: "sources", ["plugin_id", "source_id"])
    /// A row's reference to its initiative.
    static let ownInitiative = DataForeignKey(["initiative_id"], references: "initiatives", ["initiative_id"])
    /// The initiative a row belongs to.
    static let initiativeColumn = DataColumn("initiative_id", .text, required: true, "The initiative.")

    /// The organisation categories, for columns of codes.
    static let organisationCategories = OrganisationCategory.allCases.map(\.rawValue)
}

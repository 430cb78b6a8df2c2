extension DataTables {
    /// The facts a claim can be of: the dimensions whose values are claims, by their codebook ids.
    static let factNames: [KnownDimension] = [.period, .status, .lead, .chair, .memberCount, .meetings, .budget]

    /// The value columns of the claims table, and the values a claim of each fact fills in (nil elsewhere).
    private struct ClaimValue {
        var text: DataValue?
        var language: DataValue?
        var englishName: DataValue?
        var category: DataValue?
        var count: DataValue?
        var date: DataValue?
        var endDate: DataValue?
        var end: DataValue?
        var amount: DataValue?
        var amountMin: DataValue?
        var amountMax: DataValue?
        var currency: DataValue?
        var scale: DataValue?
        var priceBasis: DataValue?

        var values: [DataValue?] {
            [text, language, englishName, category, count, date, endDate, end, amount, amountMin, amountMax, currency,
             scale, priceBasis]
        }
    }

    /// One row per claim of every fact.
    static let claims = DataTable(
        name: "claims", title: "One row per claim of every fact",
        description: "Every value a source gives for a fact of an initiative (its period, status, lead body, chair, member count, meetings and budget), with its standing, date and citation; and every finding that the sources do not state a fact (absence unknown) or that it does not apply (absence not-applicable). A fact with a dated history or sources that disagree has several claims. The value columns a claim fills in depend on the fact: see docs/data.md.",
        columns: [
            initiativeColumn,
            DataColumn("fact", .text, required: true, allowedValues: factNames.map(\.rawValue), "The fact the claim is about: a dimension id of the codebook."),
            DataColumn("claim_number", .integer, required: true, "The claim's position among the fact's claims, from 1, in the order written."),
            DataColumn("status", .text, required: true, allowedValues: ClaimStatus.allCases.map(\.rawValue), "The value's standing in its source."),
            DataColumn("as_of", .partialDate, "The date the value applies from, when its history matters."),
        ] + citationColumns + [
            DataColumn("note", .text, "A remark in the plugin author's words."),
            DataColumn("absence", .text, allowedValues: ["unknown", "not-applicable"], "Empty for a value; unknown when the sources were read and do not state it; not-applicable when the fact does not apply to the initiative."),
            DataColumn("absence_reason", .text, "What was checked (unknown), or why the fact does not apply (not-applicable)."),
            DataColumn("text", .text, "The value as text: the status (status), the chair's name (chair), the meetings (meetings, in the run's language), the lead body's name (lead), what the money is for when it is not the initiative's own budget (budget, in the run's language)."),
            DataColumn("language", .text, "The language of text, for meetings and a budget's purpose (empty when given for every language)."),
            DataColumn("english_name", .text, "The lead body's English name (lead)."),
            DataColumn("category", .text, allowedValues: organisationCategories, "The lead body's category (lead)."),
            DataColumn("count", .integer, "The number of members besides the chair (member-count)."),
            DataColumn("date", .partialDate, "The start of the period (period)."),
            DataColumn("end_date", .partialDate, "The end of the period, when it has a date (period)."),
            DataColumn("period_end", .text, allowedValues: ["date", "open", "unstated"], "How the period ends: at end_date, open-ended, or not stated (period)."),
            DataColumn("amount", .decimal, "The amount, exactly as written, in units of scale (budget)."),
            DataColumn("amount_min", .decimal, "The lower bound of an amount given as a range (budget)."),
            DataColumn("amount_max", .decimal, "The upper bound of an amount given as a range (budget)."),
            DataColumn("currency", .text, "The ISO 4217 currency code (budget)."),
            DataColumn("scale", .text, allowedValues: AmountScale.allCases.map(\.rawValue), "What the amount counts in (one, thousand, million, billion); with no amount, the order of magnitude the source gives (budget)."),
            DataColumn("price_basis", .text, "current, constant-YYYY or not-stated; empty when the plugin does not say (budget)."),
        ],
        primaryKey: ["initiative_id", "fact", "claim_number"],
        foreignKeys: [ownInitiative, citedSource]
    ) { source, row in
        for initiative in source.corpus.initiatives {
            func emit<Value>(_ fact: Fact<Value>, _ dimension: KnownDimension, _ value: (Value) -> ClaimValue) {
                for (offset, claim) in fact.claims.enumerated() {
                    var absence: DataValue?, reason: DataValue?, filled = ClaimValue()
                    switch claim.content {
                    case .known(let known): filled = value(known)
                    case .unknown(let why): (absence, reason) = (.text("unknown"), why.dataValue)
                    case .notApplicable(let why): (absence, reason) = (.text("not-applicable"), why.dataValue)
                    }
                    row([.text(initiative.id), .text(dimension.rawValue), .integer(offset + 1),
                         .text(claim.status.rawValue), claim.asOf.dataValue]
                        + citation(claim.citation) + [claim.note.dataValue, absence, reason] + filled.values)
                }
            }
            emit(initiative.period, .period) { period in
                let end: String
                var endDate: DataValue?
                switch period.end {
                case .date(let date): (end, endDate) = ("date", .date(date))
                case .open: end = "open"
                case .unstated: end = "unstated"
                }
                return ClaimValue(date: period.start.dataValue, endDate: endDate, end: .text(end))
            }
            emit(initiative.status, .status) { ClaimValue(text: .text($0.rawValue)) }
            emit(initiative.lead, .lead) { lead in
                ClaimValue(text: .text(lead.name), englishName: lead.englishName.dataValue,
                           category: lead.category.map { .text($0.rawValue) })
            }
            emit(initiative.chair, .chair) { ClaimValue(text: .text($0)) }
            emit(initiative.memberCount, .memberCount) { ClaimValue(count: .integer($0)) }
            emit(initiative.meetings, .meetings) { meetings in
                let (text, language) = source.text(meetings)
                return ClaimValue(text: text, language: language)
            }
            emit(initiative.budget, .budget) { budget in
                let (purpose, language) = source.text(budget.purpose)
                var value = ClaimValue(text: purpose, language: language, currency: budget.currency.dataValue,
                                       scale: .text(budget.scale.rawValue), priceBasis: budget.basis.map { .text($0.rawValue) })
                switch budget.amount {
                case .exact(let amount): value.amount = .decimal(amount)
                case .range(let min, let max): (value.amountMin, value.amountMax) = (.decimal(min), .decimal(max))
                case .magnitude(let scale): value.scale = .text(scale.rawValue)
                }
                return value
            }
        }
    }
}

import ComparisonKit
import Foundation

/// Turns one decoded initiative file into the core model, resolving default citations and collecting every
/// problem with its location.
final class InitiativeAssembler {
    let pluginID: String
    let pluginJurisdiction: String
    private var parsing = ValueParsing()
    private var defaultCitation: Citation

    init(pluginID: String, pluginJurisdiction: String) {
        self.pluginID = pluginID
        self.pluginJurisdiction = pluginJurisdiction
        defaultCitation = Citation(pluginID: pluginID, sourceID: "", location: .synthetic(pluginID))
    }

    /// The initiative and every problem found in it.
    func assemble(_ document: InitiativeDocument, location: SourceLocation) -> (Initiative?, [Diagnostic]) {
        defaultCitation = Citation(pluginID: pluginID, sourceID: document.source.value, location: document.source.location)
        let kind = parsing.choice(document.kind, as: InitiativeKind.self, what: "initiative kind")
        var initiative = Initiative(
            id: document.id.value, pluginID: pluginID,
            jurisdiction: document.jurisdiction?.value ?? pluginJurisdiction, kind: kind ?? .initiative,
            originalLanguage: document.language, name: document.name.text, summary: document.summary?.text,
            defaultCitation: defaultCitation, location: location)
        initiative.period = fact(document.period) { period($0) }
        initiative.status = fact(document.status) { parsing.choice($0, as: InitiativeStatus.self, what: "status") }
        initiative.lead = fact(document.lead) { organisation($0) }
        initiative.chair = fact(document.chair) { $0 }
        initiative.memberCount = fact(document.memberCount) { count in
            if count < 0 { parsing.report(.error("member count \(count) is negative", at: location)) }
            return count
        }
        initiative.meetings = fact(document.meetings) { $0.text }
        initiative.budget = fact(document.budget) { budget($0) }
        initiative.participants = (document.participants ?? []).map { participant($0) }
        initiative.components = (document.components ?? []).map { component in
            Component(id: component.id.value, label: component.label, title: component.title.text,
                      themes: themes(component.themes), citation: citation(component.source, component.locator,
                                                                            at: component.id.location))
        }
        initiative.goals = (document.goals ?? []).map { goal in
            Goal(text: goal.text.text, target: goal.target, deadline: parsing.date(goal.deadline, what: "deadline"),
                 note: goal.note, citation: citation(goal.source, goal.locator, at: goal.location))
        }
        initiative.themes = themes(document.themes)
        initiative.related = document.related ?? []
        return (kind == nil ? nil : initiative, parsing.diagnostics)
    }

    private func citation(_ source: Located<String>?, _ locator: String?, at location: SourceLocation) -> Citation {
        guard let source else {
            var citation = defaultCitation
            citation.locator = locator
            citation.location = location
            return citation
        }
        return Citation(pluginID: pluginID, sourceID: source.value, locator: locator, location: source.location)
    }

    private func fact<Written, Value>(
        _ document: FactDocument<Written>?, _ convert: (Written) -> Value?
    ) -> Fact<Value> {
        guard let document else { return .notRecorded }
        var claims: [Claim<Value>] = []
        claims.reserveCapacity(document.claims.count)
        for claim in document.claims {
            let content: Claim<Value>.Content
            switch claim.content {
            case .value(let written):
                guard let value = convert(written) else { continue }
                content = .known(value)
            case .unknown(let reason):
                content = .unknown(reason: reason)
            }
            let status = claim.status.flatMap { parsing.choice($0, as: ClaimStatus.self, what: "claim status") }
            claims.append(Claim(content, citation: citation(claim.source, claim.locator, at: claim.location),
                                status: status ?? .stated, asOf: parsing.date(claim.asOf, what: "as-of"), note: claim.note))
        }
        return Fact(claims)
    }

    private func period(_ document: PeriodDocument) -> Period {
        let start = parsing.date(document.start, what: "period start")
        let end: Period.End
        switch document.end?.value {
        case nil: end = .unstated
        case "open": end = .open
        default: end = parsing.date(document.end, what: "period end").map(Period.End.date) ?? .unstated
        }
        return Period(start: start, end: end)
    }

    private func organisation(_ document: OrganisationDocument) -> Organisation {
        organisation(name: document.name, english: document.english, category: document.category)
    }

    private func organisation(name: String, english: String?, category: Located<String>?) -> Organisation {
        Organisation(name: name, englishName: english, category: category.flatMap {
            parsing.choice($0, as: OrganisationCategory.self, what: "organisation category")
        })
    }

    private func participant(_ document: ParticipantDocument) -> Participant {
        Participant(
            organisation: organisation(name: document.name, english: document.english, category: document.category),
            role: document.role?.text, since: parsing.date(document.since, what: "since"), note: document.note,
            citation: citation(document.source, document.locator, at: document.location))
    }

    private func themes(_ document: ThemesDocument?) -> [ThemeReference] {
        (document?.entries ?? []).map { entry in
            let strength = entry.strength.flatMap { parsing.choice($0, as: ThemeStrength.self, what: "theme strength") }
            return ThemeReference(themeID: entry.id.value, strength: strength ?? .primary, location: entry.id.location)
        }
    }

    private func budget(_ document: BudgetDocument) -> Budget? {
        // How many of the three forms are given (counted without building an array: this runs for every budget).
        let forms = (document.amount != nil ? 1 : 0) + (document.min != nil || document.max != nil ? 1 : 0)
            + (document.magnitude != nil ? 1 : 0)
        guard forms == 1 else {
            parsing.report(.error(
                "a budget needs exactly one of 'amount', 'min' with 'max', or 'magnitude'", at: document.location))
            return nil
        }
        let amount: BudgetAmount?
        if let exact = document.amount {
            amount = parsing.decimal(exact, what: "amount").map(BudgetAmount.exact)
        } else if let magnitude = document.magnitude {
            amount = parsing.choice(magnitude, as: AmountScale.self, what: "magnitude").map(BudgetAmount.magnitude)
        } else if let low = document.min, let high = document.max {
            let range = (parsing.decimal(low, what: "min"), parsing.decimal(high, what: "max"))
            amount = range.0.flatMap { low in range.1.map { BudgetAmount.range(min: low, max: $0) } }
        } else {
            parsing.report(.error("a budget range needs both 'min' and 'max'", at: document.location))
            amount = nil
        }
        let scale = document.scale.flatMap { parsing.choice($0, as: AmountScale.self, what: "scale") } ?? .one
        var breakdown: [BudgetLine] = []
        breakdown.reserveCapacity(document.breakdown?.count ?? 0)
        for line in document.breakdown ?? [] {
            guard let amount = parsing.decimal(line.amount, what: "amount") else { continue }
            breakdown.append(BudgetLine(componentID: line.component, amount: amount, location: line.location))
        }
        let basis = document.basis.flatMap(PriceBasis.init(rawValue:))
        if let written = document.basis, basis == nil {
            parsing.report(.error("unknown price basis '\(written)'; expected current, constant-YYYY or not-stated",
                                  at: document.location))
        }
        return amount.map {
            Budget(amount: $0, currency: document.currency?.value, scale: scale, basis: basis, breakdown: breakdown)
        }
    }
}

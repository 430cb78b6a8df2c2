import ComparisonKit

// Memberwise initializers for the documents whose `init(from:)` is written by hand, so the fast reader can build
// them without a Decoder.

extension FactDocument {
    init(claims: [ClaimDocument<Value>]) { self.claims = claims }
}

extension ClaimDocument {
    init(content: Content, source: Located<String>?, locator: String?, status: Located<String>?, asOf: Located<String>?,
         note: String?, location: SourceLocation) {
        self.content = content
        self.source = source
        self.locator = locator
        self.status = status
        self.asOf = asOf
        self.note = note
        self.location = location
    }
}

extension LocalizedTextDocument {
    init(text: LocalizedText, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

extension OrganisationDocument {
    init(name: String, english: String?, category: Located<String>?) {
        self.name = name
        self.english = english
        self.category = category
    }
}

extension ParticipantDocument {
    init(name: String, english: String?, category: Located<String>?, role: LocalizedTextDocument?, since: Located<String>?,
         note: String?, source: Located<String>?, locator: String?, location: SourceLocation) {
        self.name = name
        self.english = english
        self.category = category
        self.role = role
        self.since = since
        self.note = note
        self.source = source
        self.locator = locator
        self.location = location
    }
}

extension GoalDocument {
    init(text: LocalizedTextDocument, target: String?, deadline: Located<String>?, note: String?, source: Located<String>?,
         locator: String?, location: SourceLocation) {
        self.text = text
        self.target = target
        self.deadline = deadline
        self.note = note
        self.source = source
        self.locator = locator
        self.location = location
    }
}

extension BudgetDocument {
    init(amount: Located<String>?, min: Located<String>?, max: Located<String>?, magnitude: Located<String>?,
         currency: Located<String>?, scale: Located<String>?, basis: String?, breakdown: [BudgetLineDocument]?,
         location: SourceLocation) {
        self.amount = amount
        self.min = min
        self.max = max
        self.magnitude = magnitude
        self.currency = currency
        self.scale = scale
        self.basis = basis
        self.breakdown = breakdown
        self.location = location
    }
}

extension BudgetLineDocument {
    init(component: String, amount: Located<String>, location: SourceLocation) {
        self.component = component
        self.amount = amount
        self.location = location
    }
}

extension ThemesDocument {
    init(entries: [(id: Located<String>, strength: Located<String>?)]) { self.entries = entries }
}

extension OrderedMapping {
    init(entries: [(key: Located<String>, value: Value)]) { self.entries = entries }
}

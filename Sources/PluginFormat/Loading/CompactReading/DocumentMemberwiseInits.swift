import ComparisonKit

// Memberwise initializers for the documents whose `init(from:)` is written by hand, so the fast reader can build
// them without a Decoder.

extension FactDocument {
    /// A fact from its claims, in document order.
    init(claims: [ClaimDocument<Value>]) { self.claims = claims }
}

extension ClaimDocument {
    /// A claim from its parts, as `init(from:)` would decode them.
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
    /// Text read at `location`.
    init(text: LocalizedText, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

extension OrganisationDocument {
    /// An organisation from its fields.
    init(name: String, english: String?, category: Located<String>?) {
        self.name = name
        self.english = english
        self.category = category
    }
}

extension ParticipantDocument {
    /// A participant from its fields, written at `location`.
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
    /// A goal from its fields, written at `location`.
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
    /// A budget from its fields, written at `location`.
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
    /// A breakdown line written at `location`.
    init(component: String, amount: Located<String>, location: SourceLocation) {
        self.component = component
        self.amount = amount
        self.location = location
    }
}

extension ThemesDocument {
    /// Theme entries in document order.
    init(entries: [(id: Located<String>, strength: Located<String>?)]) { self.entries = entries }
}

extension OrderedMapping {
    /// Entries in document order, each key with where it is written.
    init(entries: [(key: Located<String>, value: Value)]) { self.entries = entries }
}

/// A participant as data, for a cell of the `participants` dimension: who takes part, what kind of body, in what
/// role and since when, so that a script can filter participants by category without reading the sentence. The
/// entry's footnotes cite it.
public struct ParticipantValue: Sendable, Hashable {
    /// The name in the original language.
    public var name: String
    /// The English name, when given.
    public var englishName: String?
    /// What kind of body it is, when given.
    public var category: OrganisationCategory?
    /// What part it plays, in the reader's language, when stated.
    public var role: String?
    /// Since when it takes part, when stated.
    public var since: PartialDate?

    /// Creates a participant value.
    package init(name: String, englishName: String? = nil, category: OrganisationCategory? = nil, role: String? = nil,
                 since: PartialDate? = nil) {
        self.name = name
        self.englishName = englishName
        self.category = category
        self.role = role
        self.since = since
    }
}

/// A component (track, focus area, objective) as data, for a cell of the `components` dimension. The entry's
/// footnotes cite it.
public struct ComponentValue: Sendable, Hashable {
    /// The id, unique within its initiative.
    public var id: String
    /// A short label such as `Spor 4`, when given.
    public var label: String?
    /// The title in the reader's language.
    public var title: String
    /// One line on what it is about, in the reader's language, when given.
    public var description: String?

    /// Creates a component value.
    package init(id: String, label: String? = nil, title: String, description: String? = nil) {
        self.id = id
        self.label = label
        self.title = title
        self.description = description
    }
}

/// A goal as data, for a cell of the `goals` dimension: the goal, its measurable target and its deadline where the
/// source states them. The entry's footnotes cite it.
public struct GoalValue: Sendable, Hashable {
    /// The goal in the reader's language.
    public var text: String
    /// A measurable target, as written, when stated.
    public var target: String?
    /// The deadline, when stated.
    public var deadline: PartialDate?

    /// Creates a goal value.
    package init(text: String, target: String? = nil, deadline: PartialDate? = nil) {
        self.text = text
        self.target = target
        self.deadline = deadline
    }
}

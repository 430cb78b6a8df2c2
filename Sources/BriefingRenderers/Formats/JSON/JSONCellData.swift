import ComparisonKit

/// An entry's value as data in the JSON, beside its text: a participant, a component or a goal as an object whose
/// `kind` says which, so that a script can filter participants by category or read a goal's deadline without
/// parsing a sentence. The shape is declared in `schema/view.schema.json` and documented in `docs/json-output.md`.
extension JSONStream {
    /// Writes `"data": {…}` for a participant, a component or a goal; nothing for any other value (a budget's price
    /// basis has its own `basis` key, and what only charts use stays out).
    mutating func dataMember(_ data: CellData?) {
        switch data {
        case .participant(let participant)?:
            beginData("participant")
            member("name", participant.name)
            member("englishName", orNull: participant.englishName)
            member("category", orNull: participant.category?.rawValue)
            member("role", orNull: participant.role)
            member("since", orNull: participant.since)
            endObject()
        case .component(let component)?:
            beginData("component")
            member("id", component.id)
            member("label", orNull: component.label)
            member("title", component.title)
            member("description", orNull: component.description)
            endObject()
        case .goal(let goal)?:
            beginData("goal")
            member("text", goal.text)
            member("target", orNull: goal.target)
            member("deadline", orNull: goal.deadline)
            endObject()
        case .money?, .budgetBasis?, .period?, .themeStrength?, nil:
            return
        }
    }

    /// `"data": {` and its `kind`.
    private mutating func beginData(_ kind: StaticString) {
        key("data")
        beginObject()
        key("kind")
        appendQuoted(kind)
    }
}

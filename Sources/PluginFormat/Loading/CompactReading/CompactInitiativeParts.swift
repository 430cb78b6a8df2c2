import ComparisonKit
import YAMLKit

extension CompactDocumentReader {
    /// An organisation: just its name, or `{ name, english, category }`.
    func organisation(_ node: Int) throws(GiveUp) -> OrganisationDocument {
        guard document.kind(node) == .mapping else {
            return OrganisationDocument(name: try text(node), english: nil, category: nil)
        }
        var name, english, category: Int?
        for key in document.keys(node) {
            switch try field(key) {
            case .name: name = key + 1
            case .english: english = key + 1
            case .category: category = key + 1
            default: throw GiveUp()
            }
        }
        return OrganisationDocument(name: try text(required(name)), english: try optional(english, text),
                                    category: try optional(category, located))
    }

    /// A participant: an organisation with its role, date and citation.
    func participant(_ node: Int) throws(GiveUp) -> ParticipantDocument {
        var name, english, category, role, since, note, source, locator: Int?
        for key in try keys(node) {
            let value = key + 1
            switch try field(key) {
            case .name: name = value
            case .english: english = value
            case .category: category = value
            case .role: role = value
            case .since: since = value
            case .note: note = value
            case .source: source = value
            case .locator: locator = value
            default: throw GiveUp()
            }
        }
        return ParticipantDocument(
            name: try text(required(name)), english: try optional(english, text), category: try optional(category, located),
            role: try optional(role, localized), since: try optional(since, located), note: try optional(note, text),
            source: try optional(source, located), locator: try optional(locator, text), location: location(node))
    }

    /// A component: a track, focus area or objective.
    func component(_ node: Int) throws(GiveUp) -> ComponentDocument {
        var id, label, title, themes, source, locator: Int?
        for key in try keys(node) {
            let value = key + 1
            switch try field(key) {
            case .id: id = value
            case .label: label = value
            case .title: title = value
            case .themes: themes = value
            case .source: source = value
            case .locator: locator = value
            default: throw GiveUp()
            }
        }
        return ComponentDocument(
            id: try located(required(id)), label: try optional(label, text), title: try localized(required(title)),
            themes: try optional(themes, themesDocument), source: try optional(source, located),
            locator: try optional(locator, text))
    }

    /// A goal with its target and deadline.
    func goal(_ node: Int) throws(GiveUp) -> GoalDocument {
        var textNode, target, deadline, note, source, locator: Int?
        for key in try keys(node) {
            let value = key + 1
            switch try field(key) {
            case .text: textNode = value
            case .target: target = value
            case .deadline: deadline = value
            case .note: note = value
            case .source: source = value
            case .locator: locator = value
            default: throw GiveUp()
            }
        }
        return GoalDocument(
            text: try localized(required(textNode)), target: try optional(target, text),
            deadline: try optional(deadline, located), note: try optional(note, text),
            source: try optional(source, located), locator: try optional(locator, text), location: location(node))
    }

    /// A budget as written: amount, range or magnitude, with currency, scale and breakdown.
    func budgetDocument(_ node: Int) throws(GiveUp) -> BudgetDocument {
        var amount, min, max, magnitude, currency, scale, basis, breakdown: Int?
        for key in try keys(node) {
            let value = key + 1
            switch try field(key) {
            case .amount: amount = value
            case .min: min = value
            case .max: max = value
            case .magnitude: magnitude = value
            case .currency: currency = value
            case .scale: scale = value
            case .basis: basis = value
            case .breakdown: breakdown = value
            default: throw GiveUp()
            }
        }
        return BudgetDocument(
            amount: try optional(amount, located), min: try optional(min, located), max: try optional(max, located),
            magnitude: try optional(magnitude, located), currency: try optional(currency, located),
            scale: try optional(scale, located), basis: try optional(basis, text),
            breakdown: try optional(breakdown) { node throws(GiveUp) in try list(node, budgetLine) },
            location: location(node))
    }

    /// One line of a budget breakdown: a component id and its amount.
    func budgetLine(_ node: Int) throws(GiveUp) -> BudgetLineDocument {
        var component, amount: Int?
        for key in try keys(node) {
            switch try field(key) {
            case .component: component = key + 1
            case .amount: amount = key + 1
            default: throw GiveUp()
            }
        }
        return BudgetLineDocument(component: try text(required(component)), amount: try located(required(amount)),
                                  location: location(node))
    }

    /// A list of theme ids (all primary), or a mapping from theme id to strength.
    func themesDocument(_ node: Int) throws(GiveUp) -> ThemesDocument {
        var entries: [(id: Located<String>, strength: Located<String>?)] = []
        entries.reserveCapacity(document.childCount(node))
        if document.kind(node) == .sequence {
            for item in document.items(node) { entries.append((try located(item), nil)) }
            return ThemesDocument(entries: entries)
        }
        for key in try keys(node) {
            entries.append((Located(document.string(key), at: location(key)), try located(key + 1)))
        }
        return ThemesDocument(entries: entries)
    }
}

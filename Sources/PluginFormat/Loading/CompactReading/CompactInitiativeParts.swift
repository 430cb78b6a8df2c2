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
        return OrganisationDocument(name: try text(required(name)), english: try text(ifPresent: english),
                                    category: try located(ifPresent: category))
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
            name: try text(required(name)), english: try text(ifPresent: english), category: try located(ifPresent: category),
            role: try localized(ifPresent: role), since: try located(ifPresent: since), note: try text(ifPresent: note),
            source: try located(ifPresent: source), locator: try text(ifPresent: locator), location: location(node))
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
            id: try located(required(id)), label: try text(ifPresent: label), title: try localized(required(title)),
            themes: try optional(themes) { node throws(GiveUp) in try themesDocument(node) }, source: try located(ifPresent: source),
            locator: try text(ifPresent: locator))
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
            text: try localized(required(textNode)), target: try text(ifPresent: target),
            deadline: try located(ifPresent: deadline), note: try text(ifPresent: note),
            source: try located(ifPresent: source), locator: try text(ifPresent: locator), location: location(node))
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
            amount: try located(ifPresent: amount), min: try located(ifPresent: min), max: try located(ifPresent: max),
            magnitude: try located(ifPresent: magnitude), currency: try located(ifPresent: currency),
            scale: try located(ifPresent: scale), basis: try text(ifPresent: basis),
            breakdown: try optional(breakdown) { node throws(GiveUp) in
                try list(node) { item throws(GiveUp) in try budgetLine(item) }
            },
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

import ComparisonKit
import Foundation
import YAMLKit

extension CompactDocumentReader {
    // MARK: - Values the assembler checks

    /// A value of a closed set (kind, status, category, …), recognised from the scalar's bytes; gives up on anything
    /// else, which the assembler reports.
    func choice<E: CompactChoice>(_ node: Int, as type: E.Type) throws(GiveUp) -> E {
        guard document.kind(node) == .scalar,
              let value = document.withUTF8(node, { bytes in E.compactChoices.value(utf8: bytes) }) else { throw GiveUp() }
        return value
    }

    /// A value of a closed set, or nil when the field is absent or a plain null.
    func choice<E: CompactChoice>(ifPresent node: Int?, as type: E.Type) throws(GiveUp) -> E? {
        guard let node, !document.isNull(node) else { return nil }
        return try choice(node, as: type)
    }

    /// A partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) that exists on the calendar, read from the scalar's bytes
    /// as `PartialDate(parsing:)` reads its text.
    func date(_ node: Int) throws(GiveUp) -> PartialDate {
        guard document.kind(node) == .scalar,
              let parts = document.withUTF8(node, { bytes in PartialDate.isoParts(of: bytes) }) else { throw GiveUp() }
        do {
            return try PartialDate(year: parts.year, month: parts.month, day: parts.day)
        } catch {
            throw GiveUp()
        }
    }

    /// The date of an optional field (nil when absent or a plain null).
    func date(ifPresent node: Int?) throws(GiveUp) -> PartialDate? {
        guard let node, !document.isNull(node) else { return nil }
        return try date(node)
    }

    /// An exact decimal amount, read from the scalar's bytes as `ValueParsing.decimal` reads its text.
    func decimal(_ node: Int) throws(GiveUp) -> Decimal {
        guard document.kind(node) == .scalar,
              let value = document.withUTF8(node, { bytes in ValueParsing.decimal(utf8: bytes) }) else { throw GiveUp() }
        return value
    }

    // MARK: - Parts of an initiative

    /// An organisation: just its name, or `{ name, english, category }`.
    func organisation(_ node: Int) throws(GiveUp) -> Organisation {
        guard document.kind(node) == .mapping else { return Organisation(name: try text(node)) }
        var name, english, category: Int?
        for key in document.keys(node) {
            switch try field(key) {
            case .name: name = key + 1
            case .english: english = key + 1
            case .category: category = key + 1
            default: throw GiveUp()
            }
        }
        return Organisation(name: try text(required(name)), englishName: try text(ifPresent: english),
                            category: try choice(ifPresent: category, as: OrganisationCategory.self))
    }

    /// A participant: an organisation with its role, date and citation.
    func participant(_ node: Int, _ context: CitationContext) throws(GiveUp) -> Participant {
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
        return Participant(
            organisation: Organisation(name: try text(required(name)), englishName: try text(ifPresent: english),
                                       category: try choice(ifPresent: category, as: OrganisationCategory.self)),
            role: try optional(role) { node throws(GiveUp) in try localizedText(node) },
            since: try date(ifPresent: since), note: try text(ifPresent: note),
            citation: context.citation(source: try located(ifPresent: source), locator: try text(ifPresent: locator),
                                       at: location(node)))
    }

    /// A component: a track, focus area or objective.
    func component(_ node: Int, _ context: CitationContext) throws(GiveUp) -> Component {
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
        let idNode = try required(id)
        return Component(
            id: try text(idNode), label: try text(ifPresent: label), title: try localizedText(required(title)),
            themes: try optional(themes) { node throws(GiveUp) in try themeReferences(node) } ?? [],
            citation: context.citation(source: try located(ifPresent: source), locator: try text(ifPresent: locator),
                                       at: location(idNode)))
    }

    /// A goal with its target and deadline.
    func goal(_ node: Int, _ context: CitationContext) throws(GiveUp) -> Goal {
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
        return Goal(
            text: try localizedText(required(textNode)), target: try text(ifPresent: target),
            deadline: try date(ifPresent: deadline), note: try text(ifPresent: note),
            citation: context.citation(source: try located(ifPresent: source), locator: try text(ifPresent: locator),
                                       at: location(node)))
    }

    /// A list of theme ids (all primary), or a mapping from theme id to strength.
    func themeReferences(_ node: Int) throws(GiveUp) -> [ThemeReference] {
        var references: [ThemeReference] = []
        references.reserveCapacity(document.childCount(node))
        if document.kind(node) == .sequence {
            for item in document.items(node) {
                references.append(ThemeReference(themeID: try text(item), strength: .primary, location: location(item)))
            }
            return references
        }
        for key in try keys(node) {
            let strength = try choice(key + 1, as: ThemeStrength.self)  // a null strength is text the assembler refuses
            references.append(ThemeReference(themeID: document.string(key), strength: strength, location: location(key)))
        }
        return references
    }
}

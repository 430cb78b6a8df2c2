import ComparisonKit
@testable import PluginFormat
import Testing

/// The fast path reads closed-set values and dates straight from a scalar's bytes. It must accept only what the full
/// path accepts (`init(rawValue:)`, `PartialDate(parsing:)`) and read it the same; anything else makes it give up.
@Suite("Values read from scalar bytes")
struct ScalarBytesTests {
    private func choice<E: CompactChoice>(_ text: String, as type: E.Type) -> E? {
        Array(text.utf8).withUnsafeBufferPointer { E.compactChoices.value(utf8: $0) }
    }

    /// Texts near the raw values: case, spacing, prefixes, suffixes, nulls and long text.
    private func nearMisses<E: CompactChoice>(of type: E.Type) -> [String] {
        var texts = ["", "~", "null", " ", "-", "a-very-long-text-beyond-sixteen-bytes", "primary\0", "K\u{212A}"]
        for value in E.allCases.map(\.rawValue) {
            texts += [value.uppercased(), " " + value, value + " ", String(value.dropLast()), value + "s",
                      String(value.dropFirst()), value + value]
        }
        return texts
    }

    private func checkChoices<E: CompactChoice & Equatable>(_ type: E.Type) {
        for value in E.allCases {
            #expect(choice(value.rawValue, as: type) == value, "\(value)")
        }
        for text in nearMisses(of: type) {
            #expect(choice(text, as: type) == E(rawValue: text), "\(text)")
        }
    }

    @Test("closed sets accept exactly their raw values")
    func choices() {
        checkChoices(InitiativeKind.self)
        checkChoices(InitiativeStatus.self)
        checkChoices(ClaimStatus.self)
        checkChoices(OrganisationCategory.self)
        checkChoices(ThemeStrength.self)
        checkChoices(AmountScale.self)
    }

    @Test("text only canonically equivalent to a raw value is left to the full path")
    func canonicalEquivalents() {
        // U+212A KELVIN SIGN is canonically equivalent to "K"; no raw value has one, but the rule must hold anyway.
        #expect(choice("\u{212A}", as: AmountScale.self) == nil)
        #expect(choice("prim\u{0061}\u{0301}ry", as: ThemeStrength.self) == nil)
    }

}

/// The compact parser interns the formats' keys by their spelled-out texts.
@Suite("Document keys")
struct DocumentKeyTests {
    @Test("every key is spelled as its case, with dashes where YAML has them")
    func spellings() {
        for key in DocumentKey.allCases {
            let expected: String
            switch key {
            case .memberCount: expected = "member-count"
            case .asOf: expected = "as-of"
            default: expected = String(describing: key)
            }
            #expect(key.text == expected)
            #expect(Array(expected.utf8).withUnsafeBufferPointer { DocumentKey.table.symbol(of: $0) } == key.rawValue)
        }
    }
}

import ComparisonKit
import YAMLKit

/// A closed set of values (kind, status, category, …) that the fast path recognises straight from a scalar's bytes,
/// without making a `String` and matching it against every raw value.
protocol CompactChoice: RawRepresentable<String>, CaseIterable, Sendable {
    /// The raw values of every case, interned once.
    static var compactChoices: ChoiceTable<Self> { get }
}

/// The cases of a closed set with their raw values interned in a ``YAMLKeyTable``, so recognising a value is one
/// hash lookup on its bytes.
///
/// The bytes must equal a raw value exactly. Every raw value is ASCII, and ASCII text equals a Swift `String` exactly
/// when its bytes do, so this accepts what `init(rawValue:)` accepts, except text that is only canonically
/// equivalent to a raw value (such as a Kelvin sign for a `K`); such text is not recognised, and the fast path
/// leaves the file to the full path, which reads it with `init(rawValue:)`.
struct ChoiceTable<Choice: CompactChoice>: Sendable {
    private let cases: [Choice]
    private let rawValues: YAMLKeyTable

    /// The table of every case of `Choice`.
    init() {
        cases = Array(Choice.allCases)
        rawValues = YAMLKeyTable(cases.map(\.rawValue))
    }

    /// The case whose raw value is exactly the UTF-8 bytes `text`, or nil.
    func value(utf8 text: UnsafeBufferPointer<UInt8>) -> Choice? {
        let symbol = rawValues.symbol(of: text)
        guard symbol >= 0 else { return nil }
        return cases[Int(symbol)]
    }
}

extension InitiativeKind: CompactChoice {
    static let compactChoices = ChoiceTable<InitiativeKind>()
}

extension InitiativeStatus: CompactChoice {
    static let compactChoices = ChoiceTable<InitiativeStatus>()
}

extension ClaimStatus: CompactChoice {
    static let compactChoices = ChoiceTable<ClaimStatus>()
}

extension OrganisationCategory: CompactChoice {
    static let compactChoices = ChoiceTable<OrganisationCategory>()
}

extension ThemeStrength: CompactChoice {
    static let compactChoices = ChoiceTable<ThemeStrength>()
}

extension AmountScale: CompactChoice {
    static let compactChoices = ChoiceTable<AmountScale>()
}

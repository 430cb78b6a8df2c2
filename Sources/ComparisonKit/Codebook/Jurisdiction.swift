/// A jurisdiction of the codebook: a country (its ISO 3166-1 alpha-2 code) or a grouping of countries (the EU, the
/// EEA, the Nordic-Baltic region), which lists its member countries.
public struct Jurisdiction: Sendable, Hashable, Identifiable {
    /// The id: an ISO 3166-1 alpha-2 code such as `NO`, or a grouping's id such as `EU` or `NORDIC-BALTIC`.
    public var id: String
    /// Its name per language, as a column heading shows it.
    public var name: LocalizedText
    /// Its name as it reads inside a sentence, in the languages where that differs (`{ en: the European Union }`);
    /// nil when it differs in none.
    public var nameInText: LocalizedText?
    /// The ids of its member countries, in declared order; empty for a country.
    public var members: [String]
    /// Where it is declared.
    public var location: SourceLocation

    /// Creates a jurisdiction.
    public init(id: String, name: LocalizedText, nameInText: LocalizedText? = nil, members: [String] = [],
                location: SourceLocation) {
        self.id = id
        self.name = name
        self.nameInText = nameInText
        self.members = members
        self.location = location
    }

    /// True for a grouping of countries.
    public var isGrouping: Bool { !members.isEmpty }

    /// The form of a jurisdiction id, as a regular expression for JSON Schemas: upper-case letters and digits,
    /// starting with a letter, in parts joined by single hyphens (`NO`, `EU`, `NORDIC-BALTIC`).
    package static let idPattern = "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$"

    /// True when `text` has the form ``idPattern`` describes (whether the codebook declares it is checked apart).
    package static func isWellFormedID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z"),
              bytes.last != UInt8(ascii: "-"), bytes.count <= 100 else { return false }
        var previous = first
        for byte in bytes.dropFirst() {
            let isLetterOrDigit = (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            guard isLetterOrDigit || (byte == UInt8(ascii: "-") && previous != UInt8(ascii: "-")) else { return false }
            previous = byte
        }
        return true
    }
}

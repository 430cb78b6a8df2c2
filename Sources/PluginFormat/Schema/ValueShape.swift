/// What a value of the plugin format looks like, as data: the declaration that the reader checks files against and
/// that the JSON Schemas, the format reference and the scaffold templates are generated from.
package indirect enum ValueShape: Sendable {
    /// Any scalar, kept as written; `pattern` (a regular expression) and `format` (a JSON Schema format such as
    /// `uri`) narrow it where the reader checks more.
    case text(pattern: String? = nil, format: String? = nil)
    /// Text in one language or several: a scalar, or a mapping from ISO 639-1 code to text.
    case localizedText
    /// A partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checked against the calendar.
    case date
    /// An exact decimal number such as `7588` or `2226.914`.
    case decimal
    /// A whole number, at least `minimum` when given.
    case integer(minimum: Int?)
    /// One of a closed list of words.
    case choice([String])
    /// A word from a list the codebook holds (themes, jurisdictions): only its form is fixed by the format.
    case codebookID(pattern: String, list: String)
    /// A mapping with fixed keys.
    case record(RecordShape)
    /// A sequence of values of one shape.
    case list(ValueShape)
    /// A mapping whose keys are data (source ids, theme ids): keys of the given pattern, values of one shape.
    case map(keyPattern: String, keyDescription: String, value: ValueShape)
    /// A fact: the value (short form), a long form with its own citation (`longForm`, whose `value` key has the
    /// value's shape), or a list of those (a history, or sources that disagree).
    case fact(value: ValueShape, longForm: RecordShape)
    /// Any one of the shapes.
    case anyOf([ValueShape])
    /// Exactly this text.
    case constant(String)
}

/// A mapping with fixed keys, as declared.
package struct RecordShape: Sendable {
    /// The record's name, used in messages and as the JSON Schema definition's name (`participant`).
    package let name: String
    /// One line on what the record is.
    package let summary: String
    /// The keys, in the order the format documents them.
    package let fields: [FieldShape]
}

/// One key of a record, as declared.
package struct FieldShape: Sendable {
    /// The key as written in YAML.
    package let key: String
    /// What its value looks like.
    package let shape: ValueShape
    /// True when a file must give it.
    package let isRequired: Bool
    /// One line on what it holds, shown as hover text in editors and in the format reference.
    package let summary: String
}

extension ValueShape {
    /// A short phrase for messages and the format reference: "text", "a partial date", "one of: a, b".
    var phrase: String {
        switch self {
        case .text: return "text"
        case .localizedText: return "text, or a mapping from language code to text"
        case .date: return "a partial date (YYYY, YYYY-MM or YYYY-MM-DD)"
        case .decimal: return "a decimal number such as 7588 or 2226.914"
        case .integer(let minimum): return minimum == 0 ? "a whole number that is not negative" : "a whole number"
        case .choice(let words): return "one of: " + words.joined(separator: ", ")
        case .codebookID(_, let list): return "an id from \(list)"
        case .record(let record): return "a mapping (\(record.name))"
        case .list(let item): return "a list of \(item.phrase)"
        case .map(_, let keys, _): return "a mapping from \(keys)"
        case .fact(let value, _): return value.phrase
        case .anyOf(let shapes): return shapes.map(\.phrase).joined(separator: ", or ")
        case .constant(let text): return "'\(text)'"
        }
    }
}

/// Why a selection could not be read or matched nothing.
public enum SelectionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A condition without `=`.
    case missingEquals(String)
    /// A key the selection does not know, with the closest known key.
    case unknownKey(String, suggestion: String?)
    /// A condition with an empty value (`kind=` or `kind=a,,b`).
    case emptyValue(String)
    /// A value outside a closed list (kinds, statuses, participant categories).
    case unknownValue(String, key: SelectionKey, allowed: [String], suggestion: String?)
    /// A period that is neither a year nor a range of years.
    case badPeriod(String)
    /// A range of years that ends before it starts.
    case backwardsPeriod(String)
    /// Nothing met the conditions; `unmatched` are the conditions that no initiative meets on its own (empty when
    /// each matches some initiatives but none meets them all).
    case matchedNothing(conditions: [String], unmatched: [String])

    /// What is wrong and how to write it.
    public var description: String {
        switch self {
        case .missingEquals(let text):
            return "selection '\(text)' has no '='; write KEY=VALUE[,VALUE…], such as kind=strategy,partnership "
                + "(keys: \(Self.keys))"
        case .unknownKey(let key, let suggestion):
            return "unknown selection key '\(key)'; expected one of: \(Self.keys)" + Self.hint(suggestion)
        case .emptyValue(let text):
            return "selection '\(text)' has an empty value; separate values with single commas, such as "
                + "jurisdiction=NO,DK"
        case .unknownValue(let value, let key, let allowed, let suggestion):
            return "unknown \(key.rawValue) '\(value)' in a selection; expected one of: "
                + allowed.joined(separator: ", ") + Self.hint(suggestion)
        case .badPeriod(let text):
            return "period '\(text)' in a selection is not a year or a range of years; write period=2021 or "
                + "period=2019..2022"
        case .backwardsPeriod(let text):
            return "period '\(text)' in a selection ends before it starts; write the earlier year first"
        case .matchedNothing(let conditions, let unmatched):
            if unmatched.isEmpty {
                return "no initiative meets all of " + conditions.map { "'\($0)'" }.joined(separator: " and ")
                    + " together, though each matches some; list the initiatives with 'nordic-compare list initiatives'"
            }
            return "no initiative matches " + unmatched.map { "'\($0)'" }.joined(separator: " or ")
                + "; list the ids and codes with 'nordic-compare list initiatives' and 'list plugins'"
        }
    }

    private static var keys: String { SelectionKey.allCases.map(\.rawValue).joined(separator: ", ") }

    private static func hint(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}

/// One condition of a selection, `KEY=VALUE[,VALUE…]`: an initiative meets it when the key's property matches any
/// of the values.
public struct SelectionCondition: Sendable, Hashable, CustomStringConvertible {
    /// A year range a period must overlap, inclusive at both ends.
    public struct YearRange: Sendable, Hashable {
        /// The first year.
        public var first: Int
        /// The last year.
        public var last: Int
    }

    /// What the condition tests.
    public var key: SelectionKey
    /// The values, any of which matches.
    public var values: [String]
    /// The year ranges of a `period` condition, parsed from `values`.
    var yearRanges: [YearRange] = []

    /// The condition as written, `kind=strategy,partnership`.
    public var description: String { key.rawValue + "=" + values.joined(separator: ",") }

    /// Reads `KEY=VALUE[,VALUE…]`. Ids and codes are matched exactly; the closed lists (kinds, statuses, categories)
    /// and years are checked here, so a typo is an error with a did-you-mean rather than a selection of nothing.
    public init(parsing text: String) throws(SelectionError) {
        guard let equals = text.firstIndex(of: "=") else {
            throw SelectionError.missingEquals(text)
        }
        let name = String(text[..<equals])
        guard let key = SelectionKey(rawValue: name) else {
            throw SelectionError.unknownKey(name, suggestion: Suggestion.closest(
                to: name, in: SelectionKey.allCases.map(\.rawValue)))
        }
        let values = text[text.index(after: equals)...].split(separator: ",", omittingEmptySubsequences: false)
            .map { String($0) }
        guard !values.contains(where: \.isEmpty) else { throw SelectionError.emptyValue(text) }
        if let allowed = key.allowedValues {
            for value in values where !allowed.contains(value) {
                throw SelectionError.unknownValue(value, key: key, allowed: allowed,
                                                  suggestion: Suggestion.closest(to: value, in: allowed))
            }
        }
        self.key = key
        self.values = values
        if key == .period {
            yearRanges = try values.map { value throws(SelectionError) in try Self.yearRange(value) }
        }
    }

    /// `2021` or `2019..2022`.
    private static func yearRange(_ text: String) throws(SelectionError) -> YearRange {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        func year(_ part: Substring) -> Int? {
            guard part.utf8.count == 4, part.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
            else { return nil }
            return Int(part)
        }
        if parts.count == 1, let single = year(parts[0]) { return YearRange(first: single, last: single) }
        guard parts.count == 3, parts[1].isEmpty, let first = year(parts[0]), let last = year(parts[2]) else {
            throw SelectionError.badPeriod(text)
        }
        guard first <= last else { throw SelectionError.backwardsPeriod(text) }
        return YearRange(first: first, last: last)
    }
}

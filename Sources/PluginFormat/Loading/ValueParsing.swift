import ComparisonKit
import Foundation

/// Turns located text into typed values, reporting each problem at its location instead of stopping.
struct ValueParsing {
    private(set) var diagnostics: [Diagnostic] = []

    /// A value of a closed set (kind, status, category, …), with a did-you-mean when misspelt.
    mutating func choice<E: RawRepresentable & CaseIterable>(
        _ located: Located<String>, as type: E.Type, what: String
    ) -> E? where E.RawValue == String {
        if let value = E(rawValue: located.value) { return value }
        let allowed = E.allCases.map(\.rawValue)
        diagnostics.append(.error(
            "unknown \(what) '\(located.value)'; expected one of: \(allowed.joined(separator: ", "))"
                + Suggestion.hint(for: located.value, in: allowed),
            at: located.location))
        return nil
    }

    /// A partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checked against the calendar.
    mutating func date(_ located: Located<String>?, what: String) -> PartialDate? {
        guard let located else { return nil }
        do {
            return try PartialDate(parsing: located.value)
        } catch {
            diagnostics.append(.error("\(what): \(error.description)", at: located.location))
            return nil
        }
    }

    /// An exact decimal amount such as `7588` or `2226.914`; never through binary floating point.
    mutating func decimal(_ located: Located<String>, what: String) -> Decimal? {
        let text = located.value
        let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let isDigits = { (part: Substring) in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
        guard parts.allSatisfy(isDigits), text.count <= 38,
              let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
        else {
            diagnostics.append(.error(
                "\(what) '\(text)' is not a plain decimal number; write digits with an optional '.' and no "
                    + "thousands separators, for example 7588 or 2226.914", at: located.location))
            return nil
        }
        return value
    }

    /// Records a problem found while assembling.
    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }
}

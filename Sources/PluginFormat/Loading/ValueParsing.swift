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
        guard Self.isPlainDecimal(text), let value = Decimal(string: text, locale: Self.posix) else {
            diagnostics.append(.error(
                "\(what) '\(text)' is not a plain decimal number; write digits with an optional '.' and no "
                    + "thousands separators, for example 7588 or 2226.914", at: located.location))
            return nil
        }
        return value
    }

    /// The locale decimals are read in (made once: making a `Locale` costs far more than reading a number).
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// `-?digits(.digits)?` in ASCII, at most 38 characters long.
    private static func isPlainDecimal(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        guard bytes.count <= 38 else { return false }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        var digits = 0
        var sawDot = false
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard !sawDot, digits > 0 else { return false }
                sawDot = true
                digits = 0
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                digits += 1
            } else {
                return false
            }
        }
        return digits > 0
    }

    /// Records a problem found while assembling.
    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }
}

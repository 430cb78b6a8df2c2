import ComparisonKit
import Foundation

/// Turns located text of the run configuration and codebook into closed-set values, reporting each problem at its
/// location instead of stopping; and reads exact decimals from bytes for the schema reader.
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

    /// The exact decimal written as the UTF-8 bytes `text`, or nil when it is not a plain decimal number: read from
    /// the bytes, so the fast path makes no `String` for an amount it only turns into a number.
    static func decimal(utf8 text: UnsafeBufferPointer<UInt8>) -> Decimal? {
        guard isPlainDecimal(text) else { return nil }
        return plainDecimal(utf8: text) ?? Decimal(string: String(decoding: text, as: UTF8.self), locale: posix)
    }

    /// ``plainDecimal(utf8:)`` of a string's bytes.
    static func plainDecimal(_ text: String) -> Decimal? {
        var text = text
        return text.withUTF8 { plainDecimal(utf8: $0) }
    }

    /// A plain decimal (already checked by `isPlainDecimal`) of at most 19 digits that is not zero, built from its
    /// digits directly: bit for bit the value `Decimal(string:locale:)` gives, at a tenth of the cost. Nil for the
    /// rest (long numbers, and zeros, whose written exponent `Decimal(string:)` keeps), which that initializer reads.
    static func plainDecimal(utf8 text: UnsafeBufferPointer<UInt8>) -> Decimal? {
        var bytes = text[...]
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes = bytes.dropFirst() }
        var mantissa: UInt64 = 0, digits = 0, fractionDigits = 0, sawDot = false
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                sawDot = true
                continue
            }
            digits += 1
            guard digits <= 19 else { return nil }
            mantissa = mantissa * 10 + UInt64(byte &- UInt8(ascii: "0"))
            if sawDot { fractionDigits += 1 }
        }
        guard mantissa != 0 else { return nil }
        return Decimal(sign: negative ? .minus : .plus, exponent: -fractionDigits, significand: Decimal(mantissa))
    }

    /// The locale decimals are read in (made once: making a `Locale` costs far more than reading a number).
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// The most digits an amount may have: a `Decimal` holds 38 exactly.
    static let maximumDigits = 38

    /// `-?digits(.digits)?` in ASCII, with at most ``maximumDigits`` digits.
    private static func isPlainDecimal(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let digits = plainDecimalDigits(text) else { return false }
        return digits <= maximumDigits
    }

    /// The number of digits of a plain decimal that has more than ``maximumDigits`` of them, for the message that
    /// says so; nil for anything else (a number that fits, or text that is not a plain decimal).
    static func digitCountBeyondLimit(utf8 text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let digits = plainDecimalDigits(text), digits > maximumDigits else { return nil }
        return digits
    }

    /// How many digits `-?digits(.digits)?` in ASCII has, or nil when the text is not of that form.
    private static func plainDecimalDigits(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        var bytes = text[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        var digits = 0, run = 0
        var sawDot = false
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard !sawDot, run > 0 else { return nil }
                sawDot = true
                run = 0
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                run += 1
                digits += 1
            } else {
                return nil
            }
        }
        return run > 0 ? digits : nil
    }

    /// Records a problem found while assembling.
    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }
}

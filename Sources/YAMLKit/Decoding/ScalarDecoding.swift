import Foundation

/// Converts scalar nodes to Swift values according to the type asked for.
///
/// Nothing is guessed from the text: a `String` accepts any scalar as written, `Bool` accepts
/// only plain `true` and `false`, integers only optionally signed decimal digits, floating
/// point numbers only decimal notation, and `Decimal` only `-?digits(.digits)?`, converted
/// exactly without binary floating point.
enum ScalarDecoding {
    /// The scalar, or a type mismatch that names `expected`.
    private static func scalar(_ node: YAMLNode, expected: String, path: @autoclosure () -> [any CodingKey], type: Any.Type) throws(DecodingError) -> YAMLScalar {
        guard case .scalar(let scalar) = node.content else {
            throw DecodingMessages.mismatch(expected: expected, node: node, codingPath: path(), type: type)
        }
        return scalar
    }

    /// Any scalar's text, exactly as written.
    static func string(_ node: YAMLNode, path: @autoclosure () -> [any CodingKey]) throws(DecodingError) -> String {
        try scalar(node, expected: "text", path: path(), type: String.self).text
    }

    /// Plain `true` or `false`.
    static func bool(_ node: YAMLNode, path: @autoclosure () -> [any CodingKey]) throws(DecodingError) -> Bool {
        let value = try scalar(node, expected: "true or false", path: path(), type: Bool.self)
        if value.style == .plain {
            if value.text == "true" { return true }
            if value.text == "false" { return false }
        }
        let lower = value.text.lowercased()
        let hint: String?
        if value.style != .plain, lower == "true" || lower == "false" {
            hint = "remove the quotes"
        } else if lower == "true" || lower == "false" {
            hint = "write it in lower case"
        } else if ["yes", "no", "y", "n", "on", "off"].contains(lower) {
            hint = "words like yes, no, on and off are not booleans here; write true or false"
        } else {
            hint = nil
        }
        throw DecodingMessages.mismatch(expected: "true or false", node: node, codingPath: path(), type: Bool.self, hint: hint)
    }

    /// An optionally signed run of decimal digits that fits in `T`.
    static func integer<T: FixedWidthInteger>(_ type: T.Type, _ node: YAMLNode, path: @autoclosure () -> [any CodingKey]) throws(DecodingError) -> T {
        let expected = T.isSigned ? "a whole number" : "a whole number that is not negative"
        let text = try scalar(node, expected: expected, path: path(), type: T.self).text
        var digits = Substring(text).utf8[...]
        var negative = false
        if let sign = digits.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            throw DecodingMessages.mismatch(expected: expected, node: node, codingPath: path(), type: T.self, hint: integerHint(text))
        }
        var value: T = 0
        var overflow = false
        for digit in digits where !overflow {
            let step = T(digit - UInt8(ascii: "0"))
            let shifted = value.multipliedReportingOverflow(by: 10)
            let next = negative ? shifted.partialValue.subtractingReportingOverflow(step) : shifted.partialValue.addingReportingOverflow(step)
            overflow = shifted.overflow || next.overflow
            value = next.partialValue
        }
        if overflow || (negative && !T.isSigned && value != 0) {
            let message = "the number \(text) \(DecodingMessages.location(path())) is out of range; it must be between \(T.min) and \(T.max)"
            throw DecodingMessages.error(.dataCorrupted, message: message, mark: node.mark, codingPath: path(), type: T.self)
        }
        return value
    }

    /// A decimal number (`-12`, `3.5`, `1e-3`) converted to `T`; it must be finite in `T`.
    static func floating<T: BinaryFloatingPoint & LosslessStringConvertible>(_ type: T.Type, _ node: YAMLNode, path: @autoclosure () -> [any CodingKey]) throws(DecodingError) -> T {
        let text = try scalar(node, expected: "a number", path: path(), type: T.self).text
        guard isDecimalNumber(text), let value = T(text) else {
            throw DecodingMessages.mismatch(expected: "a number", node: node, codingPath: path(), type: T.self)
        }
        guard value.isFinite else {
            let message = "the number \(text) \(DecodingMessages.location(path())) is too large"
            throw DecodingMessages.error(.dataCorrupted, message: message, mark: node.mark, codingPath: path(), type: T.self)
        }
        return value
    }

    /// `-?digits(.digits)?`, converted exactly (at most 38 significant digits).
    static func decimal(_ node: YAMLNode, path: @autoclosure () -> [any CodingKey]) throws(DecodingError) -> Decimal {
        let expected = "a decimal number such as 12 or 2226.914"
        let text = try scalar(node, expected: expected, path: path(), type: Decimal.self).text
        var significand: UInt64 = 0
        var wide: Decimal?  // used once the digits no longer fit in 64 bits
        var significantDigits = 0
        var fractionDigits = 0
        var negative = false
        var wellFormed = true
        var state = DecimalState.start
        for byte in text.utf8 where wellFormed {
            switch (state, byte) {
            case (.start, UInt8(ascii: "-")):
                negative = true
                state = .sign
            case (.start, UInt8(ascii: "0")...UInt8(ascii: "9")), (.sign, UInt8(ascii: "0")...UInt8(ascii: "9")),
                 (.integer, UInt8(ascii: "0")...UInt8(ascii: "9")), (.dot, UInt8(ascii: "0")...UInt8(ascii: "9")),
                 (.fraction, UInt8(ascii: "0")...UInt8(ascii: "9")):
                let digit = UInt64(byte - UInt8(ascii: "0"))
                if state == .dot || state == .fraction {
                    fractionDigits += 1
                    state = .fraction
                } else {
                    state = .integer
                }
                guard significantDigits > 0 || digit != 0 else { continue }
                significantDigits += 1
                if let current = wide {
                    wide = current * 10 + Decimal(digit)
                } else if significantDigits <= 19 {
                    significand = significand * 10 + digit
                } else {
                    wide = Decimal(significand) * 10 + Decimal(digit)
                }
            case (.integer, UInt8(ascii: ".")):
                state = .dot
            default:
                wellFormed = false
            }
        }
        guard wellFormed, state == .integer || state == .fraction else {
            throw DecodingMessages.mismatch(expected: expected, node: node, codingPath: path(), type: Decimal.self, hint: integerHint(text))
        }
        guard significantDigits <= 38 else {
            let message = "the number \(text) \(DecodingMessages.location(path())) has more than 38 significant digits"
            throw DecodingMessages.error(.dataCorrupted, message: message, mark: node.mark, codingPath: path(), type: Decimal.self)
        }
        if significantDigits == 0 { return Decimal(0) }
        return Decimal(sign: negative ? .minus : .plus, exponent: -fractionDigits, significand: wide ?? Decimal(significand))
    }

    /// Where the decimal parser is in `-?digits(.digits)?`.
    private enum DecimalState { case start, sign, integer, dot, fraction }

    /// `[+-]?(digits(.digits*)?|.digits)([eE][+-]?digits)?`: no hex, no `inf`, no `nan`, no `_`.
    private static func isDecimalNumber(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        func digitRun() -> Int {
            let run = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
            bytes = bytes.dropFirst(run)
            return run
        }
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        var mantissaDigits = digitRun()
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            mantissaDigits += digitRun()
        }
        guard mantissaDigits > 0 else { return false }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
            guard digitRun() > 0 else { return false }
        }
        return bytes.isEmpty
    }

    /// Advice for numbers written in a notation this decoder does not accept.
    private static func integerHint(_ text: String) -> String? {
        if text.contains("_") { return "write the number without '_' separators" }
        if text.contains(",") { return "write the number without ',' separators (use '.' for decimals)" }
        if text.lowercased().hasPrefix("0x") || text.lowercased().hasPrefix("0o") { return "write the number in decimal" }
        return nil
    }
}

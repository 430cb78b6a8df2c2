import Foundation
@testable import PluginFormat
import Testing

/// Budget amounts of up to 19 digits are built from their digits; the result must be bit for bit what
/// `Decimal(string:locale:)` gives, so tables, totals and every output format stay the same.
@Suite("Decimal amounts")
struct DecimalParsingTests {
    private static let posix = Locale(identifier: "en_US_POSIX")

    private func bits(_ value: Decimal) -> [UInt8] { withUnsafeBytes(of: value) { Array($0) } }

    /// Plain decimals of every shape, with a fixed generator so the set is the same on every run.
    private static func samples() -> [String] {
        var samples = ["1.50", "0010", "7588", "2226.914", "-12.30", "1234567890123456789", "-9223372036854775808",
                       "9999999999999999999", "10.10", "1000000", "0.5", "000.001", "1.0000000000000000001"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        for _ in 0..<20_000 {
            let whole = String(next() >> (next() % 50))
            let fraction = next() % 2 == 0 ? "" : "." + String(String(next()).prefix(Int(next() % 8) + 1))
            samples.append((next() % 4 == 0 ? "-" : "") + whole + fraction)
        }
        return samples
    }

    @Test("amounts read from their digits equal Decimal(string:) bit for bit")
    func sameBits() throws {
        var fast = 0
        for text in Self.samples() {
            let reference = try #require(Decimal(string: text, locale: Self.posix))
            guard let value = ValueParsing.plainDecimal(text) else { continue }
            fast += 1
            #expect(bits(value) == bits(reference), "\(text)")
            #expect(value.description == reference.description, "\(text)")
        }
        #expect(fast > 10_000)
    }

    @Test("zeros and numbers over 19 digits are left to Decimal(string:)", arguments: [
        "0", "-0", "0.000", "00", "12345678901234567890", "1.2345678901234567890",
    ])
    func leftToFoundation(_ text: String) {
        #expect(ValueParsing.plainDecimal(text) == nil)
    }

    @Test("up to 38 digits are read exactly; more are counted for the message that says so")
    func digitLimit() {
        var longest = String(repeating: "9", count: 19) + "." + String(repeating: "9", count: 19)
        let read = longest.withUTF8 { ValueParsing.decimal(utf8: $0) }
        #expect(read.map { "\($0)" } == longest)
        var tooLong = "-" + String(repeating: "1", count: 41)
        #expect(tooLong.withUTF8 { ValueParsing.digitCountBeyondLimit(utf8: $0) } == 41)
        var fits = String(repeating: "1", count: 38)
        #expect(fits.withUTF8 { ValueParsing.digitCountBeyondLimit(utf8: $0) } == nil)
        var notANumber = String(repeating: "1", count: 40) + "x"
        #expect(notANumber.withUTF8 { ValueParsing.digitCountBeyondLimit(utf8: $0) } == nil)
    }
}

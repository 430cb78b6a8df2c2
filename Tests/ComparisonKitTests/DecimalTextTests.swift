@testable import ComparisonKit
import Foundation
import Testing

/// `DecimalText.plain` must give exactly what `Decimal.description` gives.
@Suite("Decimal text")
struct DecimalTextTests {
    @Test("Edge cases read as description writes them", arguments: [
        "0", "-0", "0.000", "1", "-1", "1.50", "10.00", "100", "1e3", "5E-3", "0.5", "0.050", "-0.005", "7588",
        "2226.914", "-2226.914", "123.4500", "999999999999999999", "1000000000000000000", "12345678901234567890",
        "99999999999999999999999", "0.000000000000000000001", "123456789012345678.9", "1e20", "-1e-20",
    ])
    func edgeCases(_ text: String) throws {
        let value = try #require(Decimal(string: text))
        #expect(DecimalText.plain(value) == value.description)
    }

    @Test("Arithmetic results and NaN read as description writes them")
    func computed() {
        let values: [Decimal] = [Decimal(150) / Decimal(100), Decimal(1) / Decimal(3), Decimal(2) / Decimal(7),
                                 Decimal(7588) * Decimal(1000), Decimal.nan, Decimal(-42) / Decimal(8)]
        for value in values {
            #expect(DecimalText.plain(value) == value.description)
        }
    }

    @Test("Many amounts of every size and precision")
    func many() throws {
        var state: UInt64 = 42
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let digits = String(state >> (state % 40))
            let point = Int(state % 7)
            var text = digits
            if point > 0, point < digits.count {
                text.insert(".", at: text.index(text.startIndex, offsetBy: digits.count - point))
            }
            if state % 3 == 0 { text = "-" + text }
            let value = try #require(Decimal(string: text))
            if DecimalText.plain(value) != value.description {
                Issue.record("\(text): \(DecimalText.plain(value)) vs \(value.description)")
                return
            }
        }
    }
}

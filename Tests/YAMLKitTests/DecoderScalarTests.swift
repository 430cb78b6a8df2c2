import Foundation
import Testing
import YAMLKit

@Suite("Decoder: scalars are typed by the schema")
struct DecoderScalarTests {
    struct Country: Decodable { var jurisdiction: String; var version: String }
    struct Flag: Decodable { var enabled: Bool }
    struct Count: Decodable { var count: Int }
    struct Small: Decodable { var value: Int8 }
    struct Unsigned: Decodable { var value: UInt }
    struct Amount: Decodable { var amount: Decimal }
    struct Ratio: Decodable { var ratio: Double }
    struct Optionals: Decodable { var a: String?; var b: String?; var c: String?; var d: Int?; var e: String? }

    @Test("The Norway problem: NO is text when text is asked for")
    func norway() throws {
        let value = try decode(Country.self, "jurisdiction: NO\nversion: 1.0\n")
        #expect(value.jurisdiction == "NO")
        #expect(value.version == "1.0")
    }

    @Test("Bool accepts only plain true and false")
    func strictBool() throws {
        #expect(try decode(Flag.self, "enabled: true").enabled)
        #expect(try !decode(Flag.self, "enabled: false").enabled)
        let failure = try #require(try decodeFailure(Flag.self, "enabled: no\n"))
        let issue = try #require(failure.issues.first)
        #expect(issue.message.hasPrefix("expected true or false for enabled, found 'no'"))
        #expect(issue.message.contains("not booleans"))
        #expect(issue.mark.line == 1 && issue.mark.column == 10)
        #expect(issue.codingPath == "enabled")
        for text in ["yes", "on", "NO", "True", "'true'", "1"] {
            #expect(try decodeFailure(Flag.self, "enabled: \(text)\n") != nil)
        }
    }

    @Test("Integers are optionally signed decimal digits only")
    func strictIntegers() throws {
        #expect(try decode(Count.self, "count: -42").count == -42)
        #expect(try decode(Count.self, "count: +7").count == 7)
        for text in ["1_000", "0x1F", "1.5", "1e3", "''", "twelve"] {
            let failure = try #require(try decodeFailure(Count.self, "count: \(text)\n"))
            #expect(failure.issues.first?.message.hasPrefix("expected a whole number for count") == true)
        }
        let underscore = try #require(try decodeFailure(Count.self, "count: 1_000\n"))
        #expect(underscore.issues.first?.message.contains("without '_'") == true)
    }

    @Test("Integer overflow is a range error")
    func overflow() throws {
        let failure = try #require(try decodeFailure(Count.self, "count: 9223372036854775808\n"))
        #expect(failure.issues.first?.message.contains("out of range") == true)
        #expect(try decode(Count.self, "count: -9223372036854775808").count == Int.min)
        let small = try #require(try decodeFailure(Small.self, "value: 128\n"))
        #expect(small.issues.first?.message.contains("between -128 and 127") == true)
        #expect(try decodeFailure(Unsigned.self, "value: -1\n") != nil)
    }

    @Test("Decimal is parsed exactly from the text")
    func exactDecimals() throws {
        let amount = try decode(Amount.self, "amount: 2226.914").amount
        #expect(amount == Decimal(sign: .plus, exponent: -3, significand: 2_226_914))
        #expect(amount.description == "2226.914")
        let values = try decode([Decimal].self, "[0.1, 0.2, 2226.914, -1000.014]")
        #expect(values.reduce(0, +) == Decimal(sign: .plus, exponent: -1, significand: 12_272))
        #expect(values[0] + values[1] == Decimal(sign: .plus, exponent: -1, significand: 3))
        for text in ["1e3", "1.", ".5", "1,5", "+1", "abc"] {
            #expect(try decodeFailure(Amount.self, "amount: \(text)\n") != nil)
        }
        #expect(try decode(Amount.self, "amount: -0.000").amount == 0)
    }

    @Test("Double accepts decimal notation only")
    func doubles() throws {
        #expect(try decode(Ratio.self, "ratio: 0.25").ratio == 0.25)
        #expect(try decode(Ratio.self, "ratio: -1e-3").ratio == -0.001)
        for text in [".inf", "nan", "0x10", "1_0.0", "1e400"] {
            #expect(try decodeFailure(Ratio.self, "ratio: \(text)\n") != nil)
        }
    }

    @Test("nil is only plain null, ~ or an empty value")
    func nulls() throws {
        let value = try decode(Optionals.self, "a: null\nb: ~\nc:\nd: null\ne: 'null'\n")
        #expect(value.a == nil && value.b == nil && value.c == nil && value.d == nil)
        #expect(value.e == "null")
        let missing = try decode(Optionals.self, "e: \"\"\n")
        #expect(missing.a == nil && missing.e == "")
        let tagged = try decode(Optionals.self, "a: !!str null\n")
        #expect(tagged.a == "null")
    }
}

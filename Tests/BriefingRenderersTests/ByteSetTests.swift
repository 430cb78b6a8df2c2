@testable import BriefingRenderers
import Testing

/// Each format's `ByteSet` holds exactly the bytes it documents, and its search finds the first of them from any
/// start, as a byte-by-byte reference does.
@Suite("Byte sets hold the bytes they document and find the first")
struct ByteSetTests {
    /// A format's byte set and the bytes it must hold, exactly.
    struct ByteClass: CustomTestStringConvertible, Sendable {
        let name: String
        let set: ByteSet
        let members: Set<UInt8>
        var testDescription: String { name }
        /// Membership by byte value, for the reference search.
        var table: [Bool] { (0...255).map { members.contains(UInt8($0)) } }
    }

    static let controls = Set<UInt8>(0x00...0x1F)

    static let classes: [ByteClass] = [
        ByteClass(name: "JSON", set: .json, members: controls.union([0x22, 0x5C, 0x7F, 0xC2, 0xE2, 0xEF])),
        ByteClass(name: "Markdown", set: .markdown,
                  members: controls.union(Array(0x23...0x26) + [0x2A] + Array(0x3C...0x3E) + Array(0x5B...0x60)
                                          + Array(0x7C...0x7F) + [0xC2, 0xE2])),
        ByteClass(name: "CSV", set: .csv, members: controls.union([0x22, 0x7F, 0xC2, 0xE2])),
        ByteClass(name: "CSV quotes", set: .csvQuote, members: controls.union([0x22, 0x2C, 0x3B])),
        ByteClass(name: "CSV field", set: .csvField, members: controls.union([0x22, 0x2C, 0x3B, 0x7F, 0xC2, 0xE2])),
    ]

    /// The first index at or after `start` whose byte is a member, one byte at a time.
    static func reference(_ bytes: [UInt8], from start: Int, _ members: [Bool]) -> Int {
        var index = start
        while index < bytes.count, !members[Int(bytes[index])] { index += 1 }
        return index
    }

    static func searched(_ bytes: [UInt8], from start: Int, _ byteClass: ByteClass) -> Int {
        bytes.withUnsafeBufferPointer { byteClass.set.firstMember(in: $0, from: start) }
    }

    @Test("Every byte value is a member exactly when documented", arguments: classes)
    func membership(_ byteClass: ByteClass) {
        for value in 0...255 where byteClass.set.contains(UInt8(value)) != byteClass.members.contains(UInt8(value)) {
            Issue.record("byte \(value) is \(byteClass.set.contains(UInt8(value)) ? "" : "not ")in the set")
        }
    }

    @Test("The CSV field set is the union of the CSV and CSV quotes sets")
    func csvFieldIsTheUnion() {
        for value in 0...255 {
            let byte = UInt8(value)
            #expect(ByteSet.csvField.contains(byte) == (ByteSet.csv.contains(byte) || ByteSet.csvQuote.contains(byte)),
                    "byte \(value)")
        }
    }

    /// The seed of the random buffers, shown when a case fails, so that the failure can be replayed.
    static let randomSeed: UInt64 = 11

    @Test("Random buffers, from every start", arguments: classes)
    func randomBuffers(_ byteClass: ByteClass) {
        var state = Self.randomSeed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        // Sorted: a set's order changes from run to run, and with it the buffers a seed gives.
        let members = byteClass.members.sorted()
        let table = byteClass.table
        for buffer in 0..<150 {
            let length = Int(next() % 70)
            let bytes = (0..<length).map { _ -> UInt8 in
                // Mostly ordinary letters, sometimes a member, sometimes any byte.
                switch next() % 8 {
                case 0: return members[Int(next() % UInt64(members.count))]
                case 1: return UInt8(truncatingIfNeeded: next())
                default: return UInt8(ascii: "a") + UInt8(next() % 26)
                }
            }
            for start in 0...length {
                let expected = Self.reference(bytes, from: start, table)
                let actual = Self.searched(bytes, from: start, byteClass)
                if actual != expected {
                    Issue.record("buffer \(buffer) of seed \(Self.randomSeed), \(bytes) from \(start): \(actual), not \(expected)")
                    return
                }
            }
        }
    }

    @Test("An empty buffer and a start at the end give the end")
    func emptyAndEnd() {
        #expect(Self.searched([], from: 0, Self.classes[0]) == 0)
        #expect(Self.searched(Array("abc\"".utf8), from: 4, Self.classes[0]) == 4)
        #expect(Self.searched(Array("abc\"".utf8), from: 0, Self.classes[0]) == 3)
    }
}

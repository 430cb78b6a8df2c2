@testable import BriefingRenderers
import Testing

/// `ByteScan` flags bytes sixteen at a time with vector arithmetic; these tests hold each byte class to the plain
/// set of bytes it documents: every byte value in every lane, and the scan at every position, window and offset.
@Suite("Vector byte scanning matches the byte-by-byte sets")
struct ByteScanTests {
    /// A byte class and the bytes it must flag, exactly.
    struct ByteClass: CustomTestStringConvertible, Sendable {
        let name: String
        let flags: @Sendable (ByteScan.Lanes) -> ByteScan.Lanes
        let members: Set<UInt8>
        var testDescription: String { name }
        /// Membership by byte value, for a quick reference scan.
        var table: [Bool] { (0...255).map { members.contains(UInt8($0)) } }
    }

    static let controls = Set<UInt8>(0x00...0x1F)

    static let classes: [ByteClass] = [
        ByteClass(name: "JSON", flags: ByteScan.jsonCandidates,
                  members: controls.union([0x22, 0x5C, 0x7F, 0xC2, 0xE2, 0xEF])),
        ByteClass(name: "Markdown", flags: ByteScan.markdownCandidates,
                  members: controls.union(Array(0x23...0x26) + [0x2A] + Array(0x3C...0x3E) + Array(0x5B...0x60)
                                          + Array(0x7C...0x7F) + [0xC2, 0xE2])),
        ByteClass(name: "CSV", flags: ByteScan.csvCandidates, members: controls.union([0x22, 0x7F, 0xC2, 0xE2])),
        ByteClass(name: "CSV quotes", flags: ByteScan.csvQuoteCandidates, members: controls.union([0x22, 0x2C, 0x3B])),
        ByteClass(name: "CSV field", flags: ByteScan.csvFieldCandidates,
                  members: controls.union([0x22, 0x2C, 0x3B, 0x7F, 0xC2, 0xE2])),
    ]

    /// The first index at or after `start` whose byte is a member, one byte at a time.
    static func reference(_ bytes: [UInt8], from start: Int, _ members: [Bool]) -> Int {
        var index = start
        while index < bytes.count, !members[Int(bytes[index])] { index += 1 }
        return index
    }

    static func scanned(_ bytes: [UInt8], from start: Int, _ byteClass: ByteClass) -> Int {
        bytes.withUnsafeBufferPointer { ByteScan.firstFlagged(in: $0, from: start, byteClass.flags) }
    }

    /// Shorter than a window (scanned padded), one window and a tail, two windows and a tail.
    static let lengths = Array(1...18) + Array(31...34)

    @Test("Every byte value, in every lane", arguments: classes)
    func everyByteInEveryLane(_ byteClass: ByteClass) {
        // Vector k holds byte k + lane in each lane, so the 256 vectors put every value in every lane once.
        for k in 0...255 {
            let lanes = ByteScan.Lanes((0..<16).map { UInt8(truncatingIfNeeded: k + $0) })
            let flagged = byteClass.flags(lanes)
            for lane in 0..<16 where (flagged[lane] & 0x80 != 0) != byteClass.members.contains(lanes[lane]) {
                Issue.record("byte \(lanes[lane]) in lane \(lane) is \(flagged[lane] & 0x80 != 0 ? "" : "not ")flagged")
                return
            }
        }
    }

    @Test("A member among non-members, at every position of every window, from every kind of start", arguments: classes)
    func everyPositionAndStart(_ byteClass: ByteClass) {
        // The lanes' verdicts are checked for every value above; this checks the loads (whole windows, the last
        // window of a buffer, short buffers read in pieces), the masks and the index arithmetic. The bytes vary from
        // case to case: the member at `position` goes through every member in turn, the bytes around it through
        // every non-member, so each of the 256 values is read at many positions.
        let table = byteClass.table
        let members = byteClass.members.sorted()
        let others = (0...255).map(UInt8.init).filter { !byteClass.members.contains($0) }
        var placed = Set<UInt8>()
        var counter = 0
        for length in Self.lengths {
            for position in 0..<length {
                counter += 1
                var bytes = (0..<length).map { others[(counter * 7 + $0) % others.count] }
                bytes[position] = members[counter % members.count]
                placed.formUnion(bytes)
                for start in [0, position, min(position + 1, length)] {
                    let expected = Self.reference(bytes, from: start, table)
                    let actual = Self.scanned(bytes, from: start, byteClass)
                    if actual != expected {
                        Issue.record("\(bytes) from \(start): \(actual), not \(expected)")
                        return
                    }
                }
            }
        }
        #expect(placed.count == 256, "only \(placed.count) of the 256 byte values were placed; add lengths")
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
                let actual = Self.scanned(bytes, from: start, byteClass)
                if actual != expected {
                    Issue.record("buffer \(buffer) of seed \(Self.randomSeed), \(bytes) from \(start): \(actual), not \(expected)")
                    return
                }
            }
        }
    }

    @Test("An empty buffer and a start at the end give the end")
    func emptyAndEnd() {
        #expect(Self.scanned([], from: 0, Self.classes[0]) == 0)
        #expect(Self.scanned(Array("abc\"".utf8), from: 4, Self.classes[0]) == 4)
    }
}

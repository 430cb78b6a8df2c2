@testable import ComparisonRunner
import Testing

/// The configuration digest in every briefing and the digests of a run's manifest are real SHA-256: checked against
/// the FIPS 180-4 test vectors, on the processor's SHA instructions (where it has them) and on the Swift path.
@Suite struct SHA256Tests {
    private func digest(_ bytes: [UInt8], portable: Bool, chunked: Int? = nil) -> String {
        var sha = SHA256Digest(portable: portable)
        if let chunked {
            var start = 0
            while start < bytes.count {
                bytes[start..<min(start + chunked, bytes.count)].withUnsafeBytes { sha.update($0) }
                start += chunked
            }
        } else {
            sha.update(bytes)
        }
        return sha.hexDigest()
    }

    private func digest(_ text: String, portable: Bool, chunked: Int? = nil) -> String {
        digest(Array(text.utf8), portable: portable, chunked: chunked)
    }

    @Test(arguments: [true, false])
    func matchesTheStandardTestVectors(portable: Bool) {
        #expect(digest("", portable: portable) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(digest("abc", portable: portable) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let twoBlocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(digest(twoBlocks, portable: portable) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(digest(String(repeating: "a", count: 1000), portable: portable)
            == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(digest(million, portable: portable) == expected)
        // Fed in pieces that split blocks anywhere, as the output sinks feed it.
        #expect(digest(million, portable: portable, chunked: 4_093) == expected)
        #expect(digest(twoBlocks, portable: portable, chunked: 7) == digest(twoBlocks, portable: portable))
    }

    @Test func everyLengthAroundABlockGivesTheSameDigestOnBothPaths() {
        for length in 0..<200 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
            #expect(digest(bytes, portable: false, chunked: 13) == digest(bytes, portable: true), "length \(length)")
        }
    }
}

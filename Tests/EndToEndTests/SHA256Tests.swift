@testable import ComparisonRunner
import Testing

/// The configuration digest in every briefing is real SHA-256: checked against the FIPS 180-4 test vectors.
@Suite struct SHA256Tests {
    private func digest(_ text: String, chunked: Int? = nil) -> String {
        var sha = SHA256Digest()
        let bytes = Array(text.utf8)
        if let chunked {
            var start = 0
            while start < bytes.count {
                sha.update(Array(bytes[start..<min(start + chunked, bytes.count)]))
                start += chunked
            }
        } else {
            sha.update(bytes)
        }
        return sha.hexDigest()
    }

    @Test func matchesTheStandardTestVectors() {
        #expect(digest("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let twoBlocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(digest(twoBlocks) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(digest(twoBlocks, chunked: 7) == digest(twoBlocks))
        #expect(digest(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}

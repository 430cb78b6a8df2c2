#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks the first bytes of an input for encodings other than UTF-8, before libyaml sees it.
///
/// libyaml is always told that its input is UTF-8. A file saved as UTF-16 or UTF-32 would
/// otherwise fail with a confusing message about control characters, so such files are
/// recognised here (by their byte order mark, or by the NUL bytes that ASCII text has in
/// those encodings) and rejected with a message that says how to fix them.
enum EncodingPreflight {
    /// The number of bytes a UTF-8 byte order mark occupies at the start of `bytes`
    /// (3 or 0), after checking that the input is not UTF-16 or UTF-32.
    static func utf8ContentOffset(of bytes: UnsafeBufferPointer<UInt8>, file: String) throws(YAMLError) -> Int {
        if let encoding = foreignEncoding(of: bytes) {
            throw YAMLError(
                mark: YAMLMark(file: file, line: 1, column: 1),
                message: "file is \(encoding) encoded; save it as UTF-8"
            )
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return 3
        }
        return 0
    }

    /// The name of a non-UTF-8 Unicode encoding recognised at the start of `bytes`, or nil. Runs on every file, so it
    /// allocates nothing and leaves the NUL count to the rare file that has one.
    static func foreignEncoding(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
        func byte(_ index: Int) -> UInt8 { index < bytes.count ? bytes[index] : 0xAA }
        let b = (byte(0), byte(1), byte(2), byte(3))
        if b.0 == 0x00, b.1 == 0x00, b.2 == 0xFE, b.3 == 0xFF { return "UTF-32" }
        if b.0 == 0xFF, b.1 == 0xFE, b.2 == 0x00, b.3 == 0x00 { return "UTF-32" }
        if b.0 == 0xFE, b.1 == 0xFF { return "UTF-16" }
        if b.0 == 0xFF, b.1 == 0xFE { return "UTF-16" }
        return encodingGuessedFromNULs(in: bytes)
    }

    /// Recognises UTF-16 or UTF-32 without a byte order mark: in those encodings ASCII
    /// text is interleaved with NUL bytes, which never occur in a UTF-8 YAML file.
    private static func encodingGuessedFromNULs(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let sample = bytes.prefix(512)
        guard sample.count >= 2, let base = bytes.baseAddress else { return nil }
        // A UTF-8 file has no NUL at all, which memchr finds out a word at a time.
        guard memchr(base, 0, sample.count) != nil else { return nil }
        var nulCount = 0
        for byte in sample where byte == 0 { nulCount += 1 }
        guard nulCount * 4 >= sample.count else { return nil }
        if sample.count >= 4 {
            let b0 = sample[sample.startIndex], b1 = sample[sample.startIndex + 1]
            let b2 = sample[sample.startIndex + 2], b3 = sample[sample.startIndex + 3]
            if (b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) || (b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
                return "UTF-32"
            }
        }
        if nulCount * 3 >= sample.count * 2 { return "UTF-32" }
        return "UTF-16"
    }
}

import ComparisonKit

extension PartialDate {
    /// Calls `body` with the UTF-8 bytes of `description` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), written on the stack
    /// instead of built as a string: every footnote of every table prints its source's date.
    ///
    /// Dates outside what `PartialDate`'s initializers allow (a year beyond 0–9999, a month or day beyond 0–99)
    /// take `description` itself, so the bytes are always the same.
    func withDescriptionBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let twoDigits = 0...99
        guard (0...9999).contains(year), twoDigits.contains(month ?? 0), twoDigits.contains(day ?? 0) else {
            return description.withUTF8Bytes(body)
        }
        var storage: (UInt64, UInt64) = (0, 0)
        return withUnsafeMutableBytes(of: &storage) { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            func put(_ value: Int, digits: Int, at offset: Int) {
                var rest = value
                for position in (offset..<offset + digits).reversed() {
                    bytes[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(year, digits: 4, at: 0)
            var count = 4
            func putPart(_ part: Int?) {
                guard let part else { return }
                bytes[count] = UInt8(ascii: "-")
                put(part, digits: 2, at: count + 1)
                count += 3
            }
            putPart(month)
            putPart(day)
            return body(UnsafeBufferPointer(start: bytes.baseAddress, count: count))
        }
    }
}

import ComparisonKit

extension PartialDate {
    /// Calls `body` with the UTF-8 bytes of `description` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). The description is
    /// written digit by digit into a small string, so no allocation is involved.
    func withDescriptionBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        description.withUTF8Bytes(body)
    }
}

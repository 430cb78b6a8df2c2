extension String {
    /// Calls `body` with the string's UTF-8 bytes, contiguous (native strings already are; others are copied once).
    ///
    /// Native and small strings are read where they are, without a copy of the string: `withUTF8` is mutating, so
    /// calling it would copy (retain) the string first, and the same strings are read by several formats on
    /// several threads at once, where every retain of a shared string moves its cache line between cores.
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var text = self
        return try text.withUTF8(body)
    }
}

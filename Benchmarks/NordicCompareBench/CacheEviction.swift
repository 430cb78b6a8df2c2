import Foundation

/// Empties the processor's caches of the benchmark's data before a timed repetition, by writing a buffer larger than
/// the last-level cache.
///
/// Without it a phase on a small corpus starts with its input still in the cache from the phase before (1 000
/// initiatives fit in a 32 MiB L3, 10 000 do not), so it looks 13 to 17 times quicker than on a corpus ten times
/// larger for ten times the work, and the scaling check flags linear code. With it every repetition on either corpus
/// starts from memory. The buffer is mapped for each eviction and unmapped at once, before the peak-memory mark is
/// reset, so it never counts towards a phase's memory.
enum CacheEviction {
    /// Twice the last-level cache, between 64 and 256 MiB.
    static let byteCount: Int = {
        let lastLevel = max(sysconf(Int32(_SC_LEVEL3_CACHE_SIZE)), sysconf(Int32(_SC_LEVEL2_CACHE_SIZE)), 0)
        return min(max(2 * lastLevel, 64 << 20), 256 << 20)
    }()

    /// Writes one byte in every cache line of a fresh buffer of ``byteCount`` bytes, then releases it.
    static func evict() {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: byteCount, alignment: 64)
        defer { buffer.deallocate() }
        var offset = 0
        while offset < buffer.count {
            buffer.storeBytes(of: UInt8(truncatingIfNeeded: offset >> 6), toByteOffset: offset, as: UInt8.self)
            offset += 64
        }
    }
}

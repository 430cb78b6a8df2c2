/// Finds the next byte an escaping loop has to look at, sixteen bytes at a time.
///
/// The escaping loops of the text formats copy runs of ordinary bytes whole and look closely only at the few bytes
/// that may need escaping. Most values hold none, so finding the next candidate is most of the work; this does it
/// with 16-byte vector arithmetic (SSE2 on x86-64, NEON on ARM) instead of one branch per byte.
///
/// A byte class is a function that sets the high bit of every lane holding a candidate byte. Classes may flag more
/// bytes than need escaping (the loop looks at such a byte and copies it); they must never flag fewer. They are built
/// only from lane-wise arithmetic and logic: the lane-wise comparisons of Swift's SIMD types compile to one
/// branch per lane, which would defeat the purpose. Lanes are read as little-endian words (x86-64 and ARM64).
///
/// Each format's byte classes live beside its escaping, as extensions of this type (`jsonCandidates` in
/// Formats/JSON/JSONStringEscaping.swift, `markdownCandidates` and the `csv…Candidates` beside theirs).
enum ByteScan {
    /// Sixteen bytes, one per lane.
    typealias Lanes = SIMD16<UInt8>

    /// The high bit of every lane whose byte is below `limit` (at most 0x80): `b - limit` wraps to a byte with the
    /// high bit set exactly when `b < limit`, and `~b` has it set exactly when `b < 0x80`.
    @inline(__always)
    static func below(_ lanes: Lanes, _ limit: UInt8) -> Lanes {
        (lanes &- limit) & ~lanes
    }

    /// The high bit of every lane whose byte is `byte`.
    @inline(__always)
    static func equal(_ lanes: Lanes, _ byte: UInt8) -> Lanes {
        below(lanes ^ byte, 1)
    }

    /// The high bit of every lane whose byte is in `first ..< first + count` (`count` at most 0x80).
    @inline(__always)
    static func within(_ lanes: Lanes, from first: UInt8, count: UInt8) -> Lanes {
        below(lanes &- first, count)
    }

    /// The high bit of every lane holding 0xC2 or 0xE2, the lead bytes of the special characters beyond ASCII
    /// that `PlainTextBytes` knows (C1 controls and NEL; U+2028, U+2029 and the bidirectional controls).
    @inline(__always)
    static func specialLeadByte(_ lanes: Lanes) -> Lanes {
        equal(lanes & 0xDF, 0xC2)
    }

    /// The index of the first byte at or after `start` that `flags` marks, or `utf8.count` when there is none.
    @inline(__always)
    static func firstFlagged(in utf8: UnsafeBufferPointer<UInt8>, from start: Int,
                             _ flags: (Lanes) -> Lanes) -> Int {
        let end = utf8.count
        guard start < end, let base = utf8.baseAddress else { return end }
        var index = start
        while index &+ 16 <= end {
            let words = unsafeBitCast(flags(load(base + index)) & 0x80, to: SIMD2<UInt64>.self)
            if words[0] | words[1] != 0 {
                return index &+ (words[0] != 0
                    ? words[0].trailingZeroBitCount &>> 3 : 8 &+ words[1].trailingZeroBitCount &>> 3)
            }
            index &+= 16
        }
        guard index < end else { return end }
        // Fewer than 16 bytes are left: look at the last 16 bytes of the buffer (or all of a shorter one, padded),
        // ignoring the lanes before `index` and after the end.
        let windowStart = max(end - 16, 0)
        let lanes = end >= 16 ? load(base + windowStart) : loadShort(base, count: end)
        let wanted = (UInt32(1) &<< UInt32(end - windowStart)) &- (UInt32(1) &<< UInt32(index - windowStart))
        let flagged = laneBits(flags(lanes)) & wanted
        return flagged == 0 ? end : windowStart &+ flagged.trailingZeroBitCount
    }

    /// Sixteen bytes from `pointer`, which need not be aligned.
    @inline(__always)
    private static func load(_ pointer: UnsafePointer<UInt8>) -> Lanes {
        UnsafeRawPointer(pointer).loadUnaligned(as: Lanes.self)
    }

    /// The `count` bytes (fewer than 16) at `pointer` in the first lanes, zero in the others, read with a few
    /// overlapping loads that stay within the bytes.
    @inline(__always)
    private static func loadShort(_ pointer: UnsafePointer<UInt8>, count: Int) -> Lanes {
        let raw = UnsafeRawPointer(pointer)
        var low: UInt64 = 0, high: UInt64 = 0
        if count >= 8 {
            low = raw.loadUnaligned(as: UInt64.self)
            // The last eight bytes, shifted so that byte 8 lands in the lowest position.
            high = raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self) >> (8 &* (16 &- count))
        } else if count >= 4 {
            let head = UInt64(raw.loadUnaligned(as: UInt32.self))
            let tail = UInt64(raw.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self))
            low = head | (tail >> (8 &* (8 &- count))) &<< 32
        } else {
            for offset in 0..<count { low |= UInt64(pointer[offset]) &<< UInt64(8 &* offset) }
        }
        return unsafeBitCast(SIMD2<UInt64>(low, high), to: Lanes.self)
    }

    /// One bit per lane, lane 0 lowest: whether the lane's high bit is set.
    @inline(__always)
    private static func laneBits(_ lanes: Lanes) -> UInt32 {
        // Each half's high bits, moved to bits 0, 8, …, 56, are gathered into its top byte by one multiplication
        // (the partial products never overlap, so nothing carries).
        let words = unsafeBitCast((lanes & 0x80) &>> 7, to: SIMD2<UInt64>.self)
        let low = (words[0] &* 0x0102_0408_1020_4080) &>> 56
        let high = (words[1] &* 0x0102_0408_1020_4080) &>> 56
        return UInt32(truncatingIfNeeded: low | high &<< 8)
    }
}

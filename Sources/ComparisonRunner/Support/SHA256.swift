internal import CSHA256

/// SHA-256 (FIPS 180-4), without a cryptography dependency: the configuration digest in every briefing, and the
/// digest of every file a run reads or writes (its manifest, `RunManifest`).
///
/// Fed a piece at a time (`update`), as the bytes stream to a file, so hashing a run's outputs costs no second read.
/// Whole blocks are hashed where they lie in the caller's bytes, with nothing allocated per block; only a block split
/// between two `update` calls is copied. Where the processor has SHA instructions (x86-64's SHA-NI), the blocks go to
/// the C target CSHA256, which uses them; elsewhere to `compress` below, in Swift.
///
/// Throughput measured on the 2-core build machine (2026-12-07, release optimisation, 64 KiB pieces, 256 MiB, one
/// core; `scripts/measure-sha256.sh`, which also measures the Swift path with `--portable`): SHA-NI path
/// 884–1 395 MB/s (with other builds running, and fewer); Swift path 150–200 MB/s; the array-based version this
/// replaced, 96 MB/s.
/// Output sinks hash every byte they write, a few hundred MB on the benchmark's corpus: at the Swift path's speed that
/// alone would have added over a second of CPU to a run of about 2.3 s.
struct SHA256Digest {
    /// The eight working words, h0 first.
    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19)
    /// The bytes of a block not yet complete (the first `pendingCount` of 64).
    private var pending: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    private var pendingCount = 0
    /// The message length so far, in bytes.
    private var length: UInt64 = 0

    /// Whether blocks go to the processor's SHA instructions (false: always the Swift path, for tests and measuring).
    private let usesHardware: Bool

    /// Whether this processor has the SHA instructions the C path uses.
    static let hardwareAvailable = csha256_hardware_available() != 0

    /// A digest of nothing yet; `portable` keeps it to the Swift path.
    init(portable: Bool = false) {
        usesHardware = !portable && Self.hardwareAvailable
    }

    /// Adds bytes to the message.
    mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Adds bytes to the message, hashing whole blocks where they lie.
    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard var base = bytes.baseAddress, bytes.count > 0 else { return }
        var remaining = bytes.count
        length &+= UInt64(remaining)
        if pendingCount > 0 {
            let taken = min(64 - pendingCount, remaining)
            let offset = pendingCount
            withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.advanced(by: offset).copyMemory(from: base, byteCount: taken) }
            pendingCount += taken
            base += taken
            remaining -= taken
            guard pendingCount == 64 else { return }
            var block = pending
            withUnsafeBytes(of: &block) { compress($0.baseAddress!, blocks: 1) }
            pendingCount = 0
        }
        if remaining >= 64 {
            compress(base, blocks: remaining / 64)
            base += remaining / 64 * 64
            remaining %= 64
        }
        if remaining > 0 {
            withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.copyMemory(from: base, byteCount: remaining) }
            pendingCount = remaining
        }
    }

    /// The digest as 64 lower-case hex digits (the digest is then final: update no more).
    mutating func hexDigest() -> String {
        let bitLength = length &* 8
        var padding = [UInt8](repeating: 0, count: (pendingCount < 56 ? 56 : 120) - pendingCount)
        padding[0] = 0x80
        for shift in stride(from: 56, through: 0, by: -8) { padding.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        update(padding)
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for word in [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7] {
            for shift in stride(from: 28, through: 0, by: -4) { text.append(digits[Int(word >> UInt32(shift) & 0xf)]) }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The SHA-256 of `bytes`, in hex.
    static func hex(of bytes: [UInt8]) -> String {
        var digest = SHA256Digest()
        digest.update(bytes)
        return digest.hexDigest()
    }

    /// Hashes the `blocks` blocks of 64 bytes at `start`.
    private mutating func compress(_ start: UnsafeRawPointer, blocks: Int) {
        if usesHardware {
            withUnsafeMutableBytes(of: &state) { words in
                csha256_compress_blocks(words.baseAddress!.assumingMemoryBound(to: UInt32.self),
                                        start.assumingMemoryBound(to: UInt8.self), blocks)
            }
            return
        }
        for index in 0..<blocks { compress(start + 64 * index) }
    }

    /// Hashes the 64 bytes at `block`, in Swift.
    private mutating func compress(_ block: UnsafeRawPointer) {
        var schedule: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                       UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                       UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                       UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &schedule) { raw in
            let w = raw.baseAddress!.assumingMemoryBound(to: UInt32.self)
            for index in 0..<16 {
                w[index] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
            }
            for index in 16..<64 {
                let x = w[index - 15], y = w[index - 2]
                let s0 = rotate(x, 7) ^ rotate(x, 18) ^ (x >> 3)
                let s1 = rotate(y, 17) ^ rotate(y, 19) ^ (y >> 10)
                w[index] = w[index - 16] &+ s0 &+ w[index - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, h) = state
            Self.roundConstants.withUnsafeBufferPointer { k in
                for index in 0..<64 {
                    let s1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
                    let choice = (e & f) ^ (~e & g)
                    let temp1 = h &+ s1 &+ choice &+ k[index] &+ w[index]
                    let s0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
                    let majority = (a & b) ^ (a & c) ^ (b & c)
                    h = g
                    g = f
                    f = e
                    e = d &+ temp1
                    d = c
                    c = b
                    b = a
                    a = temp1 &+ s0 &+ majority
                }
            }
            state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d,
                     state.4 &+ e, state.5 &+ f, state.6 &+ g, state.7 &+ h)
        }
    }

    @inline(__always)
    private func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 { value >> count | value << (32 - count) }

    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]
}

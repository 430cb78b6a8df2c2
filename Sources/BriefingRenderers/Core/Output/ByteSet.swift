/// A set of byte values, and the search an escaping loop makes with it: where the next byte it has to look at is.
///
/// The escaping loops of the text formats copy runs of ordinary bytes whole and look closely only at the bytes in
/// their format's set. A set may hold more bytes than need escaping (the loop looks at such a byte and copies it); it
/// must never hold fewer.
///
/// A plain loop over the bytes. It replaced a 16-byte vector scan, which callgrind measured saving under 0.6 % of a run
/// on the reference corpus (see `Benchmarks/README.md`): most values are short, and the loop ends at the first member
/// or the end either way.
struct ByteSet: Sendable {
    /// Membership by byte value, 256 entries.
    private let isMember: [Bool]

    /// The set of `members`.
    init(_ members: some Sequence<UInt8>) {
        var isMember = [Bool](repeating: false, count: 256)
        for byte in members { isMember[Int(byte)] = true }
        self.isMember = isMember
    }

    /// True when `byte` is in the set.
    func contains(_ byte: UInt8) -> Bool {
        isMember[Int(byte)]
    }

    /// The index of the first byte at or after `start` that is in the set, or `utf8.count` when there is none.
    @inline(__always)
    func firstMember(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        isMember.withUnsafeBufferPointer { isMember in
            var index = start
            while index < utf8.count, !isMember[Int(utf8[index])] { index &+= 1 }
            return index
        }
    }
}

extension ByteSet {
    /// The C0 controls, U+0000–U+001F (tab, LF and CR among them).
    static let controls = Array(UInt8(0x00)...0x1F)

    /// The lead bytes of the special characters beyond ASCII that `PlainTextBytes` knows: 0xC2 (C1 controls and
    /// NEL) and 0xE2 (U+2028, U+2029 and the bidirectional controls).
    static let specialLeadBytes: [UInt8] = [0xC2, 0xE2]
}

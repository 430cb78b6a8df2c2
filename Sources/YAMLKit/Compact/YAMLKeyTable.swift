#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A fixed set of mapping keys, each interned as a small number (its symbol), so a reader can recognise a key
/// with one hash lookup while parsing and then switch on an integer instead of comparing text.
///
/// The compact parser looks up every mapping key it reads here and stores the symbol in the key's node
/// (``CompactYAMLDocument/symbol(_:)``); keys that are not in the table get ``YAMLKeyTable/unknown``.
public struct YAMLKeyTable: Sendable {
    /// The symbol of a key that is not in the table.
    public static let unknown: Int32 = -1

    /// The key texts, concatenated.
    private let keyBytes: [UInt8]
    /// Where each key starts in `keyBytes`, plus a final end offset.
    private let keyOffsets: [Int]
    /// Open-addressing slots holding symbol + 1 (0 marks an empty slot).
    private let slots: [Int32]
    private let mask: Int

    /// Creates a table in which `keys[i]` has symbol `i`. Later duplicates of a key are ignored.
    public init(_ keys: [String]) {
        var bytes: [UInt8] = []
        var offsets: [Int] = [0]
        for key in keys {
            bytes += Array(key.utf8)
            offsets.append(bytes.count)
        }
        var size = 16
        while size < keys.count * 4 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for symbol in keys.indices {
            let range = offsets[symbol]..<offsets[symbol + 1]
            var slot = bytes[range].withUnsafeBufferPointer { Self.hash($0) } & (size - 1)
            var duplicate = false
            while slots[slot] != 0 {
                let other = Int(slots[slot]) - 1
                if bytes[offsets[other]..<offsets[other + 1]].elementsEqual(bytes[range]) {
                    duplicate = true
                    break
                }
                slot = (slot + 1) & (size - 1)
            }
            if !duplicate { slots[slot] = Int32(symbol + 1) }
        }
        self.keyBytes = bytes
        self.keyOffsets = offsets
        self.slots = slots
        self.mask = size - 1
    }

    /// The symbol of the key whose UTF-8 text is `bytes`, or ``unknown``.
    public func symbol(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        symbol(of: bytes, hash: Self.hash(bytes))
    }

    /// The symbol of the key whose UTF-8 text is `bytes` and whose ``hash(_:)`` is `hash`, or ``unknown``.
    func symbol(of bytes: UnsafeBufferPointer<UInt8>, hash: Int) -> Int32 {
        slots.withUnsafeBufferPointer { slots in
            keyOffsets.withUnsafeBufferPointer { offsets in
                keyBytes.withUnsafeBufferPointer { stored in
                    var slot = hash & mask
                    while true {
                        let entry = slots[slot]
                        if entry == 0 { return Self.unknown }
                        let symbol = Int(entry) - 1
                        let start = offsets[symbol], length = offsets[symbol + 1] - start
                        if length == bytes.count, length == 0 || memcmp(stored.baseAddress! + start, bytes.baseAddress!, length) == 0 {
                            return Int32(symbol)
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The text of a symbol's key.
    public func key(_ symbol: Int32) -> String {
        let index = Int(symbol)
        guard index >= 0, index + 1 < keyOffsets.count else { return "" }
        return String(decoding: keyBytes[keyOffsets[index]..<keyOffsets[index + 1]], as: UTF8.self)
    }

    /// FNV-1a over the bytes, folded to a non-negative `Int`.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var state = Hashing()
        for byte in bytes { state.add(byte) }
        return state.value
    }

    /// FNV-1a, one byte at a time, so a caller can hash while it scans the bytes for something else.
    struct Hashing {
        private var state: UInt64 = 0xcbf2_9ce4_8422_2325

        /// Adds the next byte.
        mutating func add(_ byte: UInt8) {
            state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }

        /// The hash of the bytes added so far, as a non-negative `Int`.
        var value: Int { Int(truncatingIfNeeded: state ^ (state >> 32)) & Int.max }
    }
}

/// A fixed set of mapping keys, each interned as a small number (its symbol), so a reader can recognise a key
/// with one hash lookup while parsing and then switch on an integer instead of comparing text.
///
/// The compact parser looks up every mapping key it reads here and stores the symbol in the key's node
/// (``YAMLDocument/symbol(_:)``); keys that are not in the table get ``YAMLKeyTable/unknown``.
///
/// Keys of up to 16 bytes (all the formats' keys) are held as two zero-padded 64-bit words, so a lookup hashes and
/// compares two words instead of looping over bytes; longer keys are compared byte by byte.
package struct YAMLKeyTable: Sendable {
    /// The symbol of a key that is not in the table.
    package static let unknown: Int32 = -1

    /// The text of each symbol's key.
    private let texts: [[UInt8]]
    /// Each short key's text as words (zero for a long key).
    private let words: [Words]
    /// Open-addressing slots over the short keys, holding symbol + 1 (0 marks an empty slot).
    private let slots: [Int32]
    private let mask: Int
    /// The symbols of keys longer than ``Words/capacity`` bytes.
    private let longKeys: [Int32]

    /// Creates a table in which `keys[i]` has symbol `i`. Later duplicates of a key are ignored.
    package init(_ keys: [String]) {
        let texts = keys.map { Array($0.utf8) }
        var size = 16
        while size < keys.count * 4 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        var words: [Words] = []
        var longKeys: [Int32] = []
        for (symbol, text) in texts.enumerated() {
            guard !texts[..<symbol].contains(text) else {
                words.append(Words())
                continue
            }
            guard let key = text.withUnsafeBufferPointer(Words.init) else {
                words.append(Words())
                longKeys.append(Int32(symbol))
                continue
            }
            words.append(key)
            var slot = key.hash & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(symbol + 1)
        }
        self.texts = texts
        self.words = words
        self.slots = slots
        self.mask = size - 1
        self.longKeys = longKeys
    }

    /// The symbol of the key whose UTF-8 text is `bytes`, or ``unknown``.
    package func symbol(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        guard let key = Words(bytes) else {
            for symbol in longKeys where texts[Int(symbol)].elementsEqual(bytes) { return symbol }
            return Self.unknown
        }
        return symbol(of: key)
    }

    /// The symbol of a short key given as ``Words``, or ``unknown``.
    func symbol(of key: Words) -> Int32 {
        slots.withUnsafeBufferPointer { slots in
            words.withUnsafeBufferPointer { words in
                var slot = key.hash & mask
                while true {
                    let entry = slots[slot]
                    if entry == 0 { return Self.unknown }
                    if words[Int(entry) - 1] == key { return entry - 1 }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// The text of a symbol's key.
    func key(_ symbol: Int32) -> String {
        let index = Int(symbol)
        guard texts.indices.contains(index) else { return "" }
        return String(decoding: texts[index], as: UTF8.self)
    }

    /// FNV-1a over the bytes, folded to a non-negative `Int`.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var state: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: state ^ (state >> 32)) & Int.max
    }

    /// A key of at most 16 bytes as two words, zero-padded, with its length: two keys are equal exactly when their
    /// words are. Byte `i` of the key is bits `8 * i` up of `low` (the first eight bytes) or `high` (the rest), on any
    /// platform, so the words written out little-endian are the key's bytes (see `GrowableBuffer.append(_:)`).
    struct Words: Equatable {
        /// The longest key held as words.
        static let capacity = 16

        /// The first eight bytes.
        private(set) var low: UInt64 = 0
        /// Bytes 8 to 15.
        private(set) var high: UInt64 = 0
        /// The number of bytes.
        private(set) var count = 0

        /// An empty key.
        init() {}

        /// The key `bytes`, or nil when it is longer than ``capacity``. Reads the bytes with at most two loads of
        /// each word, every one within `bytes` (overlapping loads for lengths between the word sizes).
        @inline(__always)
        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard bytes.count <= Self.capacity else { return nil }
            count = bytes.count
            guard let base = bytes.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            switch count {
            case 8...:
                low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
                let last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
                high = last >> UInt64(8 * (16 - count))  // the bytes from 8 on; a shift by 64 gives 0
            case 4...:
                let first = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
                let last = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
                low = first | last << UInt64(8 * (count - 4))  // the overlapping bytes are the same bytes
            default:
                for index in 0..<count { low |= UInt64(base[index]) << UInt64(8 * index) }
            }
        }

        /// True when every byte is ASCII.
        var isASCII: Bool { (low | high) & 0x8080_8080_8080_8080 == 0 }

        /// A hash for the table's slots (the table's size is a power of two, so the high bits are mixed down).
        var hash: Int {
            let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)
            return Int(truncatingIfNeeded: mixed ^ (mixed >> 29) ^ (mixed >> 47)) & Int.max
        }
    }
}

import ComparisonKit

/// The bytes one format writes for each distinct source of one table, kept so that a source cited by many footnotes
/// is escaped once per table and copied after that.
///
/// Each source has the same number of pieces: the escaped text a footnote shows for it, cut where the footnote's own
/// parts (its number, its locator) go in between. A renderer asks `find(_:)`; when the source is kept it appends the
/// pieces with `append(piece:of:to:)`, and otherwise writes them as usual through `record(to:_:)`, which keeps what
/// was written, and ends the footnote with `keep(_:_:)`.
///
/// Footnotes that cite the same declared source hold copies of one `Source` value, which share its storage. So a
/// source is looked up by the bits of its value, which needs no getter and no retain (each getter retains a string,
/// and every retain of an object the other formats are reading on other threads moves its cache line between
/// cores). Equal bits are the same value: `Source` is a value type, and the cache keeps every source it has seen, so
/// no storage it has seen can be freed and reused, or changed in place (a shared storage is copied before a change).
/// Two sources with different bits are kept apart even when their fields are equal: that costs an escape, never a
/// wrong byte.
struct EscapedSources {
    /// The result of `find(_:)`: the kept source's entry, or what `keep(_:_:)` needs to add it.
    struct Lookup {
        /// The entry to pass to `append(piece:of:to:)`, or nil when the source is not kept yet.
        let entry: Int?
        /// The hash of the source's bits.
        fileprivate let hash: UInt64
    }

    /// How many pieces each source has.
    private let piecesPerSource: Int
    /// The sources kept, in the order they were added.
    private var sources: [Source] = []
    /// The hash of each kept source's bits, for growing the table.
    private var hashes: [UInt64] = []
    /// Where each piece ends in `bytes`; a piece starts where the one before it ends.
    private var pieceEnds: [Int] = []
    /// The pieces, one after another.
    private var bytes: [UInt8] = []
    /// Whether the pieces recorded since the last `keep(_:_:)` are all there (none was handed to the sink before it
    /// could be read back).
    private var recordedWhole = true
    /// Open addressing with linear probing: an index into `sources` plus one, or 0 for an empty slot.
    private var slots: [Int32]
    /// The table has `1 << slotBits` slots; a hash's top `slotBits` bits choose the first slot to probe.
    private var slotBits: Int

    /// An empty cache for sources of `piecesPerSource` pieces.
    init(piecesPerSource: Int) {
        self.piecesPerSource = piecesPerSource
        slotBits = 10
        slots = Array(repeating: 0, count: 1 << slotBits)
    }

    /// Looks `source` up.
    func find(_ source: Source) -> Lookup {
        let hash = Self.bitsHash(of: source)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> UInt64(64 - slotBits))
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { return Lookup(entry: nil, hash: hash) }
            if hashes[stored - 1] == hash, hasSameBits(source, asKept: stored - 1) {
                return Lookup(entry: stored - 1, hash: hash)
            }
            slot = (slot + 1) & mask
        }
    }

    /// Appends piece `piece` (from 0) of a kept source.
    func append(piece: Int, of entry: Int, to out: OutputBuffer) {
        let index = entry * piecesPerSource + piece
        let start = index == 0 ? 0 : pieceEnds[index - 1]
        bytes.withUnsafeBufferPointer { out.append(UnsafeBufferPointer(rebasing: $0[start..<pieceEnds[index]])) }
    }

    /// Runs `write`, which appends the next piece of a source that is not kept yet to `out`, and records the bytes
    /// it appended.
    mutating func record(to out: OutputBuffer, _ write: () -> Void) {
        let mark = out.mark()
        write()
        let readBack = out.withBytes(since: mark) { written in
            bytes.append(contentsOf: written)
            pieceEnds.append(bytes.count)
        }
        if !readBack { recordedWhole = false }
    }

    /// Keeps the pieces recorded since the last call for `source`, which `lookup` found missing, when all of them
    /// could be read back; otherwise forgets them, and the source is escaped again the next time.
    mutating func keep(_ source: Source, _ lookup: Lookup) {
        let firstPending = sources.count * piecesPerSource
        defer { recordedWhole = true }
        guard lookup.entry == nil, recordedWhole, pieceEnds.count == firstPending + piecesPerSource,
              sources.count < Int(Int32.max) - 1
        else {
            pieceEnds.removeSubrange(firstPending...)
            bytes.removeSubrange((firstPending == 0 ? 0 : pieceEnds[firstPending - 1])...)
            return
        }
        sources.append(source)
        hashes.append(lookup.hash)
        if sources.count * 2 > slots.count {
            slotBits += 1
            slots = Array(repeating: 0, count: 1 << slotBits)
            for index in sources.indices { insert(index, hash: hashes[index]) }
        } else {
            insert(sources.count - 1, hash: lookup.hash)
        }
    }

    /// Puts the kept source `index` into the first free slot for `hash`.
    private mutating func insert(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> UInt64(64 - slotBits))
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }

    /// A hash of the bits of `source`'s value (Fibonacci hashing: the top bits are the well-mixed ones).
    static func bitsHash(of source: Source) -> UInt64 {
        withUnsafeBytes(of: source) { raw in
            var hash: UInt64 = 0
            var offset = 0
            while offset + 8 <= raw.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
                offset += 8
            }
            while offset < raw.count {
                hash = (hash ^ UInt64(raw[offset])) &* 0x9E37_79B9_7F4A_7C15
                offset += 1
            }
            return hash
        }
    }

    /// Whether `source` has the same bits as the kept source `index`, read in place (a kept source is not copied, so
    /// not retained, to compare it).
    private func hasSameBits(_ source: Source, asKept index: Int) -> Bool {
        sources.withUnsafeBytes { kept in
            withUnsafeBytes(of: source) { looked in
                let start = index * MemoryLayout<Source>.stride
                var offset = 0
                while offset + 8 <= looked.count {
                    guard looked.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                        == kept.loadUnaligned(fromByteOffset: start + offset, as: UInt64.self) else { return false }
                    offset += 8
                }
                while offset < looked.count {
                    guard looked[offset] == kept[start + offset] else { return false }
                    offset += 1
                }
                return true
            }
        }
    }
}

/// One file's text on its way to a sink: UTF-8 bytes gathered in a buffer and handed over in large pieces, so
/// renderers append without building intermediate strings and memory stays bounded by the buffer's size.
///
/// The text formats escape values byte by byte into this buffer (see the `append…` extensions next to each
/// format), copying every run of bytes that needs no escaping in one piece.
final class OutputBuffer {
    /// How many bytes are gathered before they are handed to the sink.
    static let flushThreshold = 1 << 16

    private let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: OutputBuffer.flushThreshold)
    private var count = 0
    /// How many times bytes were handed to the sink, so `withBytes(since:_:)` knows whether they are still here.
    private var handOvers = 0
    private let sink: any RenderSink

    /// Begins the file `relativePath` in `sink`.
    init(file relativePath: String, in sink: any RenderSink) {
        self.sink = sink
        sink.beginFile(relativePath)
    }

    deinit {
        storage.deallocate()
    }

    /// Hands the rest to the sink and ends the file.
    func finish() {
        flush()
        sink.endFile()
    }

    /// Appends text as it is (no escaping).
    func append(_ text: String) {
        text.withUTF8Bytes { append($0) }
    }

    /// Appends bytes as they are.
    @inline(__always)
    func append(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        let length = utf8.count
        if count + length > Self.flushThreshold {
            flush()
            if length > Self.flushThreshold {
                sink.write(UnsafeRawBufferPointer(utf8))
                handOvers += 1
                return
            }
        }
        (storage + count).update(from: base, count: length)
        count += length
    }

    /// Appends a slice of bytes (`utf8[range]`) as it is.
    @inline(__always)
    func append(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        append(UnsafeBufferPointer(rebasing: utf8[range]))
    }

    /// Appends one byte (ASCII).
    @inline(__always)
    func append(byte: UInt8) {
        if count == Self.flushThreshold { flush() }
        storage[count] = byte
        count += 1
    }

    /// Appends fixed text such as a delimiter or an entity, as it is.
    @inline(__always)
    func append(literal: StaticString) {
        append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Appends an integer in decimal.
    @inline(__always)
    func append(decimal value: Int) {
        if value >= 0, value < 10 {
            append(byte: UInt8(ascii: "0") + UInt8(value))
        } else {
            DecimalDigits.withBytes(of: value) { append($0) }
        }
    }

    /// Appends `length` bytes (at most `flushThreshold`) that `body` writes in place from the pointer it is given,
    /// with one check for room instead of one per piece: for a format that lays out a few pieces of known length at
    /// once (see `appendJSONKey`).
    @inline(__always)
    func appendInPlace(count length: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Void) {
        if count + length > Self.flushThreshold { flush() }
        body(storage + count)
        count += length
    }

    /// Appends U+FFFD, what human-readable formats show for a hidden character.
    func appendReplacementCharacter() {
        append(literal: "\u{FFFD}")
    }

    private func flush() {
        guard count > 0 else { return }
        sink.write(UnsafeRawBufferPointer(start: storage, count: count))
        count = 0
        handOvers += 1
    }

    /// A point in what has been appended, to read back what follows it with `withBytes(since:_:)`.
    struct Mark {
        fileprivate let count: Int
        fileprivate let handOvers: Int
    }

    /// The point reached so far.
    func mark() -> Mark {
        Mark(count: count, handOvers: handOvers)
    }

    /// Calls `body` with the bytes appended since `mark` and returns true, or returns false without calling it when
    /// some of them have been handed to the sink meanwhile.
    func withBytes(since mark: Mark, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        guard mark.handOvers == handOvers, mark.count <= count else { return false }
        body(UnsafeBufferPointer(start: storage + mark.count, count: count - mark.count))
        return true
    }
}

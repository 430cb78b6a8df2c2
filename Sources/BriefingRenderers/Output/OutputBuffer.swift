/// One file's text on its way to a sink: UTF-8 bytes gathered in a buffer and handed over in large pieces, so
/// renderers append without building intermediate strings and memory stays bounded by the buffer's size.
///
/// The text formats escape values byte by byte into this buffer (see the `append…` extensions next to each
/// format), copying every run of bytes that needs no escaping in one piece.
struct OutputBuffer {
    /// How many bytes are gathered before they are handed to the sink.
    static let flushThreshold = 1 << 16

    private var bytes: [UInt8] = []
    private let sink: any RenderSink

    /// Begins the file `relativePath` in `sink`.
    init(file relativePath: String, in sink: any RenderSink) {
        self.sink = sink
        bytes.reserveCapacity(Self.flushThreshold + 1024)
        sink.beginFile(relativePath)
    }

    /// Hands the rest to the sink and ends the file.
    mutating func finish() {
        flush()
        sink.endFile()
    }

    /// Appends text as it is (no escaping).
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends bytes as they are.
    mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: utf8)
        if bytes.count >= Self.flushThreshold { flush() }
    }

    /// Appends a slice of bytes (`utf8[range]`) as it is.
    mutating func append(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        append(UnsafeBufferPointer(rebasing: utf8[range]))
    }

    /// Appends one byte (ASCII).
    mutating func append(byte: UInt8) {
        bytes.append(byte)
        if bytes.count >= Self.flushThreshold { flush() }
    }

    /// Appends fixed text such as a delimiter or an entity, as it is.
    mutating func append(literal: StaticString) {
        literal.withUTF8Buffer { append($0) }
    }

    /// Appends an integer in decimal.
    mutating func append(decimal value: Int) {
        if value < 0 {
            append(byte: UInt8(ascii: "-"))
            if value == .min {
                append(String(value).dropFirst().description)
                return
            }
        }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var start = 20
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            append(UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[start..<20]))
        }
    }

    /// Appends `count` copies of two spaces (JSON indentation).
    mutating func append(indentLevels count: Int) {
        for _ in 0..<count { append(literal: "  ") }
    }

    /// Appends U+FFFD, what human-readable formats show for a hidden character.
    mutating func appendReplacementCharacter() {
        append(literal: "\u{FFFD}")
    }

    private mutating func flush() {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { sink.write($0) }
        bytes.removeAll(keepingCapacity: true)
    }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes, contiguous (native strings already are; others are copied once).
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var text = self
        return try text.withUTF8(body)
    }
}

/// JSON's layout in an output buffer: line breaks with two-space indentation, and the start of a member written in
/// one piece. `JSONStream` is their one user.
extension OutputBuffer {
    /// Appends a line break and `levels` levels of two-space indentation.
    @inline(__always)
    func appendNewline(indentLevels levels: Int) {
        let length = 2 * levels + 1
        let indentation = Self.newlineAndSpaces
        if length <= indentation.utf8CodeUnitCount {
            append(UnsafeBufferPointer(start: indentation.utf8Start, count: length))
        } else {
            append(byte: UInt8(ascii: "\n"))
            for _ in 0..<levels { append(literal: "  ") }
        }
    }

    /// Appends the start of a JSON member: `,` when `comma`, a line break with `levels` levels of two-space
    /// indentation, and `"name": `, with one check for room instead of one per piece. `name` needs no escaping.
    @inline(__always)
    func appendJSONKey(_ name: StaticString, comma: Bool, indentLevels levels: Int) {
        let indentation = Self.newlineAndSpaces
        let lineLength = 2 * levels + 1
        let nameLength = name.utf8CodeUnitCount
        let length = (comma ? 1 : 0) + lineLength + nameLength + 4
        guard lineLength <= indentation.utf8CodeUnitCount, length <= Self.flushThreshold else {
            if comma { append(byte: UInt8(ascii: ",")) }
            appendNewline(indentLevels: levels)
            append(byte: UInt8(ascii: "\""))
            append(literal: name)
            append(literal: "\": ")
            return
        }
        appendInPlace(count: length) { start in
            var target = start
            if comma {
                target[0] = UInt8(ascii: ",")
                target += 1
            }
            target.update(from: indentation.utf8Start, count: lineLength)
            target += lineLength
            target[0] = UInt8(ascii: "\"")
            (target + 1).update(from: name.utf8Start, count: nameLength)
            target += nameLength + 1
            target[0] = UInt8(ascii: "\"")
            target[1] = UInt8(ascii: ":")
            target[2] = UInt8(ascii: " ")
        }
    }

    /// A line break followed by 128 spaces (64 levels), to cut indentation from.
    private static var newlineAndSpaces: StaticString {
        "\n                                                                                                                                "
    }
}

import ComparisonKit

/// Pretty-printed JSON written straight into an output buffer: two-space indentation, keys in the order written,
/// one member or element per line, and arrays of numbers on one line (`[1, 2]`); empty containers are `[]` and `{}`.
/// The file ends with a newline.
///
/// Strings are escaped by `OutputBuffer.appendJSONString(_:)`, so the file is always valid JSON.
/// Containers nest at most 64 deep.
package struct JSONStream {
    private let out: OutputBuffer
    /// How many containers are open.
    private var depth = 0
    /// Bit `n` is set when the container at depth `n + 1` has a member or element yet.
    private var containersWithMembers: UInt64 = 0

    /// Starts writing the file `relativePath` into `sink`.
    package init(file relativePath: String, in sink: any RenderSink) {
        out = OutputBuffer(file: relativePath, in: sink)
    }

    /// The buffer the stream writes into, for bytes written once and copied after that (see `EscapedSources`):
    /// copying what a stream wrote at the same depth, from `key(_:)` to the end of the value, is writing it again.
    var output: OutputBuffer { out }

    /// Ends the file with a newline.
    package mutating func finish() {
        out.append(byte: UInt8(ascii: "\n"))
        out.finish()
    }

    /// Opens an object: as the document, as an array element, or after `key(_:)`.
    package mutating func beginObject() { open(UInt8(ascii: "{")) }
    /// Closes the object opened last.
    package mutating func endObject() { close(UInt8(ascii: "}")) }
    /// Opens an array of objects.
    package mutating func beginArray() { open(UInt8(ascii: "[")) }
    /// Closes the array opened last.
    package mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts the next element of the array opened last (before `beginObject()`).
    @inline(__always)
    package mutating func nextElement() {
        let bit: UInt64 = 1 &<< UInt64(depth &- 1)
        if containersWithMembers & bit != 0 {
            out.append(byte: UInt8(ascii: ","))
        } else {
            containersWithMembers |= bit
        }
        out.appendNewline(indentLevels: depth)
    }

    /// Starts a member of the object opened last: `"key": `. Keys are fixed ASCII names that need no escaping.
    @inline(__always)
    package mutating func key(_ name: StaticString) {
        // What `nextElement()` and the quoted name would write, appended in one piece.
        let bit: UInt64 = 1 &<< UInt64(depth &- 1)
        let comma = containersWithMembers & bit != 0
        containersWithMembers |= bit
        out.appendJSONKey(name, comma: comma, indentLevels: depth)
    }

    /// A member whose value is a string.
    package mutating func member(_ name: StaticString, _ text: String) {
        key(name)
        out.appendJSONString(text)
    }

    /// Writes fixed text that needs no escaping as a string value, after `key(_:)`.
    mutating func appendQuoted(_ text: StaticString) {
        out.append(byte: UInt8(ascii: "\""))
        out.append(literal: text)
        out.append(byte: UInt8(ascii: "\""))
    }

    /// A member whose value is a string, or `null` when there is none.
    package mutating func member(_ name: StaticString, orNull text: String?) {
        key(name)
        if let text { out.appendJSONString(text) } else { out.append(literal: "null") }
    }

    /// A member whose value is a date as `YYYY[-MM[-DD]]`, or `null` when there is none.
    package mutating func member(_ name: StaticString, orNull date: PartialDate?) {
        key(name)
        if let date {
            date.withDescriptionBytes { out.appendJSONString(utf8: $0) }
        } else {
            out.append(literal: "null")
        }
    }

    /// An array of strings, one per line, after `key(_:)`.
    package mutating func strings(_ values: [String]) {
        beginArray()
        for value in values {
            nextElement()
            out.appendJSONString(value)
        }
        endArray()
    }

    /// A member whose value is a number.
    package mutating func member(_ name: StaticString, _ number: Int) {
        key(name)
        out.append(decimal: number)
    }

    /// A member whose value is an array of numbers, on one line.
    package mutating func member(_ name: StaticString, _ numbers: [Int]) {
        key(name)
        out.append(byte: UInt8(ascii: "["))
        for (index, number) in numbers.enumerated() {
            if index > 0 { out.append(literal: ", ") }
            out.append(decimal: number)
        }
        out.append(byte: UInt8(ascii: "]"))
    }

    @inline(__always)
    private mutating func open(_ bracket: UInt8) {
        precondition(depth < 64, "JSON nested more than 64 deep")
        out.append(byte: bracket)
        depth += 1
        containersWithMembers &= ~(1 &<< UInt64(depth &- 1))
    }

    @inline(__always)
    private mutating func close(_ bracket: UInt8) {
        let hadMembers = containersWithMembers & (1 &<< UInt64(depth &- 1)) != 0
        depth -= 1
        if hadMembers {
            out.appendNewline(indentLevels: depth)
        }
        out.append(byte: bracket)
    }
}

/// The text of `run-manifest.json`: the keys `encode(to:)` writes, sorted, two spaces of indentation, a final newline.
///
/// Written by hand: `JSONEncoder` (pretty-printed, keys sorted) took about 26 000 instructions for each file the
/// manifest lists, 29 M of a 10 × 100 run and 0.1 s of the reference run's 10 000 files, on the one thread that
/// commits the run after everything else is done (callgrind, 2026-12-08). `RunManifestTextTests` holds this text to
/// what `JSONEncoder` makes of the same manifest, so `encode(to:)` stays the one declaration of its keys.
extension RunManifest {
    /// The JSON text, keys sorted, with a final newline.
    package func encoded() -> [UInt8] {
        var text = ManifestText()
        text.open("{")
        text.member("asOf", asOf)
        text.member("configuration", configuration)
        text.member("configurationDigest", configurationDigest)
        text.member("formats", formats)
        text.member("generatedAt", generatedAt)
        text.member("inputs", inputs)
        text.member("kind", kind)
        text.member("languages", languages)
        text.member("manifestVersion", manifestVersion)
        text.member("outputs", outputs)
        text.member("snapshot", snapshot)
        text.member("toolVersion", toolVersion)
        text.member("views", views)
        text.close("}")
        text.bytes.append(UInt8(ascii: "\n"))
        return text.bytes
    }
}

/// A small pretty-printing JSON writer for the manifest's few shapes.
private struct ManifestText {
    var bytes: [UInt8] = []
    /// Whether the container at each open level has a member yet.
    private var hasMembers: [Bool] = []

    init() { bytes.reserveCapacity(1 << 16) }

    mutating func open(_ bracket: Unicode.Scalar) {
        bytes.append(UInt8(ascii: bracket))
        hasMembers.append(false)
    }

    mutating func close(_ bracket: Unicode.Scalar) {
        if hasMembers.removeLast() { newline() }
        bytes.append(UInt8(ascii: bracket))
    }

    /// Starts the next member or element of the container open last.
    private mutating func next() {
        if hasMembers[hasMembers.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasMembers[hasMembers.count - 1] = true
        newline()
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * hasMembers.count))
    }

    private mutating func key(_ name: String) {
        next()
        string(name)
        bytes.append(contentsOf: " : ".utf8)
    }

    mutating func member(_ name: String, _ value: String?) {
        key(name)
        if let value { string(value) } else { bytes.append(contentsOf: "null".utf8) }
    }

    mutating func member(_ name: String, _ value: Int) {
        key(name)
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func member(_ name: String, _ values: [String]) {
        key(name)
        open("[")
        for value in values {
            next()
            string(value)
        }
        close("]")
    }

    mutating func member(_ name: String, _ files: [RunManifest.File]) {
        key(name)
        open("[")
        for file in files {
            next()
            open("{")
            member("path", file.path)
            if let role = file.role { member("role", role.rawValue) }
            member("sha256", file.sha256)
            member("size", file.size)
            close("}")
        }
        close("]")
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`, `\t`… or `\u00XX`, the rest as UTF-8.
    private mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        // Paths and digests rarely need escaping: copied whole when they do not.
        guard value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            bytes.append(contentsOf: value.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
            case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
            case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
            case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
            case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
            case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
            case 0..<0x20:
                let digits = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: #"\u00"#.utf8)
                bytes.append(digits[Int(byte >> 4)])
                bytes.append(digits[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// The POSIX tar format (ustar) as a run's snapshot of its inputs uses it: regular files only, mode 0644, owner 0,
/// modification time 0 (so the same inputs give the same bytes), each file's bytes padded to 512-byte blocks, two
/// zero blocks at the end; a path too long for a ustar header goes in a POSIX.1-2001 (pax) extended header before
/// it. `tar -tf output/run-inputs.tar` lists it and `tar -xf` extracts it.
enum TarArchive {
    /// The size of a header and of the blocks data is padded to.
    static let blockSize = 512

    /// The two zero blocks that end an archive.
    static let end = [UInt8](repeating: 0, count: 2 * blockSize)

    /// The zero bytes that pad `size` bytes of data to a whole block.
    static func padding(after size: Int) -> [UInt8] {
        [UInt8](repeating: 0, count: (blockSize - size % blockSize) % blockSize)
    }

    /// The header (or headers) of a regular file at `path` (plain names joined by `/`) of `size` bytes, to be
    /// followed by its bytes and their padding.
    static func headers(path: String, size: Int) -> [UInt8] {
        if let header = header(path: Array(path.utf8), size: size, type: UInt8(ascii: "0")) { return header }
        // Too long for ustar: a pax header with the whole path, then a ustar header with its last 100 bytes or less.
        var record = " path=" + path + "\n"
        var length = record.utf8.count
        while String(length).utf8.count + record.utf8.count != length { length = String(length).utf8.count + record.utf8.count }
        record = String(length) + record
        let data = Array(record.utf8)
        let short = Array(Array(path.utf8).suffix(100).drop { $0 & 0xC0 == 0x80 || $0 == UInt8(ascii: "/") })
        return (header(path: Array("PaxHeader".utf8), size: data.count, type: UInt8(ascii: "x")) ?? [])
            + data + padding(after: data.count)
            + (header(path: short, size: size, type: UInt8(ascii: "0")) ?? [])
    }

    /// A ustar header, or nil when the path is too long for one (more than 100 bytes of name after the last `/`
    /// that leaves at most 155 before it).
    private static func header(path bytes: [UInt8], size: Int, type: UInt8) -> [UInt8]? {
        var name = bytes, prefix: [UInt8] = []
        if bytes.count > 100 {
            guard let slash = bytes.indices.filter({ bytes[$0] == UInt8(ascii: "/") })
                .first(where: { $0 <= 155 && bytes.count - $0 - 1 <= 100 })
            else { return nil }
            prefix = Array(bytes[..<slash])
            name = Array(bytes[(slash + 1)...])
        }
        var header = [UInt8](repeating: 0, count: blockSize)
        func put(_ field: [UInt8], at offset: Int) { header.replaceSubrange(offset..<(offset + field.count), with: field) }
        func octal(_ value: Int, width: Int) -> [UInt8] {
            let digits = String(value, radix: 8)
            return Array((String(repeating: "0", count: max(0, width - 1 - digits.count)) + digits).utf8) + [0]
        }
        put(name, at: 0)
        put(octal(0o644, width: 8), at: 100)
        put(octal(0, width: 8), at: 108)
        put(octal(0, width: 8), at: 116)
        put(octal(size, width: 12), at: 124)
        put(octal(0, width: 12), at: 136)
        put(Array("        ".utf8), at: 148)
        header[156] = type
        put(Array("ustar".utf8) + [0] + Array("00".utf8), at: 257)
        put(prefix, at: 345)
        let checksum = header.reduce(0) { $0 + Int($1) }
        put(octal(checksum, width: 7) + [UInt8(ascii: " ")], at: 148)
        return header
    }

    /// One file of an archive.
    struct Entry {
        /// Its path.
        let path: String
        /// Its bytes.
        let bytes: ArraySlice<UInt8>
    }

    /// Why an archive cannot be read.
    struct Malformed: Error {
        /// What is wrong, for a message.
        let reason: String
    }

    /// The files of `archive`, in order: only regular files (and folders, skipped) in ustar headers with a correct
    /// checksum are accepted.
    static func entries(of archive: [UInt8]) throws(Malformed) -> [Entry] {
        var entries: [Entry] = []
        var offset = 0
        var longPath: String?  // from a pax header, for the entry that follows it
        while offset + blockSize <= archive.count {
            let header = archive[offset..<(offset + blockSize)]
            if header.allSatisfy({ $0 == 0 }) { return entries }
            func field(_ start: Int, _ length: Int) -> ArraySlice<UInt8> {
                let slice = header[(offset + start)..<(offset + start + length)]
                return slice.prefix { $0 != 0 }
            }
            func octal(_ start: Int, _ length: Int) -> Int? {
                let text = String(decoding: field(start, length), as: UTF8.self).trimmingCharacters(in: [" "])
                return text.isEmpty ? nil : Int(text, radix: 8)
            }
            guard field(257, 5).elementsEqual("ustar".utf8) else { throw Malformed(reason: "it is not a tar archive") }
            var sum = 0
            for (index, byte) in header.enumerated() { sum += (148..<156).contains(index) ? 32 : Int(byte) }
            guard octal(148, 8) == sum else { throw Malformed(reason: "a header's checksum is wrong") }
            let type = header[offset + 156]
            // Folders (which tar adds when it archives one) are skipped: extracting a file creates its folders.
            guard [UInt8(ascii: "0"), 0, UInt8(ascii: "5"), UInt8(ascii: "x")].contains(type) else {
                throw Malformed(reason: "it holds something other than regular files and folders")
            }
            guard let size = octal(124, 12), size >= 0, size <= archive.count - offset - blockSize else {
                throw Malformed(reason: "a file's size is wrong or the archive is cut short")
            }
            if type == UInt8(ascii: "x") {
                // Records `LENGTH KEY=VALUE\n`; only `path` matters here.
                let data = archive[(offset + blockSize)..<(offset + blockSize + size)]
                for line in data.split(separator: UInt8(ascii: "\n")) {
                    let text = String(decoding: line, as: UTF8.self)
                    if let space = text.firstIndex(of: " "), text[text.index(after: space)...].hasPrefix("path=") {
                        longPath = String(text[text.index(space, offsetBy: 6)...])
                    }
                }
            }
            if type == UInt8(ascii: "5") || type == UInt8(ascii: "x") {
                offset += blockSize + size + padding(after: size).count
                continue
            }
            let name = String(decoding: field(0, 100), as: UTF8.self)
            let prefix = String(decoding: field(345, 155), as: UTF8.self)
            let start = offset + blockSize
            entries.append(Entry(path: longPath ?? (prefix.isEmpty ? name : prefix + "/" + name),
                                 bytes: archive[start..<(start + size)]))
            longPath = nil
            offset = start + size + padding(after: size).count
        }
        throw Malformed(reason: "the archive is cut short")
    }
}

private extension String {
    /// The text without the given characters at either end.
    func trimmingCharacters(in set: Set<Character>) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}

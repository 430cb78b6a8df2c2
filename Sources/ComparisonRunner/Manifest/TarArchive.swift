/// The POSIX tar format (ustar) as a run's snapshot of its inputs uses it: regular files only, mode 0644, owner 0,
/// modification time 0 (so the same inputs give the same bytes), each file's bytes padded to 512-byte blocks, two
/// zero blocks at the end. `tar -tf output/run-inputs.tar` lists it and `tar -xf` extracts it.
enum TarArchive {
    /// The size of a header and of the blocks data is padded to.
    static let blockSize = 512

    /// The two zero blocks that end an archive.
    static let end = [UInt8](repeating: 0, count: 2 * blockSize)

    /// The zero bytes that pad `size` bytes of data to a whole block.
    static func padding(after size: Int) -> [UInt8] {
        [UInt8](repeating: 0, count: (blockSize - size % blockSize) % blockSize)
    }

    /// The header of a regular file at `path` (plain names joined by `/`) of `size` bytes; nil when the path is too
    /// long for ustar (more than 100 bytes of name after the last `/` that leaves at most 155 before it).
    static func header(path: String, size: Int) -> [UInt8]? {
        let bytes = Array(path.utf8)
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
        header[156] = UInt8(ascii: "0")
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
            guard type == UInt8(ascii: "0") || type == 0 || type == UInt8(ascii: "5") else {
                throw Malformed(reason: "it holds something other than regular files and folders")
            }
            guard let size = octal(124, 12), size >= 0, offset + blockSize + size <= archive.count else {
                throw Malformed(reason: "a file's size is wrong or the archive is cut short")
            }
            if type == UInt8(ascii: "5") {
                offset += blockSize + size + padding(after: size).count
                continue
            }
            let name = String(decoding: field(0, 100), as: UTF8.self)
            let prefix = String(decoding: field(345, 155), as: UTF8.self)
            let start = offset + blockSize
            entries.append(Entry(path: prefix.isEmpty ? name : prefix + "/" + name, bytes: archive[start..<(start + size)]))
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

/// Parses plain YAML documents into a ``CompactYAMLDocument``: libyaml's events go straight into a flat node array
/// and one text buffer, with no tree, no `String` per scalar and no marks beyond two integers per node.
///
/// This is the fast path for valid files. It accepts a subset of what ``YAMLParser`` accepts (no tags, anchors,
/// aliases, merge keys, or non-ASCII keys) and applies the same limits; for anything else it throws a
/// ``CompactYAMLRefusal`` and the caller parses the bytes again with ``YAMLParser``, which reports every problem
/// exactly as before. A document it does accept has the same structure, text and marks as ``YAMLParser``'s tree.
public enum CompactYAMLParser {
    /// Parses `bytes` (UTF-8, optionally with a byte order mark), naming the file `file` in marks.
    ///
    /// - Parameter keys: The mapping keys a reader will look for; each key node records its symbol in this table.
    public static func parse(
        _ bytes: [UInt8], file: String, keys: YAMLKeyTable, limits: YAMLLimits = .default
    ) throws(CompactYAMLRefusal) -> CompactYAMLDocument {
        // Nodes store offsets and counts in 32 bits; larger inputs (only under custom limits) take the full parser.
        guard bytes.count <= limits.maxFileBytes, bytes.count < Int(UInt32.max / 2) else { throw .tooLarge }
        let result: Result<CompactYAMLDocument, CompactYAMLRefusal> = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(CompactYAMLRefusal) -> CompactYAMLDocument in
                try parse(buffer: buffer, file: file, keys: keys, limits: limits)
            }
        }
        return try result.get()
    }

    private static func parse(
        buffer: UnsafeBufferPointer<UInt8>, file: String, keys: YAMLKeyTable, limits: YAMLLimits
    ) throws(CompactYAMLRefusal) -> CompactYAMLDocument {
        guard EncodingPreflight.foreignEncoding(of: buffer) == nil else { throw .unreadable }
        let offset = buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0
        let source = SourceText(bytes: UnsafeBufferPointer(rebasing: buffer[offset...]), file: file)
        var builder = CompactYAMLBuilder(limits: limits, keys: keys, byteCount: buffer.count)
        do {
            var reader = try LibYAMLEventReader(source: source)
            while try !builder.consume(reader.next()) {}
        } catch let error as CompactYAMLRefusal {
            throw error
        } catch {
            throw .unreadable
        }
        return builder.document(file: file)
    }
}

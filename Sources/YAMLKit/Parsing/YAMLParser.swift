internal import CLibYAML

/// Parses YAML text with libyaml into a ``YAMLDocument``, enforcing strict document rules.
///
/// A file must hold exactly one document. Keys must be unique scalars, aliases must refer to anchors defined earlier
/// and may not contain themselves, only the core-schema tags are accepted, and the ``YAMLLimits`` are enforced while
/// parsing, so hostile input fails fast. Every problem is reported as a ``YAMLError`` with a 1-based line and column.
///
/// YAMLKit is this package's own module, not a supported library: its API is `package`, shared with PluginFormat,
/// the benchmarks and the tests. Only ``scanEvents(_:)`` and ``YAMLError`` are public, because the fuzz target
/// (`Fuzz/`, a package of its own) calls them.
public enum YAMLParser {
    /// Parses a complete YAML file held in memory.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes: UTF-8, optionally starting with a byte order mark; LF, CRLF and CR line endings
    ///     are accepted.
    ///   - file: The name used in marks and messages.
    ///   - keys: The mapping keys a reader will look for; each key node records its symbol in this table
    ///     (``YAMLDocument/symbol(_:)``), so the reader can switch on an integer instead of comparing text.
    ///   - limits: Resource limits; `maxFileBytes` applies to `bytes.count`.
    package static func parse(
        _ bytes: [UInt8], file: String, keys: YAMLKeyTable = YAMLKeyTable([]), limits: YAMLLimits = .default
    ) throws(YAMLError) -> YAMLDocument {
        // Nodes store offsets and counts in 32 bits.
        if bytes.count > limits.maxFileBytes || bytes.count >= Int(UInt32.max / 2) {
            throw sizeError(bytes.count, file: file, limits: limits)
        }
        let result: Result<YAMLDocument, YAMLError> = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(YAMLError) -> YAMLDocument in
                try parse(buffer: buffer, file: file, keys: keys, limits: limits)
            }
        }
        return try result.get()
    }

    /// Reads a file's bytes, checking its size against `limits.maxFileBytes` before reading. The file is opened
    /// without blocking and must be a regular file: one that is missing, is a FIFO, a folder or a device, or cannot
    /// be read is reported as a ``YAMLError`` at line 1, column 1 of `displayPath`. With `followLinks` false, a
    /// symbolic link in the last component is refused too.
    package static func readFile(atPath path: String, displayPath: String? = nil, followLinks: Bool = true,
                                 limits: YAMLLimits = .default) throws(YAMLError) -> [UInt8] {
        try FileLoader.load(path: path, file: displayPath ?? path, followLinks: followLinks, limits: limits)
    }

    /// Reads the bytes of a file the caller has open (for example with `openat`, relative to a checked folder), the
    /// way ``readFile(atPath:displayPath:followLinks:limits:)`` reads a named file, with the same checks and messages. The
    /// descriptor is left open.
    ///
    /// - Parameter regularFileSize: The file's size when the caller has already found with `fstat` that it is a
    ///   regular file (saving a second `fstat`); nil to have it checked here.
    package static func readFile(descriptor: Int32, displayPath: String, regularFileSize: Int? = nil,
                                limits: YAMLLimits = .default) throws(YAMLError) -> [UInt8] {
        try FileLoader.load(descriptor: descriptor, file: displayPath, regularFileSize: regularFileSize, limits: limits)
    }

    /// Runs libyaml's event parser over `bytes` and counts the events, building nothing.
    ///
    /// This is the floor for any libyaml-based parse and is meant for benchmarks and the fuzzer. Syntax errors are
    /// still reported; the document rules and limits of ``parse(_:file:keys:limits:)`` are not applied.
    public static func scanEvents(_ bytes: [UInt8]) throws(YAMLError) -> Int {
        let result: Result<Int, YAMLError> = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(YAMLError) -> Int in
                let offset = try EncodingPreflight.utf8ContentOffset(of: buffer, file: "<input>")
                let source = SourceText(bytes: UnsafeBufferPointer(rebasing: buffer[offset...]), file: "<input>")
                var reader = try LibYAMLEventReader(source: source)
                var count = 0
                while true {
                    let event = try reader.next()
                    count += 1
                    if event.pointee.type == YAML_STREAM_END_EVENT { return count }
                }
            }
        }
        return try result.get()
    }

    /// The parse proper, over a buffer that stays valid for the whole parse.
    private static func parse(
        buffer: UnsafeBufferPointer<UInt8>, file: String, keys: YAMLKeyTable, limits: YAMLLimits
    ) throws(YAMLError) -> YAMLDocument {
        let offset = try EncodingPreflight.utf8ContentOffset(of: buffer, file: file)
        let source = SourceText(bytes: UnsafeBufferPointer(rebasing: buffer[offset...]), file: file)
        var builder = DocumentBuilder(file: file, limits: limits, keys: keys, byteCount: buffer.count)
        if let unterminated = source.unterminatedEnd() {
            builder.moveMarks(pastLine: unterminated.lineCount, to: unterminated.end)
        }
        var reader = try LibYAMLEventReader(source: source)
        while try !builder.consume(reader.next()) {}
        return builder.document()
    }

    /// The error for input larger than the limit.
    static func sizeError(_ size: Int, file: String, limits: YAMLLimits) -> YAMLError {
        YAMLError(
            mark: YAMLMark(file: file, line: 1, column: 1),
            message: "file is \(size) bytes, larger than the limit of \(limits.maxFileBytes) bytes"
        )
    }
}

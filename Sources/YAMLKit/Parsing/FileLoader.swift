#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file into memory with POSIX calls, refusing files larger than the limit before
/// reading them (and stopping if a file grows past the limit while it is read).
enum FileLoader {
    /// The bytes of the file at `path`; errors name the file as `file`.
    static func load(path: String, file: String, limits: YAMLLimits) throws(YAMLError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw YAMLError(mark: YAMLMark(file: file, line: 1, column: 1), message: "cannot open the file: \(describe(errno))")
        }
        defer { close(descriptor) }
        return try load(descriptor: descriptor, file: file, limits: limits)
    }

    /// The bytes of the file open as `descriptor` (read from where it stands; left open); errors name it `file`.
    /// `regularFileSize` is the size of a descriptor the caller has already checked with `fstat` to be a regular
    /// file (saving a second call); nil makes this function check it.
    static func load(descriptor: Int32, file: String, regularFileSize: Int? = nil,
                     limits: YAMLLimits) throws(YAMLError) -> [UInt8] {
        let start = YAMLMark(file: file, line: 1, column: 1)
        let statedSize: Int
        if let regularFileSize {
            statedSize = regularFileSize
        } else {
            var info = stat()
            guard fstat(descriptor, &info) == 0 else {
                throw YAMLError(mark: start, message: "cannot read the file: \(describe(errno))")
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                throw YAMLError(mark: start, message: "cannot read the file: it is a directory")
            }
            statedSize = Int(info.st_size)
        }
        if statedSize > limits.maxFileBytes {
            throw YAMLParser.sizeError(statedSize, file: file, limits: limits)
        }
        // Read straight into the result; one spare byte reveals a file that grew (or a pipe).
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: statedSize + 1) { buffer, count in
            count = 0
            failure = fill(UnsafeMutableRawBufferPointer(buffer), from: descriptor, count: &count)
        }
        var chunk = [UInt8](repeating: 0, count: failure == 0 && bytes.count > statedSize ? 64 * 1024 : 0)
        while failure == 0, !chunk.isEmpty, bytes.count <= limits.maxFileBytes {
            var got = 0
            failure = chunk.withUnsafeMutableBytes { fill($0, from: descriptor, count: &got) }
            if got == 0 { break }
            bytes.append(contentsOf: chunk[0..<got])
        }
        if failure != 0 {
            throw YAMLError(mark: start, message: "cannot read the file: \(describe(failure))")
        }
        if bytes.count > limits.maxFileBytes {
            throw YAMLParser.sizeError(bytes.count, file: file, limits: limits)
        }
        return bytes
    }

    /// Reads until `buffer` is full or the file ends; returns 0 or the `errno` of a failure.
    private static func fill(_ buffer: UnsafeMutableRawBufferPointer, from descriptor: Int32, count: inout Int) -> Int32 {
        guard let base = buffer.baseAddress else { return 0 }
        while count < buffer.count {
            let got = read(descriptor, base + count, buffer.count - count)
            if got < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if got == 0 { break }
            count += got
        }
        return 0
    }

    private static func describe(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}

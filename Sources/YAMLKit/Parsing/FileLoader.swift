#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file into memory with POSIX calls, refusing files larger than the limit before
/// reading them (and stopping if a file grows past the limit while it is read).
///
/// This is the one way the tool reads an input by its path: the file is opened without blocking (`O_NONBLOCK`, so
/// a FIFO named as an input cannot hang the run waiting for a writer) and must be a regular file, checked on the
/// open descriptor (`fstat`), so what is read is what was checked.
enum FileLoader {
    /// The bytes of the file at `path`; errors name the file as `file`. With `followLinks` false, a symbolic link
    /// as the last component is refused (`O_NOFOLLOW`).
    static func load(path: String, file: String, followLinks: Bool = true, limits: YAMLLimits) throws(YAMLError) -> [UInt8] {
        let start = YAMLMark(file: file, line: 1, column: 1)
        // Looked at before opening too: opening some devices has effects of its own.
        if let refusal = InputFileKind.refusal(atPath: path) {
            throw YAMLError(mark: start, message: "cannot read the file: \(refusal)")
        }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followLinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else {
            let code = errno
            if code == ELOOP, !followLinks {
                throw YAMLError(mark: start, message: "cannot read the file: it is a symbolic link, which is not followed here")
            }
            throw YAMLError(mark: start, message: "cannot open the file: \(describe(code))")
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
            if let refusal = InputFileKind.refusal(mode: info.st_mode) {
                throw YAMLError(mark: start, message: "cannot read the file: \(refusal)")
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

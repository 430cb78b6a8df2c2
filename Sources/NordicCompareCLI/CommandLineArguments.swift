#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The command line as the process received it, checked before it is parsed.
///
/// Swift decodes the arguments as UTF-8 and silently replaces bytes that are not, so a file name in another
/// encoding would name a different file (`caf\xE9.yaml` becomes `caf\u{FFFD}.yaml`), and a folder of that other
/// name could be created. Such an argument is refused instead, with its bytes shown. An argument longer than any
/// path (4 096 bytes, Linux's PATH_MAX) is refused too: no option takes one, and messages would echo it.
enum CommandLineArguments {
    /// The longest argument accepted, in bytes.
    static let maximumLength = 4096

    /// Why an argument was refused, in words for the person who typed it.
    struct Refusal: Error {
        /// The message, one line.
        let message: String
    }

    /// The arguments after the program's name, or the first refusal.
    static func read() throws(Refusal) -> [String] {
        var arguments: [String] = []
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self),
                                            count: strlen(pointer))
            arguments.append(try checked(Array(bytes), position: index))
        }
        return arguments
    }

    /// The argument as a string, or a refusal naming it by its position.
    private static func checked(_ bytes: [UInt8], position: Int) throws(Refusal) -> String {
        guard bytes.count <= maximumLength else {
            throw Refusal(message: "error: argument \(position) ('\(Echo.value(visible(bytes)))') is "
                          + "\(bytes.count) bytes long; no option takes more than \(maximumLength)")
        }
        let string = String(decoding: bytes, as: UTF8.self)
        guard string.utf8.elementsEqual(bytes) else {
            throw Refusal(message: "error: argument \(position) ('\(Echo.escaped(visible(bytes)))') is not valid "
                          + "UTF-8; give file names and values in UTF-8 (rename a file whose name is in another encoding)")
        }
        return string
    }

    /// The bytes as text, each byte that is not part of valid UTF-8 written as `\xNN`.
    private static func visible(_ bytes: [UInt8]) -> String {
        var text = ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var position = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                text.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                position += encoded.count
            case .error(let length):
                for byte in bytes[position..<position + length] {
                    text += "\\x" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
                }
                position += length
            case .emptyInput:
                return text
            }
        }
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The hyphenation dictionaries installed on the system, found by language and read when first asked for.
///
/// They are libhyphen's `hyph_<language>_<REGION>.dic` files, which LibreOffice uses and Debian installs with
/// `hyphen-no`, `hyphen-da`, `hyphen-en-gb` or `hyphen-sv` in `/usr/share/hyphen` (Homebrew's `hyphen` keeps them
/// under `share/hyphen` of its prefix). `NORDIC_COMPARE_HYPHENATION_PATH` replaces the folders looked in (folders
/// separated by `:`; empty for none, which turns hyphenation off). A language without a dictionary, or with one
/// that cannot be read, is simply not hyphenated: the briefing is still written, and its words then break only
/// where the reader's own hyphenation (or, for a word wider than its column, any character) allows.
package final class HyphenationDictionaries: @unchecked Sendable {
    /// The environment variable naming the folders to look in.
    package static let pathVariable = "NORDIC_COMPARE_HYPHENATION_PATH"
    /// The folders looked in when the variable is not set.
    package static let defaultFolders = ["/usr/share/hyphen", "/usr/local/share/hyphen", "/opt/homebrew/share/hyphen"]
    /// The largest dictionary read (Norwegian's, the largest of these languages', is 183 KiB).
    static let sizeLimit = 4 << 20

    /// The system's dictionaries, in the folders the environment names.
    package static let system = HyphenationDictionaries(
        folders: ProcessInfo.processInfo.environment[pathVariable].map { $0.split(separator: ":").map(String.init) }
            ?? defaultFolders)

    /// The folders looked in, in order.
    package let folders: [String]
    private let lock = NSLock()
    private var loaded: [String: Hyphenator?] = [:]

    /// Dictionaries from the given folders (none: no language is hyphenated).
    package init(folders: [String]) {
        self.folders = folders
    }

    /// The hyphenator for a language code (`nb`, `da`, `en`, `sv`, or with a region such as `en-GB`); nil when no
    /// dictionary for it is installed or it cannot be read. Each language is read once.
    package func hyphenator(for language: String) -> Hyphenator? {
        let key = Self.primaryLanguage(language)
        lock.lock()
        defer { lock.unlock() }
        if let known = loaded[key] { return known }
        let hyphenator = dictionaryPath(for: key).flatMap { path in
            Self.read(path).flatMap { try? HyphenationPatterns(dictionary: $0) }.map { Hyphenator(patterns: $0) }
        }
        loaded[key] = hyphenator
        return hyphenator
    }

    /// The dictionary file that would be read for the language, or nil: `hyph_<language>_<REGION>.dic` for the
    /// language's home region first (Norway for `nb`, Great Britain for `en`), then `hyph_<language>.dic`, then any
    /// other region in name order, in each folder in turn.
    package func dictionaryPath(for language: String) -> String? {
        let key = Self.primaryLanguage(language)
        guard !key.isEmpty, key.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        for folder in folders {
            var names = Self.homeRegion[key].map { ["hyph_\(key)_\($0).dic"] } ?? []
            names.append("hyph_\(key).dic")
            let others = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { $0.hasPrefix("hyph_\(key)_") && $0.hasSuffix(".dic") }.sorted()
            for name in names + others {
                let path = folder + "/" + name
                if FileManager.default.isReadableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    /// Where each language's dictionary is first looked for.
    static let homeRegion = ["nb": "NO", "nn": "NO", "da": "DK", "sv": "SE", "fi": "FI", "is": "IS", "en": "GB",
                             "de": "DE", "fr": "FR"]

    /// `nb` for `nb-NO`, `nb_NO` or `NB`; Norwegian without a written standard (`no`) is read as Bokmål.
    static func primaryLanguage(_ code: String) -> String {
        let primary = code.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        return primary == "no" ? "nb" : primary
    }

    /// The bytes of a regular file of at most ``sizeLimit`` bytes, opened without blocking; nil otherwise.
    static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) <= sizeLimit else {
            return nil
        }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                readBytes(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            filled += count
        }
        return bytes
    }
}

/// `read(2)`, named apart from ``HyphenationDictionaries/read(_:)``.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

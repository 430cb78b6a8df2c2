import Foundation
internal import YAMLKit

/// Every key the declared documents use, each interned once as a small number (its symbol).
///
/// Records register their keys here as they are declared (``RecordSchema`` does it); ``table`` first makes sure every
/// document's declaration exists, then hands the keys to the parser, which tags each mapping key it reads with its
/// symbol. A record then finds the field of a key with one array lookup instead of comparing text.
enum FormatKeys {
    /// The interned keys, guarded by a lock: declarations are static and may first be touched from any thread.
    private final class Interner: @unchecked Sendable {
        private let lock = NSLock()
        private var symbols: [String: Int32] = [:]
        private var keys: [String] = []

        func symbol(for key: String) -> Int32 {
            lock.lock()
            defer { lock.unlock() }
            if let known = symbols[key] { return known }
            let symbol = Int32(keys.count)
            symbols[key] = symbol
            keys.append(key)
            return symbol
        }

        var allKeys: [String] {
            lock.lock()
            defer { lock.unlock() }
            return keys
        }
    }

    private static let interner = Interner()

    /// The symbol of `key`, interning it when it is new.
    static func symbol(for key: String) -> Int32 { interner.symbol(for: key) }

    /// The key table the parser tags keys with: every key of every declared document.
    static let table: YAMLKeyTable = {
        _ = DocumentSchemas.all
        return YAMLKeyTable(interner.allKeys)
    }()
}

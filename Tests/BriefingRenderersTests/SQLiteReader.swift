import CSQLite
import Foundation

/// Reads a database file's bytes back with the system SQLite library, as a user's tool would: its integrity and
/// foreign-key checks, its tables' schemas, and every row with each value's storage type.
final class SQLiteReader {
    /// A value as stored: its SQLite type and its text (nil for NULL).
    struct Value: Equatable, CustomStringConvertible {
        let type: Int32
        let text: String?
        var description: String { text.map { "\(type):\($0.prefix(30).debugDescription)" } ?? "NULL" }
    }

    private var handle: OpaquePointer?
    private var buffer: UnsafeMutableRawPointer?

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    init(_ bytes: [UInt8]) throws {
        guard sqlite3_open_v2(":memory:", &handle, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK else {
            throw Failure(description: "cannot open a database")
        }
        // SQLite takes ownership of a buffer from sqlite3_malloc64 (FREEONCLOSE).
        guard let copy = sqlite3_malloc64(sqlite3_uint64(bytes.count)) else { throw Failure(description: "out of memory") }
        bytes.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        let flags = UInt32(SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY)
        guard sqlite3_deserialize(handle, "main", copy.assumingMemoryBound(to: UInt8.self), sqlite3_int64(bytes.count),
                                  sqlite3_int64(bytes.count), flags) == SQLITE_OK else {
            throw Failure(description: "not a database: \(String(cString: sqlite3_errmsg(handle)))")
        }
    }

    deinit { sqlite3_close(handle) }

    /// Every row of a query, each value with its storage type.
    func rows(_ sql: String) throws -> [[Value]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw Failure(description: "\(String(cString: sqlite3_errmsg(handle))) in \(sql)")
        }
        defer { sqlite3_finalize(statement) }
        var rows: [[Value]] = []
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { break }
            guard status == SQLITE_ROW else { throw Failure(description: String(cString: sqlite3_errmsg(handle))) }
            rows.append((0..<sqlite3_column_count(statement)).map { column in
                let type = sqlite3_column_type(statement, column)
                guard type != SQLITE_NULL else { return Value(type: type, text: nil) }
                let count = Int(sqlite3_column_bytes(statement, column))
                let bytes = sqlite3_column_text(statement, column)
                return Value(type: type, text: String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self))
            })
        }
        return rows
    }

    static let integer = SQLITE_INTEGER
    static let text = SQLITE_TEXT
}

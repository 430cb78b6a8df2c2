internal import CSQLite
import ComparisonKit

/// Why the database could not be made: what SQLite said, and the statement it said it about.
struct SQLiteFailure: Error {
    /// SQLite's message.
    let message: String
}

/// A database held in memory by the system SQLite library (the `memdb` VFS, private to this connection), filled
/// with prepared statements, then handed over as the bytes of a database file.
///
/// Nothing touches the file system: the run's staging writes the bytes to a temporary file created exclusively,
/// like every output, and renames it into place. The bytes are the same for the same rows and SQLite version: the
/// page size is fixed, and a database file holds no time.
final class SQLiteDatabase {
    private var handle: OpaquePointer?

    /// The page size, fixed so the file does not depend on the library's default.
    static let pageSize = 4096

    /// Opens an empty database in memory.
    init() throws(SQLiteFailure) {
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX
        let status = sqlite3_open_v2("file:nordic-compare?vfs=memdb", &handle, flags, nil)
        guard status == SQLITE_OK, handle != nil else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(status))
            sqlite3_close(handle)
            handle = nil
            throw SQLiteFailure(message: "cannot open an in-memory database (\(message))")
        }
        try execute("PRAGMA page_size = \(Self.pageSize)")
        try execute("PRAGMA foreign_keys = ON")
    }

    deinit { sqlite3_close(handle) }

    /// Runs SQL that returns no rows.
    func execute(_ sql: String) throws(SQLiteFailure) {
        var error: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &error) == SQLITE_OK else {
            let message = error.map { String(cString: $0) } ?? lastError
            sqlite3_free(error)
            throw SQLiteFailure(message: "\(message), in: \(sql.prefix(200))")
        }
    }

    /// Inserts each row `rows` gives through one prepared statement `sql` with one parameter per value.
    func insert(_ sql: String, rows: ((_ row: [DataValue?]) -> Void) -> Void) throws(SQLiteFailure) {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw SQLiteFailure(message: "\(lastError), in: \(sql.prefix(200))")
        }
        defer { sqlite3_finalize(statement) }
        var failure: SQLiteFailure?
        rows { row in
            guard failure == nil else { return }
            sqlite3_reset(statement)
            for (index, value) in row.enumerated() { bind(value, at: Int32(index + 1), in: statement) }
            if sqlite3_step(statement) != SQLITE_DONE {
                failure = SQLiteFailure(message: "\(lastError), in: \(sql.prefix(200)), for the row "
                                        + row.prefix(4).map { $0?.text ?? "NULL" }.joined(separator: ", "))
            }
        }
        if let failure { throw failure }
    }

    /// Calls `body` with the database file's bytes.
    func withFileBytes(_ body: (UnsafeRawBufferPointer) -> Void) throws(SQLiteFailure) {
        var size: sqlite3_int64 = 0
        // The memdb VFS holds the file in one piece, which NOCOPY hands over without a copy.
        if let bytes = sqlite3_serialize(handle, "main", &size, UInt32(SQLITE_SERIALIZE_NOCOPY)) {
            body(UnsafeRawBufferPointer(start: bytes, count: Int(size)))
            return
        }
        guard let copy = sqlite3_serialize(handle, "main", &size, 0) else {
            throw SQLiteFailure(message: "cannot read the database's bytes (\(lastError))")
        }
        defer { sqlite3_free(copy) }
        body(UnsafeRawBufferPointer(start: copy, count: Int(size)))
    }

    private var lastError: String { String(cString: sqlite3_errmsg(handle)) }

    /// Binds one value: text, dates and decimals as TEXT (their exact text), whole numbers as INTEGER, nil as NULL.
    private func bind(_ value: DataValue?, at index: Int32, in statement: OpaquePointer) {
        switch value {
        case nil:
            sqlite3_bind_null(statement, index)
        case .integer(let number):
            sqlite3_bind_int64(statement, index, sqlite3_int64(number))
        case let value?:
            var text = value.text
            text.withUTF8 { utf8 in
                // Every byte is bound, NUL included; an empty text is bound as empty text, not NULL.
                let empty: StaticString = ""
                sqlite3_bind_text(statement, index, utf8.baseAddress.map(UnsafeRawPointer.init) ?? UnsafeRawPointer(empty.utf8Start),
                                  Int32(utf8.count), Self.transient)
            }
        }
    }

    /// SQLite's `SQLITE_TRANSIENT`: copy the bytes now.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

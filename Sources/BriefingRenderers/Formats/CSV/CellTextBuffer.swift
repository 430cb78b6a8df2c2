/// A cell's text gathered as UTF-8 bytes in one reused buffer, so a field can be escaped as a whole (its quoting
/// depends on all of it) without a new string per cell.
final class CellTextBuffer {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity = 256
    private var count = 0

    /// An empty buffer.
    init() {
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deallocate()
    }

    /// Empties the buffer, keeping its capacity.
    func removeAll() { count = 0 }

    /// Appends text.
    func append(_ text: String) {
        text.withUTF8Bytes { append($0) }
    }

    /// Appends fixed text.
    func append(literal text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends an integer in decimal.
    func append(decimal value: Int) {
        DecimalDigits.withBytes(of: value) { append($0) }
    }

    /// Appends bytes.
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (storage + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Calls `body` with the bytes gathered.
    func withBytes(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        body(UnsafeBufferPointer(start: storage, count: count))
    }

    private func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStorage.update(from: storage, count: count)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }
}

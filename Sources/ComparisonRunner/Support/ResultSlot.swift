import Foundation

/// One value that a concurrent task hands back to the code waiting for it.
final class ResultSlot<Value: Sendable>: @unchecked Sendable {
    private var stored: Value?
    private let lock = NSLock()

    /// Creates an empty slot.
    init() {}

    /// Stores the value.
    func store(_ value: Value) {
        lock.lock()
        stored = value
        lock.unlock()
    }

    /// The value stored, if any.
    var value: Value? {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}

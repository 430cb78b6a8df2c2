import Foundation

/// Runs independent work items on all cores and waits for them, like a parallel `for` loop.
enum DispatchConcurrent {
    /// Calls `body` once for each index in `0..<iterations`, concurrently, and returns when all are done.
    static func perform(iterations: Int, _ body: @Sendable (Int) -> Void) {
        guard iterations > 1 else {
            if iterations == 1 { body(0) }
            return
        }
        DispatchQueue.concurrentPerform(iterations: iterations, execute: body)
    }
}

/// Fixed slots that concurrent workers fill by index, so results keep their input order.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    /// Creates `count` empty slots.
    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Stores a value in a slot.
    func store(_ value: Value, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// Empties a slot and returns what it held, so that the caller holds the only reference to it and can change it
    /// in place.
    func take(at index: Int) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return slots[index].take()
    }

    /// The slots' contents, in index order.
    var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}

/// Transforms the elements on all cores and returns the results in the elements' order, so that results (and
/// any diagnostics in them) come out the same whatever order the work finishes in.
package func concurrentMap<Element: Sendable, Result: Sendable>(
    _ elements: [Element], _ transform: @Sendable (Element) -> Result
) -> [Result] {
    let slots = ResultSlots<Result>(count: elements.count)
    DispatchConcurrent.perform(iterations: elements.count) { index in
        slots.store(transform(elements[index]), at: index)
    }
    return slots.values.compactMap { $0 }
}

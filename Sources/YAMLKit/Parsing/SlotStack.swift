/// A growable stack of values whose top elements can be moved out in one step into an
/// exactly sized `Array`, without copying (retaining) or destroying them one by one.
///
/// ``TreeBuilder`` keeps the children of all open collections here; when a collection ends,
/// its children are moved into the array the finished node stores.
final class SlotStack<Element> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// The number of live elements.
    private(set) var count = 0

    /// Creates an empty stack with room for `initialCapacity` elements before it grows.
    init(initialCapacity: Int = 64) {
        capacity = max(initialCapacity, 1)
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// The element at `index` (0 is the bottom of the stack).
    subscript(index: Int) -> Element {
        unsafeAddress {
            precondition(index >= 0 && index < count, "SlotStack index out of range")
            return UnsafePointer(base + index)
        }
    }

    /// Pushes an element.
    func append(_ element: consuming Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Moves the elements from `start` to the top into a new array, leaving `start` elements.
    func moveTop(from start: Int) -> [Element] {
        precondition(start >= 0 && start <= count, "SlotStack start out of range")
        let moving = count - start
        guard moving > 0 else { return [] }
        let source = base + start
        let moved = [Element](unsafeUninitializedCapacity: moving) { target, initialized in
            guard let destination = target.baseAddress else { return }
            destination.moveInitialize(from: source, count: moving)
            initialized = moving
        }
        // If the array could not take the elements (never for a positive count), destroy them.
        if moved.count != moving { source.deinitialize(count: moving) }
        count = start
        return moved
    }

    private func grow() {
        let newCapacity = capacity * 2
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}

/// A buffer of trivial values (no references) that grows by doubling and is written without the uniqueness and
/// capacity checks of an array append; ``DocumentBuilder`` appends every node and scalar text to one.
///
/// It owns its memory and frees it when it goes away, unless ``handOver()`` gives the memory to a document. Elements are never
/// deinitialized, so it is only for trivial types such as `UInt8` and ``YAMLNode``.
struct GrowableBuffer<Element: BitwiseCopyable>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// The number of elements appended.
    private(set) var count = 0

    /// An empty buffer with room for `capacity` elements before it first grows.
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The element at `index`, which must be below ``count``; it can be changed in place.
    subscript(index: Int) -> Element {
        unsafeAddress {
            precondition(index >= 0 && index < count, "GrowableBuffer index out of range")
            return UnsafePointer(base + index)
        }
        unsafeMutableAddress {
            precondition(index >= 0 && index < count, "GrowableBuffer index out of range")
            return base + index
        }
    }

    /// Adds one element at the end.
    mutating func append(_ element: Element) {
        if count == capacity { grow(toAtLeast: count + 1) }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Adds the elements at the end.
    mutating func append(contentsOf elements: UnsafeBufferPointer<Element>) {
        guard let source = elements.baseAddress, elements.count > 0 else { return }
        if elements.count > capacity - count { grow(toAtLeast: count + elements.count) }
        (base + count).initialize(from: source, count: elements.count)
        count += elements.count
    }

    /// Removes and returns the last element; the buffer must not be empty.
    mutating func removeLast() -> Element {
        precondition(count > 0, "GrowableBuffer is empty")
        count -= 1
        return base[count]
    }

    /// Removes the elements from `index` on (`index` must not exceed ``count``).
    mutating func removeAll(from index: Int) {
        precondition(index >= 0 && index <= count, "GrowableBuffer index out of range")
        count = index
    }

    /// The `count` elements from `start`, which must lie within ``count``; valid until the buffer next grows.
    func slice(from start: Int, count length: Int) -> UnsafeBufferPointer<Element> {
        precondition(start >= 0 && length >= 0 && start <= count - length, "GrowableBuffer slice out of range")
        return UnsafeBufferPointer(start: base + start, count: length)
    }

    /// Gives up the memory without freeing it: the caller owns the `count` elements at `base` (allocated with
    /// `allocate`) and deallocates them.
    consuming func handOver() -> (base: UnsafeMutablePointer<Element>, count: Int) {
        let memory = (base, count)
        discard self
        return memory
    }

    private mutating func grow(toAtLeast minimum: Int) {
        var newCapacity = capacity * 2
        while newCapacity < minimum { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}

extension GrowableBuffer where Element == UInt8 {
    /// Appends the bytes of a short text given as ``YAMLKeyTable/Words``, with two 8-byte stores instead of a copy
    /// (the 16 bytes written may run past the text: the buffer keeps room for them, and later appends overwrite them).
    mutating func append(_ words: YAMLKeyTable.Words) {
        if capacity - count < YAMLKeyTable.Words.capacity { grow(toAtLeast: count + YAMLKeyTable.Words.capacity) }
        let end = UnsafeMutableRawPointer(base + count)
        end.storeBytes(of: words.low.littleEndian, as: UInt64.self)
        end.storeBytes(of: words.high.littleEndian, toByteOffset: 8, as: UInt64.self)
        count += words.count
    }
}

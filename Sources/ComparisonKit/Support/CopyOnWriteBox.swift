/// A value kept on the heap and shared between copies until one of them changes it, so that copying a large value
/// type costs one reference count instead of one per field.
///
/// Used by ``Initiative``, whose two dozen fields hold about forty references: copying one (which `for initiative in
/// corpus.initiatives` does for every element, as do sorting, filtering and every function that stores one) retained
/// and released each of them. On the reference corpus (10 000 initiatives, `nordic-compare run`), the copies and
/// destructions of initiatives were 4.1 % of the run's CPU samples (283 of 6 917), spread over validation, the tables
/// and the key findings; with the box, 0.1 % (perf, 2026-12-07, `Benchmarks/README.md`). A copy is one retain. ``Source`` keeps its thirteen fields in
/// one too: every footnote of every table carries a copy of its source.
///
/// A change goes to a fresh box when the box is shared (`isKnownUniquelyReferenced`), so copies keep value semantics.
struct CopyOnWriteBox<Value: Sendable>: @unchecked Sendable {
    // `@unchecked`: the box's `value` is only changed through `modify`, after making sure no other copy holds the box.
    private final class Storage {
        // Unchecked: a class's `var` is otherwise checked for overlapping access at run time, on every read of every
        // field of every initiative and source (`swift_beginAccess`, 386 000 calls and about 30 M instructions of a
        // 10 × 100 run, callgrind, 2026-12-08). Only `modify` writes it, on a box no other copy holds, so no two
        // accesses can overlap; the compiler still checks every access it can see statically.
        @exclusivity(unchecked) var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var storage: Storage

    /// Boxes a value.
    init(_ value: Value) {
        storage = Storage(value)
    }

    /// The value, read in place.
    var value: Value {
        _read { yield storage.value }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.value) }
            yield &storage.value
        }
    }
}

extension CopyOnWriteBox: Equatable where Value: Equatable {
    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.storage === rhs.storage || lhs.value == rhs.value
    }
}

extension CopyOnWriteBox: Hashable where Value: Hashable {
    func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}

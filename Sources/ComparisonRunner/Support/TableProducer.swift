import ComparisonKit
import Foundation

/// Builds the tables of a run one after another on a thread of its own, at most one table ahead of the code that
/// takes them, so that building the next table overlaps with writing the current one while no more than two tables
/// are held at once.
///
/// A dedicated thread (rather than a dispatch queue) is used because the producer waits for the consumer: on a
/// thread of its own that wait can never hold up the consumer.
final class TableProducer: @unchecked Sendable {
    private let lock = NSLock()
    private var built: [ComparisonTable] = []
    /// Signalled once per table built.
    private let available = DispatchSemaphore(value: 0)
    /// How many more tables may be built before one is taken.
    private let room = DispatchSemaphore(value: 1)
    private let count: Int
    private var taken = 0

    /// Starts building the tables of `views`, in order.
    init(views: [ViewDefinition], builder: TableBuilder) {
        count = views.count
        let thread = Thread { [self] in
            for view in views {
                room.wait()
                let table = builder.table(for: view)
                lock.lock()
                built.append(table)
                lock.unlock()
                available.signal()
            }
        }
        thread.name = "nordic-compare tables"
        thread.start()
    }

    /// The next table in view order, waiting until it is built; nil after the last one.
    func next() -> ComparisonTable? {
        guard taken < count else { return nil }
        available.wait()
        lock.lock()
        let table = built.removeFirst()
        lock.unlock()
        taken += 1
        room.signal()
        return table
    }
}
